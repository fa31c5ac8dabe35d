"""`ConferencePlaybackStartedWebhookEvent`, the official SDK's name of our `ConferencePlaybackStartedEvent` (the same class)."""

from telnyx_voice.types.models import (
    ConferencePlaybackStartedEvent as ConferencePlaybackStartedWebhookEvent,
)

__all__ = ["ConferencePlaybackStartedWebhookEvent"]
