"""`CallRecordingErrorEvent` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from pydantic import AwareDatetime

from telnyx_voice._models import BaseModel, LenientEnum, WebhookEventModel


class CallRecordingErrorPayloadReason(LenientEnum):
    """
    Indication that there was a problem recording the call.
    """

    FAILED_TO_AUTHORIZE_WITH_STORAGE_USING_CUSTOM_CREDENTIALS = (
        "Failed to authorize with storage using custom credentials"
    )
    INVALID_CREDENTIALS_JSON = "Invalid credentials json"
    UNSUPPORTED_BACKEND = "Unsupported backend"
    INTERNAL_SERVER_ERROR = "Internal server error"


class CallRecordingErrorRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallRecordingError(BaseModel):
    event_type: Literal["call.recording.error"] | None = None
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
    payload: CallRecordingErrorPayload | None = None
    record_type: CallRecordingErrorRecordType | None = None


class CallRecordingErrorEvent(WebhookEventModel):
    data: CallRecordingError | None = None


class CallRecordingErrorPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
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
    reason: CallRecordingErrorPayloadReason | None = None
