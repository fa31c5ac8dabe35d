"""`CallAnsweredWebhookEvent`, the official SDK's name of our `CallAnsweredEvent` (the same class)."""

from telnyx_voice.types.models import CallAnsweredEvent as CallAnsweredWebhookEvent

__all__ = ["CallAnsweredWebhookEvent"]
