"""`Queue`, the official SDK's name of our `Queue` (the same class)."""

from telnyx_voice.types.models import Queue

__all__ = ["Queue"]
