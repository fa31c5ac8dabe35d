"""`CallReferStartedWebhookEvent`, the official SDK's name of our `CallReferStartedEvent` (the same class)."""

from telnyx_voice.types.models import CallReferStartedEvent as CallReferStartedWebhookEvent

__all__ = ["CallReferStartedWebhookEvent"]
