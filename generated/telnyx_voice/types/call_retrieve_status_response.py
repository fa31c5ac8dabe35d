"""`CallRetrieveStatusResponse`, the official SDK's name of our `RetrieveCallStatusResponse` (the same class)."""

from telnyx_voice.types.models import RetrieveCallStatusResponse as CallRetrieveStatusResponse

__all__ = ["CallRetrieveStatusResponse"]
