"""`ActionStartConversationRelayResponse`, the official SDK's name of our `CallControlCommandResponseWithConversationRelayID` (the same class)."""

from telnyx_voice.types.models import (
    CallControlCommandResponseWithConversationRelayID as ActionStartConversationRelayResponse,
)

__all__ = ["ActionStartConversationRelayResponse"]
