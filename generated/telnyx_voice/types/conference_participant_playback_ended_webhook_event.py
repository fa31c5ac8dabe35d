"""`ConferenceParticipantPlaybackEndedWebhookEvent`, the official SDK's name of our `ConferenceParticipantPlaybackEndedEvent` (the same class)."""

from telnyx_voice.types.models import (
    ConferenceParticipantPlaybackEndedEvent as ConferenceParticipantPlaybackEndedWebhookEvent,
)

__all__ = ["ConferenceParticipantPlaybackEndedWebhookEvent"]
