"""`ActionGatherUsingAudioResponse`, the official SDK's name of our `CallControlCommandResponse` (the same class)."""

from telnyx_voice.types.models import CallControlCommandResponse as ActionGatherUsingAudioResponse

__all__ = ["ActionGatherUsingAudioResponse"]
