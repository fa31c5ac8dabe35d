"""`CallLeftQueueEvent` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from pydantic import AwareDatetime

from telnyx_voice._models import BaseModel, LenientEnum, WebhookEventModel


class CallLeftQueuePayloadReason(LenientEnum):
    """
    The reason for leaving the queue
    """

    BRIDGED = "bridged"
    BRIDGING_IN_PROCESS = "bridging-in-process"
    HANGUP = "hangup"
    LEAVE = "leave"
    TIMEOUT = "timeout"


class CallLeftQueueRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallLeftQueue(BaseModel):
    event_type: Literal["call.dequeued"] | None = None
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
    payload: CallLeftQueuePayload | None = None
    record_type: CallLeftQueueRecordType | None = None


class CallLeftQueueEvent(WebhookEventModel):
    data: CallLeftQueue | None = None


class CallLeftQueuePayload(BaseModel):
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
    queue: str | None = None
    """
    The name of the queue
    """
    queue_position: int | None = None
    """
    Last position of the call in the queue.
    """
    reason: CallLeftQueuePayloadReason | None = None
    wait_time_secs: int | None = None
    """
    Time call spent in the queue in seconds.
    """
