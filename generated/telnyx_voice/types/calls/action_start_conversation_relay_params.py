"""`ActionStartConversationRelayParams`: the keyword arguments of `client.calls.actions.start_conversation_relay`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.calls.actions.start_conversation_relay(call_control_id, **params)` works as with `telnyx`.
"""

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from typing_extensions import TypedDict

from telnyx_voice.types.models import (
    AWSVoiceSettings,
    AzureVoiceSettings,
    ConversationRelayAssistant,
    ConversationRelayInterruptionSettings,
    ConversationRelayLanguage,
    ConversationRelaySettings,
    ElevenLabsVoiceSettings,
    InworldVoiceSettings,
    MinimaxVoiceSettings,
    ResembleVoiceSettings,
    RimeVoiceSettings,
    TelnyxVoiceSettings,
    XAIVoiceSettings,
)
from telnyx_voice.types.params import (
    AWSVoiceSettingsParam,
    AzureVoiceSettingsParam,
    ConversationRelayAssistantParam,
    ConversationRelayInterruptionSettingsParam,
    ConversationRelayLanguageParam,
    ConversationRelaySettingsParam,
    ElevenLabsVoiceSettingsParam,
    InworldVoiceSettingsParam,
    MinimaxVoiceSettingsParam,
    ResembleVoiceSettingsParam,
    RimeVoiceSettingsParam,
    TelnyxVoiceSettingsParam,
    XAIVoiceSettingsParam,
)

__all__ = ["ActionStartConversationRelayParams"]


class ActionStartConversationRelayParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.start_conversation_relay(call_control_id, **params)`."""

    assistant: ConversationRelayAssistant | ConversationRelayAssistantParam
    """Custom parameters for the Conversation Relay session. Pass key-value data as `assistant.dynamic_variables` to make it available to the relay session."""

    client_state: str
    """Use this field to add state to subsequent webhooks. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    conversation_relay_dtmf_detection: bool
    """Enable DTMF detection for the relay session. Default: `false`."""

    conversation_relay_settings: ConversationRelaySettings | ConversationRelaySettingsParam
    """Conversation Relay connection settings. This object can provide `url`, `dtmf_detection`, `interruptible`, `interruptible_greeting`, and `languages`. Top-level aliases override nested values when both are present."""

    conversation_relay_url: str
    """WebSocket URL for your Conversation Relay server. Must start with `ws://` or `wss://`."""

    custom_parameters: Mapping[str, Any]
    """Custom key-value parameters forwarded to the relay session as `assistant.dynamic_variables`. If `assistant.dynamic_variables` is also present, these values are merged in."""

    dtmf_detection: bool
    """Public alias for `conversation_relay_dtmf_detection`. If both are present, this value wins. Default: `false`."""

    greeting: str
    """Text played when the relay session starts."""

    interruptible: Literal["none", "any", "speech", "dtmf"]
    """Controls when caller input can interrupt assistant speech. `any` allows speech or DTMF interruptions; `none` disables interruptions; `speech` allows speech only; `dtmf` allows DTMF only. Allowed values: `"none"`, `"any"`, `"speech"`, `"dtmf"`. Default: `"any"`."""

    interruptible_greeting: Literal["none", "any", "speech", "dtmf"]
    """Controls when caller input can interrupt assistant speech. `any` allows speech or DTMF interruptions; `none` disables interruptions; `speech` allows speech only; `dtmf` allows DTMF only. Allowed values: `"none"`, `"any"`, `"speech"`, `"dtmf"`. Default: `"any"`."""

    interruption_settings: (
        ConversationRelayInterruptionSettings | ConversationRelayInterruptionSettingsParam
    )
    """Settings for handling caller interruptions during Conversation Relay speech."""

    language: str
    """Default language for the relay session. This value is used for both text-to-speech and speech recognition. Default: `"en"`."""

    languages: Sequence[ConversationRelayLanguage | ConversationRelayLanguageParam]
    """Per-language TTS and transcription settings."""

    provider: str
    """Structured voice provider. Must be supplied together with `structured_provider`."""

    structured_provider: Mapping[str, Any]
    """Provider-specific structured voice settings. Must be supplied together with `provider`; Telnyx sends the value as the nested provider configuration for Conversation Relay."""

    transcription: Mapping[str, Any]
    """Not supported for Conversation Relay start requests. Use `transcription_engine` and `transcription_engine_config` instead."""

    transcription_engine: Literal[
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
    """Engine to use for speech recognition. Legacy values `A` - `Google`, `B` - `Telnyx` are supported for backward compatibility. For Conversation Relay, use this field with `transcription_engine_config`; the `transcription` object is not supported. Allowed values: `"Google"`, `"Telnyx"`, `"Deepgram"`, `"Azure"`, `"xAI"`, `"AssemblyAI"`, `"Speechmatics"`, `"Soniox"`, `"A"`, `"B"`. Default: `"Google"`."""

    transcription_engine_config: Mapping[str, Any]
    """Engine-specific transcription settings for Conversation Relay. This accepts the same provider-specific options used by the Call Transcription Start command, such as `transcription_model`, without requiring the engine discriminator to be repeated inside this object."""

    tts_provider: str
    """Text-to-speech provider. If omitted, Telnyx derives it from `voice` or `provider`."""

    url: str
    """Public alias for `conversation_relay_url`. Must start with `ws://` or `wss://`. If both are present, this value wins."""

    voice: str
    """The voice to be used by the voice assistant. Currently we support ElevenLabs, Telnyx and AWS voices.

 **Supported Providers:**
- **AWS:** Use `AWS.Polly.<VoiceId>` (e.g., `AWS.Polly.Joanna`). For neural voices, which provide more realistic, human-like speech, append `-Neural` to the `VoiceId` (e.g., `AWS.Polly.Joanna-Neural`). Check the [available voices](https://docs.aws.amazon.com/polly/latest/dg/available-voices.html) for compatibility.
- **Azure:** Use `Azure.<VoiceId>. (e.g. Azure.en-CA-ClaraNeural, Azure.en-CA-LiamNeural, Azure.en-US-BrianMultilingualNeural, Azure.en-US-Ava:DragonHDLatestNeural. For a complete list of voices, go to [Azure Voice Gallery](https://speech.microsoft.com/portal/voicegallery).)
- **ElevenLabs:** Use `ElevenLabs.<ModelId>.<VoiceId>` (e.g., `ElevenLabs.BaseModel.John`). The `ModelId` part is optional. To use ElevenLabs, you must provide your ElevenLabs API key as an integration secret under `"voice_settings": {"api_key_ref": "<secret_id>"}`. See [integration secrets documentation](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-integration-secret) for details. Check [available voices](https://elevenlabs.io/docs/api-reference/get-voices).
 - **Telnyx:** Use `Telnyx.<model_id>.<voice_id>`
- **Inworld:** Use `Inworld.<ModelId>.<VoiceId>` (e.g., `Inworld.Mini.Loretta`, `Inworld.Max.Oliver`, `Inworld.TTS2.Loretta`). Supported models: `Mini`, `Max`, `TTS2`.
- **Fish Audio:** Use `FishAudio.<ModelId>.<VoiceId>` (e.g., `FishAudio.s2.1-pro.<reference_id>`). Supported models: `s2.1-pro`, `s2-pro`, `s1`. `VoiceId` is a Fish Voice-Library reference ID.
- **xAI:** Use `xAI.<VoiceId>` (e.g., `xAI.eve`). Available voices: `eve`, `ara`, `rex`, `sal`, `leo`. Default: `"Telnyx.KokoroTTS.af"`."""

    voice_settings: (
        ElevenLabsVoiceSettings
        | ElevenLabsVoiceSettingsParam
        | TelnyxVoiceSettings
        | TelnyxVoiceSettingsParam
        | AWSVoiceSettings
        | AWSVoiceSettingsParam
        | MinimaxVoiceSettings
        | MinimaxVoiceSettingsParam
        | AzureVoiceSettings
        | AzureVoiceSettingsParam
        | RimeVoiceSettings
        | RimeVoiceSettingsParam
        | ResembleVoiceSettings
        | ResembleVoiceSettingsParam
        | InworldVoiceSettings
        | InworldVoiceSettingsParam
        | XAIVoiceSettings
        | XAIVoiceSettingsParam
    )
    """The settings associated with the voice selected."""
