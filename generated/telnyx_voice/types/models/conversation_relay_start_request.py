"""`ConversationRelayStartRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeAlias

from pydantic import ConfigDict, Field

from telnyx_voice._models import BaseModel, LenientEnum
from telnyx_voice.types.models.aws_voice_settings import AWSVoiceSettings
from telnyx_voice.types.models.azure_voice_settings import AzureVoiceSettings
from telnyx_voice.types.models.conversation_relay_interruptible import (
    ConversationRelayInterruptible,
    ConversationRelayInterruptibleLike,
)
from telnyx_voice.types.models.conversation_relay_interruption_settings import (
    ConversationRelayInterruptionSettings,
)
from telnyx_voice.types.models.conversation_relay_language import ConversationRelayLanguage
from telnyx_voice.types.models.conversation_relay_structured_provider import (
    ConversationRelayStructuredProvider,
)
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


class ConversationRelayStartRequestTranscriptionEngine(LenientEnum):
    """
    Engine to use for speech recognition. Legacy values `A` - `Google`, `B` - `Telnyx` are supported for backward compatibility. For Conversation Relay, use this field with `transcription_engine_config`; the `transcription` object is not supported.
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
    ConversationRelayStartRequestTranscriptionEngineLike: TypeAlias = (
        ConversationRelayStartRequestTranscriptionEngine
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
    ConversationRelayStartRequestTranscriptionEngineLike = (
        ConversationRelayStartRequestTranscriptionEngine
    )


class ConversationRelayAssistant(BaseModel):
    """
    Custom parameters for the Conversation Relay session. Pass key-value data as `assistant.dynamic_variables` to make it available to the relay session.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    dynamic_variables: dict[str, str] | None = None
    """
    Custom key-value parameters forwarded to the Conversation Relay session.
    """


class ConversationRelaySettings(BaseModel):
    """
    Conversation Relay connection settings. This object can provide `url`, `dtmf_detection`, `interruptible`, `interruptible_greeting`, and `languages`. Top-level aliases override nested values when both are present.
    """

    dtmf_detection: bool = False
    """
    Whether to enable DTMF detection during the relay session.
    """
    interruptible: ConversationRelayInterruptibleLike | None = ConversationRelayInterruptible.ANY
    interruptible_greeting: ConversationRelayInterruptibleLike | None = (
        ConversationRelayInterruptible.ANY
    )
    languages: list[ConversationRelayLanguage] | None = None
    """
    Language-specific TTS and transcription settings.
    """
    url: Annotated[str, Field(pattern="^wss?://")]
    """
    WebSocket URL for your Conversation Relay server. Must start with `ws://` or `wss://`.
    """


class ConversationRelayStartRequest(BaseModel):
    """
    Start a Conversation Relay session. You may provide the WebSocket URL as `url`, `conversation_relay_url`, or `conversation_relay_settings.url`; top-level values take precedence over nested settings. Use `transcription_engine` and `transcription_engine_config` for speech-to-text configuration; the `transcription` object is not supported.

    Requires at least one of: `url`; `conversation_relay_url`; `conversation_relay_settings`.
    """

    assistant: ConversationRelayAssistant | None = None
    client_state: str | None = None
    """
    Use this field to add state to subsequent webhooks. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    conversation_relay_dtmf_detection: bool = False
    """
    Enable DTMF detection for the relay session.
    """
    conversation_relay_settings: ConversationRelaySettings | None = None
    conversation_relay_url: Annotated[str | None, Field(pattern="^wss?://")] = None
    """
    WebSocket URL for your Conversation Relay server. Must start with `ws://` or `wss://`.
    """
    custom_parameters: dict[str, Any] | None = None
    """
    Custom key-value parameters forwarded to the relay session as `assistant.dynamic_variables`. If `assistant.dynamic_variables` is also present, these values are merged in.
    """
    dtmf_detection: bool = False
    """
    Public alias for `conversation_relay_dtmf_detection`. If both are present, this value wins.
    """
    greeting: str | None = None
    """
    Text played when the relay session starts.
    """
    interruptible: ConversationRelayInterruptibleLike | None = ConversationRelayInterruptible.ANY
    interruptible_greeting: ConversationRelayInterruptibleLike | None = (
        ConversationRelayInterruptible.ANY
    )
    interruption_settings: ConversationRelayInterruptionSettings | None = None
    language: str = "en"
    """
    Default language for the relay session. This value is used for both text-to-speech and speech recognition.
    """
    languages: list[ConversationRelayLanguage] | None = None
    """
    Per-language TTS and transcription settings.
    """
    provider: str | None = None
    """
    Structured voice provider. Must be supplied together with `structured_provider`.
    """
    structured_provider: ConversationRelayStructuredProvider | None = None
    transcription: Annotated[dict[str, Any] | None, Field(deprecated=True)] = None
    """
    Not supported for Conversation Relay start requests. Use `transcription_engine` and `transcription_engine_config` instead.
    """
    transcription_engine: ConversationRelayStartRequestTranscriptionEngineLike | None = (
        ConversationRelayStartRequestTranscriptionEngine.GOOGLE
    )
    transcription_engine_config: ConversationRelayTranscriptionEngineConfig | None = None
    tts_provider: str | None = None
    """
    Text-to-speech provider. If omitted, Telnyx derives it from `voice` or `provider`.
    """
    url: Annotated[str | None, Field(pattern="^wss?://")] = None
    """
    Public alias for `conversation_relay_url`. Must start with `ws://` or `wss://`. If both are present, this value wins.
    """
    voice: str | None = "Telnyx.KokoroTTS.af"
    """
    The voice to be used by the voice assistant. Currently we support ElevenLabs, Telnyx and AWS voices.

     **Supported Providers:**
    - **AWS:** Use `AWS.Polly.<VoiceId>` (e.g., `AWS.Polly.Joanna`). For neural voices, which provide more realistic, human-like speech, append `-Neural` to the `VoiceId` (e.g., `AWS.Polly.Joanna-Neural`). Check the [available voices](https://docs.aws.amazon.com/polly/latest/dg/available-voices.html) for compatibility.
    - **Azure:** Use `Azure.<VoiceId>. (e.g. Azure.en-CA-ClaraNeural, Azure.en-CA-LiamNeural, Azure.en-US-BrianMultilingualNeural, Azure.en-US-Ava:DragonHDLatestNeural. For a complete list of voices, go to [Azure Voice Gallery](https://speech.microsoft.com/portal/voicegallery).)
    - **ElevenLabs:** Use `ElevenLabs.<ModelId>.<VoiceId>` (e.g., `ElevenLabs.BaseModel.John`). The `ModelId` part is optional. To use ElevenLabs, you must provide your ElevenLabs API key as an integration secret under `"voice_settings": {"api_key_ref": "<secret_id>"}`. See [integration secrets documentation](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-integration-secret) for details. Check [available voices](https://elevenlabs.io/docs/api-reference/get-voices).
     - **Telnyx:** Use `Telnyx.<model_id>.<voice_id>`
    - **Inworld:** Use `Inworld.<ModelId>.<VoiceId>` (e.g., `Inworld.Mini.Loretta`, `Inworld.Max.Oliver`, `Inworld.TTS2.Loretta`). Supported models: `Mini`, `Max`, `TTS2`.
    - **Fish Audio:** Use `FishAudio.<ModelId>.<VoiceId>` (e.g., `FishAudio.s2.1-pro.<reference_id>`). Supported models: `s2.1-pro`, `s2-pro`, `s1`. `VoiceId` is a Fish Voice-Library reference ID.
    - **xAI:** Use `xAI.<VoiceId>` (e.g., `xAI.eve`). Available voices: `eve`, `ara`, `rex`, `sal`, `leo`.
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
