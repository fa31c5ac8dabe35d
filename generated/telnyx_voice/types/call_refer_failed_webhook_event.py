"""`CallReferFailedWebhookEvent`, the official SDK's name of our `CallReferFailedEvent` (the same class)."""

from telnyx_voice.types.models import CallReferFailedEvent as CallReferFailedWebhookEvent

__all__ = ["CallReferFailedWebhookEvent"]
