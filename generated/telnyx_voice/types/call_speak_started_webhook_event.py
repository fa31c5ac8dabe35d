"""`CallSpeakStartedWebhookEvent`, the official SDK's name of our `CallSpeakStartedEvent` (the same class)."""

from telnyx_voice.types.models import CallSpeakStartedEvent as CallSpeakStartedWebhookEvent

__all__ = ["CallSpeakStartedWebhookEvent"]
