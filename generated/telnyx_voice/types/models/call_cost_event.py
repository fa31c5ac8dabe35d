"""`CallCostEvent` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from pydantic import AwareDatetime

from telnyx_voice._models import BaseModel, LenientEnum, WebhookEventModel


class CallCostPayloadStatus(LenientEnum):
    """
    The status of the cost calculation (`success` or `error`).
    """

    SUCCESS = "success"
    ERROR = "error"


class CallCostRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallCost(BaseModel):
    event_type: Literal["call.cost"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Unique identifier of the event.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallCostPayload | None = None
    record_type: CallCostRecordType | None = None


class CallCostEvent(WebhookEventModel):
    data: CallCost | None = None


class CallCostPart(BaseModel):
    billed_duration_secs: int | None = None
    """
    The billed duration in seconds for this part of the call.
    """
    call_part: str | None = None
    """
    The product component this cost applies to. Values are determined by the billing system (e.g. sip-trunking, call-control, call-recording). Not a fixed set — new values may appear as products evolve.
    """
    cost: str | None = None
    """
    The cost for this part of the call.
    """
    currency: str | None = None
    """
    The currency of the cost.
    """
    rate: str | None = None
    """
    The per-minute rate applied.
    """


class CallCostPayload(BaseModel):
    billed_duration_secs: int | None = None
    """
    The longest billed duration across all cost parts, in seconds.
    """
    billing_group_id: str | None = None
    """
    Identifies the billing group associated with the call.
    """
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
    State received from a command. Base64-encoded.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    cost_parts: list[CallCostPart] | None = None
    """
    Breakdown of costs by call part.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    status: CallCostPayloadStatus | None = None
    total_cost: str | None = None
    """
    The total cost of the call.
    """
