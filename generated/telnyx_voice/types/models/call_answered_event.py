"""`CallAnsweredEvent` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Annotated, Literal
from uuid import UUID

from pydantic import AwareDatetime, Field

from telnyx_voice._models import BaseModel, LenientEnum, WebhookEventModel
from telnyx_voice.types.models.custom_sip_header import CustomSipHeader
from telnyx_voice.types.models.sip_header import SipHeader


class CallAnsweredPayloadState(LenientEnum):
    """
    State received from a command.
    """

    ANSWERED = "answered"


class CallAnsweredRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallAnswered(BaseModel):
    event_type: Literal["call.answered"] | None = None
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
    payload: CallAnsweredPayload | None = None
    record_type: CallAnsweredRecordType | None = None


class CallAnsweredEvent(WebhookEventModel):
    data: CallAnswered | None = None


class CallAnsweredPayload(BaseModel):
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
    custom_headers: list[CustomSipHeader] | None = None
    """
    Custom headers set on answer command
    """
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    Number or SIP URI placing the call.
    """
    sip_headers: list[SipHeader] | None = None
    """
    User-to-User and Diversion headers from sip invite.
    """
    start_time: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the call started.
    """
    state: CallAnsweredPayloadState | None = None
    tags: list[str] | None = None
    """
    Array of tags associated to number.
    """
    to: str | None = None
    """
    Destination number or SIP URI of the call.
    """
