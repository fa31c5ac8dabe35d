"""`ConferenceParticipantResource`, the official SDK's name of our `ConferenceParticipantResource` (the same class)."""

from telnyx_voice.types.models import ConferenceParticipantResource

__all__ = ["ConferenceParticipantResource"]
