"""`ConferenceSpeakEndedWebhookEvent`, the official SDK's name of our `ConferenceSpeakEndedEvent` (the same class)."""

from telnyx_voice.types.models import ConferenceSpeakEndedEvent as ConferenceSpeakEndedWebhookEvent

__all__ = ["ConferenceSpeakEndedWebhookEvent"]
