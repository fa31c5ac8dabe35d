"""`ActionGatherDtmfAudioResponse`, the official SDK's name of our `ConferenceCommandResponse` (the same class)."""

from telnyx_voice.types.models import ConferenceCommandResponse as ActionGatherDtmfAudioResponse

__all__ = ["ActionGatherDtmfAudioResponse"]
