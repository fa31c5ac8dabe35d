"""`CallReferCompletedWebhookEvent`, the official SDK's name of our `CallReferCompletedEvent` (the same class)."""

from telnyx_voice.types.models import CallReferCompletedEvent as CallReferCompletedWebhookEvent

__all__ = ["CallReferCompletedWebhookEvent"]
