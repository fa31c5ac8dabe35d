"""`CallSpeakEndedWebhookEvent`, the official SDK's name of our `CallSpeakEndedEvent` (the same class)."""

from telnyx_voice.types.models import CallSpeakEndedEvent as CallSpeakEndedWebhookEvent

__all__ = ["CallSpeakEndedWebhookEvent"]
