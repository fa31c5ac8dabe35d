"""`CallSiprecStartedWebhookEvent`, the official SDK's name of our `CallSiprecStartedEvent` (the same class)."""

from telnyx_voice.types.models import CallSiprecStartedEvent as CallSiprecStartedWebhookEvent

__all__ = ["CallSiprecStartedWebhookEvent"]
