"""`CallAIGatherMessageHistoryUpdatedEvent` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Annotated, Literal
from uuid import UUID

from pydantic import AwareDatetime, Field

from telnyx_voice._models import BaseModel, LenientEnum, WebhookEventModel


class CallAIGatherMessageHistoryUpdatedPayloadMessageHistoryItemRole(LenientEnum):
    """
    The role of the message sender
    """

    ASSISTANT = "assistant"
    USER = "user"


class CallAIGatherMessageHistoryUpdatedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallAIGatherMessageHistoryUpdated(BaseModel):
    event_type: Literal["call.ai_gather.message_history_updated"] | None = None
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
    payload: CallAIGatherMessageHistoryUpdatedPayload | None = None
    record_type: CallAIGatherMessageHistoryUpdatedRecordType | None = None


class CallAIGatherMessageHistoryUpdatedEvent(WebhookEventModel):
    data: CallAIGatherMessageHistoryUpdated | None = None


class CallAIGatherMessageHistoryUpdatedPayload(BaseModel):
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
    Telnyx connection ID used in the call.
    """
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    Number or SIP URI placing the call.
    """
    message_history: list[CallAIGatherMessageHistoryUpdatedPayloadMessageHistoryItem] | None = None
    """
    The history of the messages exchanged during the AI gather
    """
    to: str | None = None
    """
    Destination number or SIP URI of the call.
    """


class CallAIGatherMessageHistoryUpdatedPayloadMessageHistoryItem(BaseModel):
    content: str | None = None
    """
    The content of the message
    """
    role: CallAIGatherMessageHistoryUpdatedPayloadMessageHistoryItemRole | None = None
