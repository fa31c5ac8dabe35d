"""`Conference`, the official SDK's name of our `Conference` (the same class)."""

from telnyx_voice.types.models import Conference

__all__ = ["Conference"]
