"""`QueueCall`, the official SDK's name of our `QueueCall` (the same class)."""

from telnyx_voice.types.models import QueueCall

__all__ = ["QueueCall"]
