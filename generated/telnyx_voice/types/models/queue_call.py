"""`QueueCall` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from telnyx_voice._models import BaseModel, LenientEnum


class QueueCallRecordType(LenientEnum):
    QUEUE_CALL = "queue_call"


class QueueCall(BaseModel):
    call_control_id: str
    """
    Unique identifier and token for controlling the call.
    """
    call_leg_id: str
    """
    ID that is unique to the call and can be used to correlate webhook events
    """
    call_session_id: str
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call
    """
    connection_id: str
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    enqueued_at: str
    """
    ISO 8601 formatted date of when the call was put in the queue
    """
    from_: Annotated[str, Field(alias="from")]
    """
    Number or SIP URI placing the call.
    """
    is_alive: bool
    """
    Indicates whether the call is still active in the queue.
    """
    queue_id: str
    """
    Unique identifier of the queue the call is in.
    """
    queue_position: int
    """
    Current position of the call in the queue
    """
    record_type: QueueCallRecordType
    to: str
    """
    Destination number or SIP URI of the call.
    """
    wait_time_secs: int
    """
    The time the call has been waiting in the queue, given in seconds
    """
