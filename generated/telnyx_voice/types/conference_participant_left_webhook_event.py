"""`ConferenceParticipantLeftWebhookEvent`, the official SDK's name of our `ConferenceParticipantLeftEvent` (the same class)."""

from telnyx_voice.types.models import (
    ConferenceParticipantLeftEvent as ConferenceParticipantLeftWebhookEvent,
)

__all__ = ["ConferenceParticipantLeftWebhookEvent"]
