"""`CallAIGatherMessageHistoryUpdatedWebhookEvent`, the official SDK's name of our `CallAIGatherMessageHistoryUpdatedEvent` (the same class)."""

from telnyx_voice.types.models import (
    CallAIGatherMessageHistoryUpdatedEvent as CallAIGatherMessageHistoryUpdatedWebhookEvent,
)

__all__ = ["CallAIGatherMessageHistoryUpdatedWebhookEvent"]
