"""`ConferenceListParticipantsResponse`, the official SDK's name of our `Participant` (the same class)."""

from telnyx_voice.types.models import Participant as ConferenceListParticipantsResponse

__all__ = ["ConferenceListParticipantsResponse"]
