"""`CallEnqueuedWebhookEvent`, the official SDK's name of our `CallEnqueuedEvent` (the same class)."""

from telnyx_voice.types.models import CallEnqueuedEvent as CallEnqueuedWebhookEvent

__all__ = ["CallEnqueuedWebhookEvent"]
