"""`ConferenceParticipantSpeakEndedWebhookEvent`, the official SDK's name of our `ConferenceParticipantSpeakEndedEvent` (the same class)."""

from telnyx_voice.types.models import (
    ConferenceParticipantSpeakEndedEvent as ConferenceParticipantSpeakEndedWebhookEvent,
)

__all__ = ["ConferenceParticipantSpeakEndedWebhookEvent"]
