"""`CallRetrieveResponse`, the official SDK's name of our `QueueCallResponse` (the same class)."""

from telnyx_voice.types.models import QueueCallResponse as CallRetrieveResponse

__all__ = ["CallRetrieveResponse"]
