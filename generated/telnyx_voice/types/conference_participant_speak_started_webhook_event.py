"""`ConferenceParticipantSpeakStartedWebhookEvent`, the official SDK's name of our `ConferenceParticipantSpeakStartedEvent` (the same class)."""

from telnyx_voice.types.models import (
    ConferenceParticipantSpeakStartedEvent as ConferenceParticipantSpeakStartedWebhookEvent,
)

__all__ = ["ConferenceParticipantSpeakStartedWebhookEvent"]
