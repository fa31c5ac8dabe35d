"""`CallControlCommandResponseWithConversationID` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from uuid import UUID

from telnyx_voice._models import BaseModel


class CallControlCommandResponseWithConversationID(BaseModel):
    data: CallControlCommandResultWithConversationId | None = None


class CallControlCommandResultWithConversationId(BaseModel):
    conversation_id: UUID | None = None
    """
    The ID of the conversation created by the command.
    """
    result: str | None = None
