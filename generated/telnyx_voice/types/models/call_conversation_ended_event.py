"""`CallConversationEndedEvent` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Annotated, Literal
from uuid import UUID

from pydantic import AwareDatetime, Field

from telnyx_voice._models import BaseModel, LenientEnum, WebhookEventModel


class CallConversationEndedPayloadCallingPartyType(LenientEnum):
    """
    The type of calling party connection.
    """

    PSTN = "pstn"
    SIP = "sip"


class CallConversationEndedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallConversationEnded(BaseModel):
    created_at: AwareDatetime | None = None
    """
    Timestamp when the event was created in the system.
    """
    event_type: Literal["call.conversation.ended"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Unique identifier for the event.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallConversationEndedPayload | None = None
    record_type: CallConversationEndedRecordType | None = None


class CallConversationEndedEvent(WebhookEventModel):
    data: CallConversationEnded | None = None


class CallConversationEndedPayload(BaseModel):
    assistant_id: str | None = None
    """
    Unique identifier of the assistant involved in the call.
    """
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call leg.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session (group of related call legs).
    """
    calling_party_type: CallConversationEndedPayloadCallingPartyType | None = None
    client_state: str | None = None
    """
    Base64-encoded state received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    conversation_id: str | None = None
    """
    ID unique to the conversation or insight group generated for the call.
    """
    duration_sec: int | None = None
    """
    Duration of the conversation in seconds.
    """
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    The caller's number or identifier.
    """
    llm_model: str | None = None
    """
    The large language model used during the conversation.
    """
    reason: str | None = None
    """
    Reason the conversation ended. For Conversation Relay, `customer_disconnect` indicates that the customer WebSocket disconnected.
    """
    stt_model: str | None = None
    """
    The speech-to-text model used in the conversation.
    """
    to: str | None = None
    """
    The callee's number or SIP address.
    """
    tts_model_id: str | None = None
    """
    The model ID used for text-to-speech synthesis.
    """
    tts_provider: str | None = None
    """
    The text-to-speech provider used in the call.
    """
    tts_voice_id: str | None = None
    """
    Voice ID used for TTS.
    """
