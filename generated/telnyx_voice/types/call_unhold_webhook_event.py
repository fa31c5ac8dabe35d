"""`CallUnholdWebhookEvent`, the official SDK's name of our `CallUnholdEvent` (the same class)."""

from telnyx_voice.types.models import CallUnholdEvent as CallUnholdWebhookEvent

__all__ = ["CallUnholdWebhookEvent"]
