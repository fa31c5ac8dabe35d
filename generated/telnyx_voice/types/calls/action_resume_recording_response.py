"""`ActionResumeRecordingResponse`, the official SDK's name of our `CallControlCommandResponse` (the same class)."""

from telnyx_voice.types.models import CallControlCommandResponse as ActionResumeRecordingResponse

__all__ = ["ActionResumeRecordingResponse"]
