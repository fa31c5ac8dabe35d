"""`CallConversationInsightsGeneratedEvent` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Any, Literal
from uuid import UUID

from pydantic import AwareDatetime

from telnyx_voice._models import BaseModel, LenientEnum, WebhookEventModel


class CallConversationInsightsGeneratedPayloadCallingPartyType(LenientEnum):
    """
    The type of calling party connection.
    """

    PSTN = "pstn"
    SIP = "sip"


class CallConversationInsightsGeneratedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallConversationInsightsGenerated(BaseModel):
    event_type: Literal["call.conversation_insights.generated"] | None = None
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
    payload: CallConversationInsightsGeneratedPayload | None = None
    record_type: CallConversationInsightsGeneratedRecordType | None = None


class CallConversationInsightsGeneratedEvent(WebhookEventModel):
    data: CallConversationInsightsGenerated | None = None


class CallConversationInsightsGeneratedPayload(BaseModel):
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
    calling_party_type: CallConversationInsightsGeneratedPayloadCallingPartyType | None = None
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    insight_group_id: str | None = None
    """
    ID that is unique to the insight group being generated for the call.
    """
    results: list[CallConversationInsightsGeneratedPayloadResultsItem] | None = None
    """
    Array of insight results being generated for the call.
    """


class CallConversationInsightsGeneratedPayloadResultsItem(BaseModel):
    insight_id: str | None = None
    """
    ID that is unique to the insight result being generated for the call.
    """
    result: dict[str, Any] | str | None = None
