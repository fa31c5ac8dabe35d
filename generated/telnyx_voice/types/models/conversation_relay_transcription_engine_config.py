"""`ConversationRelayTranscriptionEngineConfig` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from pydantic import ConfigDict

from telnyx_voice._models import BaseModel


class ConversationRelayTranscriptionEngineConfig(BaseModel):
    """
    Engine-specific transcription settings for Conversation Relay. This accepts the same provider-specific options used by the Call Transcription Start command, such as `transcription_model`, without requiring the engine discriminator to be repeated inside this object.
    """

    model_config = ConfigDict(
        extra="allow",
    )
