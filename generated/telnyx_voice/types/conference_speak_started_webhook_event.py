"""`ConferenceSpeakStartedWebhookEvent`, the official SDK's name of our `ConferenceSpeakStartedEvent` (the same class)."""

from telnyx_voice.types.models import (
    ConferenceSpeakStartedEvent as ConferenceSpeakStartedWebhookEvent,
)

__all__ = ["ConferenceSpeakStartedWebhookEvent"]
