"""`ActionAnswerResponse`, the official SDK's name of our `CallControlCommandResponseWithRecordingID` (the same class)."""

from telnyx_voice.types.models import (
    CallControlCommandResponseWithRecordingID as ActionAnswerResponse,
)

__all__ = ["ActionAnswerResponse"]
