"""`CallBridgedWebhookEvent`, the official SDK's name of our `CallBridgedEvent` (the same class)."""

from telnyx_voice.types.models import CallBridgedEvent as CallBridgedWebhookEvent

__all__ = ["CallBridgedWebhookEvent"]
