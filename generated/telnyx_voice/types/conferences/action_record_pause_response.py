"""`ActionRecordPauseResponse`, the official SDK's name of our `ConferenceCommandResponse` (the same class)."""

from telnyx_voice.types.models import ConferenceCommandResponse as ActionRecordPauseResponse

__all__ = ["ActionRecordPauseResponse"]
