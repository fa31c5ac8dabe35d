"""`CallForkStartedWebhookEvent`, the official SDK's name of our `CallForkStartedEvent` (the same class)."""

from telnyx_voice.types.models import CallForkStartedEvent as CallForkStartedWebhookEvent

__all__ = ["CallForkStartedWebhookEvent"]
