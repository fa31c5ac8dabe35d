"""`CallControlCommandResponseWithConversationRelayID` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from telnyx_voice._models import BaseModel


class CallControlCommandResponseWithConversationRelayID(BaseModel):
    data: CallControlCommandResultWithConversationRelayId | None = None


class CallControlCommandResultWithConversationRelayId(BaseModel):
    conversation_relay_id: str | None = None
    """
    The ID of the Conversation Relay session created by the command.
    """
    result: str | None = None
