"""`CallSiprecStoppedWebhookEvent`, the official SDK's name of our `CallSiprecStoppedEvent` (the same class)."""

from telnyx_voice.types.models import CallSiprecStoppedEvent as CallSiprecStoppedWebhookEvent

__all__ = ["CallSiprecStoppedWebhookEvent"]
