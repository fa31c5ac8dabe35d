"""`ActionUnmuteResponse`, the official SDK's name of our `ConferenceCommandResponse` (the same class)."""

from telnyx_voice.types.models import ConferenceCommandResponse as ActionUnmuteResponse

__all__ = ["ActionUnmuteResponse"]
