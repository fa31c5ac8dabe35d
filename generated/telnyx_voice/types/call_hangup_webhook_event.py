"""`CallHangupWebhookEvent`, the official SDK's name of our `CallHangupEvent` (the same class)."""

from telnyx_voice.types.models import CallHangupEvent as CallHangupWebhookEvent

__all__ = ["CallHangupWebhookEvent"]
