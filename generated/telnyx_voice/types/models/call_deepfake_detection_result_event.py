"""`CallDeepfakeDetectionResultEvent` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Annotated, Literal
from uuid import UUID

from pydantic import AwareDatetime, Field

from telnyx_voice._models import BaseModel, LenientEnum, WebhookEventModel


class CallDeepfakeDetectionResultPayloadResult(LenientEnum):
    """
    Detection outcome. 'real' = human voice, 'fake' = AI-generated voice, 'silence_timeout' = no analyzable speech detected before timeout.
    """

    REAL = "real"
    FAKE = "fake"
    SILENCE_TIMEOUT = "silence_timeout"


class CallDeepfakeDetectionResultRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallDeepfakeDetectionResult(BaseModel):
    event_type: Literal["call.deepfake_detection.result"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallDeepfakeDetectionResultPayload | None = None
    record_type: CallDeepfakeDetectionResultRecordType | None = None


class CallDeepfakeDetectionResultEvent(WebhookEventModel):
    data: CallDeepfakeDetectionResult | None = None


class CallDeepfakeDetectionResultPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: UUID | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: UUID | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    consistency: Annotated[float | None, Field(ge=0.0, le=100.0)] = None
    """
    Percentage (0-100) indicating how consistently the model classified the audio across frames. High consistency (>90%) means confident classification throughout; low consistency suggests mixed signals. Null for silence_timeout.
    """
    result: CallDeepfakeDetectionResultPayloadResult | None = None
    score: float | None = None
    """
    Probability that the audio is AI-generated, from 0.0 (likely real) to 1.0 (likely deepfake). Based on the model's aggregated confidence across analyzed audio frames. Null for silence_timeout.
    """
