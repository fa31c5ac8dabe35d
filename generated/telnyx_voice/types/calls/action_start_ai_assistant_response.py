"""`ActionStartAIAssistantResponse`, the official SDK's name of our `CallControlCommandResponseWithConversationID` (the same class)."""

from telnyx_voice.types.models import (
    CallControlCommandResponseWithConversationID as ActionStartAIAssistantResponse,
)

__all__ = ["ActionStartAIAssistantResponse"]
