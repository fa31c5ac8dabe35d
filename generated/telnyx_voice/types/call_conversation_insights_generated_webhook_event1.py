"""`CallConversationInsightsGeneratedWebhookEvent`, the official SDK's name of our `CallConversationInsightsGeneratedEvent` (the same class)."""

from telnyx_voice.types.models import (
    CallConversationInsightsGeneratedEvent as CallConversationInsightsGeneratedWebhookEvent,
)

__all__ = ["CallConversationInsightsGeneratedWebhookEvent"]
