"""`ConferenceParticipantPlaybackStartedWebhookEvent`, the official SDK's name of our `ConferenceParticipantPlaybackStartedEvent` (the same class)."""

from telnyx_voice.types.models import (
    ConferenceParticipantPlaybackStartedEvent as ConferenceParticipantPlaybackStartedWebhookEvent,
)

__all__ = ["ConferenceParticipantPlaybackStartedWebhookEvent"]
