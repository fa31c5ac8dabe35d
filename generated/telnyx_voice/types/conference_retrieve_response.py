"""`ConferenceRetrieveResponse`, the official SDK's name of our `ConferenceResponse` (the same class)."""

from telnyx_voice.types.models import ConferenceResponse as ConferenceRetrieveResponse

__all__ = ["ConferenceRetrieveResponse"]
