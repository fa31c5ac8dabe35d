"""`ConversationRelayLanguage` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal, TypeAlias

from pydantic import Field

from telnyx_voice._models import BaseModel, LenientEnum
from telnyx_voice.types.models.aws_voice_settings import AWSVoiceSettings
from telnyx_voice.types.models.azure_voice_settings import AzureVoiceSettings
from telnyx_voice.types.models.conversation_relay_transcription_engine_config import (
    ConversationRelayTranscriptionEngineConfig,
)
from telnyx_voice.types.models.eleven_labs_voice_settings import ElevenLabsVoiceSettings
from telnyx_voice.types.models.inworld_voice_settings import InworldVoiceSettings
from telnyx_voice.types.models.minimax_voice_settings import MinimaxVoiceSettings
from telnyx_voice.types.models.resemble_voice_settings import ResembleVoiceSettings
from telnyx_voice.types.models.rime_voice_settings import RimeVoiceSettings
from telnyx_voice.types.models.telnyx_voice_settings import TelnyxVoiceSettings
from telnyx_voice.types.models.xai_voice_settings import XAIVoiceSettings


class ConversationRelayLanguageTranscriptionEngine(LenientEnum):
    """
    Engine to use for speech recognition. Legacy values `A` - `Google`, `B` - `Telnyx` are supported for backward compatibility. When provided in a Conversation Relay language entry, Telnyx derives `transcription_provider` and `speech_model` for that language.
    """

    GOOGLE = "Google"
    TELNYX = "Telnyx"
    DEEPGRAM = "Deepgram"
    AZURE = "Azure"
    X_AI = "xAI"
    ASSEMBLY_AI = "AssemblyAI"
    SPEECHMATICS = "Speechmatics"
    SONIOX = "Soniox"
    A = "A"
    B = "B"


if TYPE_CHECKING:
    ConversationRelayLanguageTranscriptionEngineLike: TypeAlias = (
        ConversationRelayLanguageTranscriptionEngine
        | Literal[
            "Google",
            "Telnyx",
            "Deepgram",
            "Azure",
            "xAI",
            "AssemblyAI",
            "Speechmatics",
            "Soniox",
            "A",
            "B",
        ]
    )
else:
    ConversationRelayLanguageTranscriptionEngineLike = ConversationRelayLanguageTranscriptionEngine


class ConversationRelayLanguage(BaseModel):
    """
    Language-specific TTS and transcription settings for Conversation Relay.
    """

    language: str
    """
    BCP 47 language tag for this language configuration.
    """
    speech_model: str | None = None
    """
    Conversation Relay speech model. Prefer `transcription_engine_config.transcription_model` when configuring speech-to-text.
    """
    transcription_engine: ConversationRelayLanguageTranscriptionEngineLike | None = (
        ConversationRelayLanguageTranscriptionEngine.GOOGLE
    )
    transcription_engine_config: ConversationRelayTranscriptionEngineConfig | None = None
    transcription_provider: str | None = None
    """
    Conversation Relay transcription provider name. Prefer `transcription_engine` when configuring speech-to-text.
    """
    tts_provider: str | None = None
    """
    Text-to-speech provider for this language. If omitted and `voice` is provided, Telnyx derives the provider from the voice identifier.
    """
    voice: str | None = None
    """
    Voice identifier for this language.
    """
    voice_settings: Annotated[
        ElevenLabsVoiceSettings
        | TelnyxVoiceSettings
        | AWSVoiceSettings
        | MinimaxVoiceSettings
        | AzureVoiceSettings
        | RimeVoiceSettings
        | ResembleVoiceSettings
        | InworldVoiceSettings
        | XAIVoiceSettings
        | None,
        Field(discriminator="type"),
    ] = None
    """
    The settings associated with the voice selected
    """
