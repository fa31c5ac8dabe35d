"""`CallInitiatedWebhookEvent`, the official SDK's name of our `CallInitiatedEvent` (the same class)."""

from telnyx_voice.types.models import CallInitiatedEvent as CallInitiatedWebhookEvent

__all__ = ["CallInitiatedWebhookEvent"]
