"""`CallBridgedEvent` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Annotated, Literal
from uuid import UUID

from pydantic import AwareDatetime, Field

from telnyx_voice._models import BaseModel, LenientEnum, WebhookEventModel


class CallBridgedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallBridged(BaseModel):
    event_type: Literal["call.bridged"] | None = None
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
    payload: CallBridgedPayload | None = None
    record_type: CallBridgedRecordType | None = None


class CallBridgedEvent(WebhookEventModel):
    data: CallBridged | None = None


class CallBridgedPayload(BaseModel):
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
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    Number or SIP URI placing the call.
    """
    to: str | None = None
    """
    Destination number or SIP URI of the call.
    """
