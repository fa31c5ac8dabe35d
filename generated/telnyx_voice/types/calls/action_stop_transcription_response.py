"""`ActionStopTranscriptionResponse`, the official SDK's name of our `CallControlCommandResponse` (the same class)."""

from telnyx_voice.types.models import CallControlCommandResponse as ActionStopTranscriptionResponse

__all__ = ["ActionStopTranscriptionResponse"]
