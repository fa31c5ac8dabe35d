"""`CallConversationEndedWebhookEvent`, the official SDK's name of our `CallConversationEndedEvent` (the same class)."""

from telnyx_voice.types.models import (
    CallConversationEndedEvent as CallConversationEndedWebhookEvent,
)

__all__ = ["CallConversationEndedWebhookEvent"]
