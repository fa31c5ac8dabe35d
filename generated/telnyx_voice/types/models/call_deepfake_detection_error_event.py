"""`CallDeepfakeDetectionErrorEvent` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from pydantic import AwareDatetime

from telnyx_voice._models import BaseModel, LenientEnum, WebhookEventModel


class CallDeepfakeDetectionErrorPayloadErrorMessage(LenientEnum):
    """
    The error that occurred. 'detection_timeout' = no DFD response received, 'rtp_timeout' = no RTP audio received, 'dfd_connection_error'/'dfd_stream_error' = service connectivity issues.
    """

    DETECTION_TIMEOUT = "detection_timeout"
    RTP_TIMEOUT = "rtp_timeout"
    DFD_CONNECTION_ERROR = "dfd_connection_error"
    DFD_STREAM_ERROR = "dfd_stream_error"


class CallDeepfakeDetectionErrorRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallDeepfakeDetectionError(BaseModel):
    event_type: Literal["call.deepfake_detection.error"] | None = None
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
    payload: CallDeepfakeDetectionErrorPayload | None = None
    record_type: CallDeepfakeDetectionErrorRecordType | None = None


class CallDeepfakeDetectionErrorEvent(WebhookEventModel):
    data: CallDeepfakeDetectionError | None = None


class CallDeepfakeDetectionErrorPayload(BaseModel):
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
    error_message: CallDeepfakeDetectionErrorPayloadErrorMessage | None = None
