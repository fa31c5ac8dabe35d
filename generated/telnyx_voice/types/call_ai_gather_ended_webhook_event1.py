"""`CallAIGatherEndedWebhookEvent`, the official SDK's name of our `CallAIGatherEndedEvent` (the same class)."""

from telnyx_voice.types.models import CallAIGatherEndedEvent as CallAIGatherEndedWebhookEvent

__all__ = ["CallAIGatherEndedWebhookEvent"]
