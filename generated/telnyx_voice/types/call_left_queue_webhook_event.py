"""`CallLeftQueueWebhookEvent`, the official SDK's name of our `CallLeftQueueEvent` (the same class)."""

from telnyx_voice.types.models import CallLeftQueueEvent as CallLeftQueueWebhookEvent

__all__ = ["CallLeftQueueWebhookEvent"]
