"""`ConnectionListActiveCallsResponse`, the official SDK's name of our `ActiveCall` (the same class)."""

from telnyx_voice.types.models import ActiveCall as ConnectionListActiveCallsResponse

__all__ = ["ConnectionListActiveCallsResponse"]
