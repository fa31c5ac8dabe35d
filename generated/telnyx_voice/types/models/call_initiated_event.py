"""`CallInitiatedEvent` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Annotated, Literal
from uuid import UUID

from pydantic import AwareDatetime, Field

from telnyx_voice._models import BaseModel, LenientEnum, WebhookEventModel
from telnyx_voice.types.models.custom_sip_header import CustomSipHeader
from telnyx_voice.types.models.sip_header import SipHeader


class CallInitiatedPayloadDirection(LenientEnum):
    """
    Whether the call is `incoming` or `outgoing`.
    """

    INCOMING = "incoming"
    OUTGOING = "outgoing"


class CallInitiatedPayloadState(LenientEnum):
    """
    State received from a command.
    """

    PARKED = "parked"
    BRIDGING = "bridging"


class CallInitiatedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallInitiated(BaseModel):
    event_type: Literal["call.initiated"] | None = None
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
    payload: CallInitiatedPayload | None = None
    record_type: CallInitiatedRecordType | None = None


class CallInitiatedEvent(WebhookEventModel):
    data: CallInitiated | None = None


class CallInitiatedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_screening_result: str | None = None
    """
    Call screening result.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    caller_id_name: str | None = None
    """
    Caller id.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_codecs: str | None = None
    """
    The list of comma-separated codecs enabled for the connection.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    custom_headers: list[CustomSipHeader] | None = None
    """
    Custom headers from sip invite
    """
    direction: CallInitiatedPayloadDirection | None = None
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    Number or SIP URI placing the call.
    """
    offered_codecs: str | None = None
    """
    The list of comma-separated codecs offered by caller.
    """
    shaken_stir_attestation: str | None = None
    """
    SHAKEN/STIR attestation level.
    """
    shaken_stir_validated: bool | None = None
    """
    Whether attestation was successfully validated or not.
    """
    sip_headers: list[SipHeader] | None = None
    """
    User-to-User and Diversion headers from sip invite.
    """
    start_time: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the call started.
    """
    state: CallInitiatedPayloadState | None = None
    tags: list[str] | None = None
    """
    Array of tags associated to number.
    """
    to: str | None = None
    """
    Destination number or SIP URI of the call.
    """
