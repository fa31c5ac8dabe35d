"""`CallSiprecFailedWebhookEvent`, the official SDK's name of our `CallSiprecFailedEvent` (the same class)."""

from telnyx_voice.types.models import CallSiprecFailedEvent as CallSiprecFailedWebhookEvent

__all__ = ["CallSiprecFailedWebhookEvent"]
