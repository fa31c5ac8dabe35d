"""`CallForkStoppedWebhookEvent`, the official SDK's name of our `CallForkStoppedEvent` (the same class)."""

from telnyx_voice.types.models import CallForkStoppedEvent as CallForkStoppedWebhookEvent

__all__ = ["CallForkStoppedWebhookEvent"]
