"""`CallReferStartedEvent` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Annotated, Literal
from uuid import UUID

from pydantic import AwareDatetime, Field

from telnyx_voice._models import BaseModel, LenientEnum, WebhookEventModel


class CallReferStartedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallReferStarted(BaseModel):
    event_type: Literal["call.refer.started"] | None = None
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
    payload: CallReferStartedPayload | None = None
    record_type: CallReferStartedRecordType | None = None


class CallReferStartedEvent(WebhookEventModel):
    data: CallReferStarted | None = None


class CallReferStartedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Unique ID for controlling the call.
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
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    Number or SIP URI placing the call.
    """
    sip_notify_response: int | None = None
    """
    SIP NOTIFY event status for tracking the REFER attempt.
    """
    to: str | None = None
    """
    Destination number or SIP URI of the call.
    """
