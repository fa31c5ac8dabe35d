"""`ConferenceParticipantJoinedWebhookEvent`, the official SDK's name of our `ConferenceParticipantJoinedEvent` (the same class)."""

from telnyx_voice.types.models import (
    ConferenceParticipantJoinedEvent as ConferenceParticipantJoinedWebhookEvent,
)

__all__ = ["ConferenceParticipantJoinedWebhookEvent"]
