"""`CallHoldWebhookEvent`, the official SDK's name of our `CallHoldEvent` (the same class)."""

from telnyx_voice.types.models import CallHoldEvent as CallHoldWebhookEvent

__all__ = ["CallHoldWebhookEvent"]
