"""`CallDialResponse`, the official SDK's name of our `RetrieveCallStatusResponseWithRecordingID` (the same class)."""

from telnyx_voice.types.models import RetrieveCallStatusResponseWithRecordingID as CallDialResponse

__all__ = ["CallDialResponse"]
