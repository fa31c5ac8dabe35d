"""`RetrieveCallStatusResponse` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from telnyx_voice._models import BaseModel, LenientEnum


class CallRecordType(LenientEnum):
    CALL = "call"


class Call(BaseModel):
    call_control_id: str
    """
    Unique identifier and token for controlling the call.
    """
    call_duration: int | None = None
    """
    Indicates the duration of the call in seconds
    """
    call_leg_id: str
    """
    ID that is unique to the call and can be used to correlate webhook events
    """
    call_session_id: str
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    end_time: str | None = None
    """
    ISO 8601 formatted date indicating when the call ended. Only present when the call is not alive
    """
    is_alive: bool
    """
    Indicates whether the call is alive or not. For Dial command it will always be `false` (dialing is asynchronous).
    """
    record_type: CallRecordType
    start_time: str | None = None
    """
    ISO 8601 formatted date indicating when the call started
    """


class RetrieveCallStatusResponse(BaseModel):
    data: Call | None = None
