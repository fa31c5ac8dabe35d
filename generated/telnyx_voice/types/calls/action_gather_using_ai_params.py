"""`ActionGatherUsingAIParams`: the keyword arguments of `client.calls.actions.gather_using_ai`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.calls.actions.gather_using_ai(call_control_id, **params)` works as with `telnyx`.
"""

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from typing_extensions import Required, TypedDict

from telnyx_voice.types.models import (
    Assistant,
    AWSVoiceSettings,
    AzureVoiceSettings,
    ElevenLabsVoiceSettings,
    GatherUsingAIRequestMessageHistoryItem,
    InterruptionSettings,
    ResembleVoiceSettings,
    RimeVoiceSettings,
    TelnyxVoiceSettings,
    TranscriptionConfig,
    XAIVoiceSettings,
)
from telnyx_voice.types.params import (
    AssistantParam,
    AWSVoiceSettingsParam,
    AzureVoiceSettingsParam,
    ElevenLabsVoiceSettingsParam,
    GatherUsingAIRequestMessageHistoryItemParam,
    InterruptionSettingsParam,
    ResembleVoiceSettingsParam,
    RimeVoiceSettingsParam,
    TelnyxVoiceSettingsParam,
    TranscriptionConfigParam,
    XAIVoiceSettingsParam,
)

__all__ = ["ActionGatherUsingAIParams"]


class ActionGatherUsingAIParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.gather_using_ai(call_control_id, **params)`."""

    parameters: Required[Mapping[str, Any]]
    """The parameters described as a JSON Schema object that needs to be gathered by the voice assistant. See the [JSON Schema reference](https://json-schema.org/understanding-json-schema) for documentation about the format."""

    assistant: Assistant | AssistantParam
    """Assistant configuration including choice of LLM, custom instructions, and tools."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    gather_ended_speech: str
    """Text that will be played when the gathering has finished. There is a 3,000 character limit."""

    greeting: str
    """Text that will be played when the gathering starts, if none then nothing will be played when the gathering starts. The greeting can be text for any voice or SSML for `AWS.Polly.<voice_id>` voices. There is a 3,000 character limit."""

    interruption_settings: InterruptionSettings | InterruptionSettingsParam
    """Settings for handling user interruptions during assistant speech."""

    language: Literal[
        "af",
        "sq",
        "am",
        "ar",
        "hy",
        "az",
        "eu",
        "bn",
        "bs",
        "bg",
        "my",
        "ca",
        "yue",
        "zh",
        "hr",
        "cs",
        "da",
        "nl",
        "en",
        "et",
        "fil",
        "fi",
        "fr",
        "gl",
        "ka",
        "de",
        "el",
        "gu",
        "iw",
        "hi",
        "hu",
        "is",
        "id",
        "it",
        "ja",
        "jv",
        "kn",
        "kk",
        "km",
        "ko",
        "lo",
        "lv",
        "lt",
        "mk",
        "ms",
        "ml",
        "mr",
        "mn",
        "ne",
        "no",
        "fa",
        "pl",
        "pt",
        "pa",
        "ro",
        "ru",
        "rw",
        "sr",
        "si",
        "sk",
        "sl",
        "ss",
        "st",
        "es",
        "su",
        "sw",
        "sv",
        "ta",
        "te",
        "th",
        "tn",
        "tr",
        "ts",
        "uk",
        "ur",
        "uz",
        "ve",
        "vi",
        "xh",
        "zu",
    ]

    message_history: Sequence[
        GatherUsingAIRequestMessageHistoryItem | GatherUsingAIRequestMessageHistoryItemParam
    ]
    """The message history you want the voice assistant to be aware of, this can be useful to keep the context of the conversation, or to pass additional information to the voice assistant."""

    send_message_history_updates: bool
    """Default is `false`. If set to `true`, the voice assistant will send updates to the message history via the `call.ai_gather.message_history_updated` callback in real time as the message history is updated."""

    send_partial_results: bool
    """Default is `false`. If set to `true`, the voice assistant will send partial results via the `call.ai_gather.partial_results` callback in real time as individual fields are gathered. If set to `false`, the voice assistant will only send the final result via the `call.ai_gather.ended` callback."""

    transcription: TranscriptionConfig | TranscriptionConfigParam
    """The settings associated with speech to text for the voice assistant. This is only relevant if the assistant uses a text-to-text language model. Any assistant using a model with native audio support (e.g. `fixie-ai/ultravox-v0_4`) will ignore this field."""

    user_response_timeout_ms: int
    """The maximum time in milliseconds to wait for user response before timing out. Unit: milliseconds. Default: `10000`."""

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
        | AzureVoiceSettings
        | AzureVoiceSettingsParam
        | RimeVoiceSettings
        | RimeVoiceSettingsParam
        | ResembleVoiceSettings
        | ResembleVoiceSettingsParam
        | XAIVoiceSettings
        | XAIVoiceSettingsParam
    )
    """The settings associated with the voice selected."""
