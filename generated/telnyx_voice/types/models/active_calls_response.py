"""`ActiveCallsResponse` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from telnyx_voice._models import BaseModel, LenientEnum


class ActiveCallRecordType(LenientEnum):
    CALL = "call"


class ActiveCall(BaseModel):
    call_control_id: str
    """
    Unique identifier and token for controlling the call.
    """
    call_duration: int
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
    client_state: str
    """
    State received from a command.
    """
    record_type: ActiveCallRecordType


class ActiveCallsResponse(BaseModel):
    data: list[ActiveCall] | None = None
    meta: CursorPaginationMeta | None = None


class Cursor(BaseModel):
    after: str | None = None
    """
    Opaque identifier of next page.
    """
    before: str | None = None
    """
    Opaque identifier of previous page.
    """


class CursorPaginationMeta(BaseModel):
    cursors: Cursor | None = None
    next: str | None = None
    """
    Path to next page.
    """
    previous: str | None = None
    """
    Path to previous page.
    """
    total_items: int | None = None
