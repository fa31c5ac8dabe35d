"""`QueueUpdateResponse`, the official SDK's name of our `QueueResponse` (the same class)."""

from telnyx_voice.types.models import QueueResponse as QueueUpdateResponse

__all__ = ["QueueUpdateResponse"]
