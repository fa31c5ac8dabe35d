"""`ConferencePlaybackEndedWebhookEvent`, the official SDK's name of our `ConferencePlaybackEndedEvent` (the same class)."""

from telnyx_voice.types.models import (
    ConferencePlaybackEndedEvent as ConferencePlaybackEndedWebhookEvent,
)

__all__ = ["ConferencePlaybackEndedWebhookEvent"]
