"""`ActionStartAIAssistantParams`: the keyword arguments of `client.calls.actions.start_ai_assistant`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.calls.actions.start_ai_assistant(call_control_id, **params)` works as with `telnyx`.
"""

from collections.abc import Sequence

from typing_extensions import TypedDict

from telnyx_voice.types.models import (
    AIAssistantJoinParticipant,
    AssistantMessage,
    AWSVoiceSettings,
    AzureVoiceSettings,
    CallAssistantRequest,
    DeveloperMessage,
    ElevenLabsVoiceSettings,
    InterruptionSettings,
    ResembleVoiceSettings,
    RimeVoiceSettings,
    SystemMessage,
    TelnyxVoiceSettings,
    ToolMessage,
    TranscriptionConfig,
    UserMessage,
    XAIVoiceSettings,
)
from telnyx_voice.types.params import (
    AIAssistantJoinParticipantParam,
    AssistantMessageParam,
    AWSVoiceSettingsParam,
    AzureVoiceSettingsParam,
    CallAssistantRequestParam,
    DeveloperMessageParam,
    ElevenLabsVoiceSettingsParam,
    InterruptionSettingsParam,
    ResembleVoiceSettingsParam,
    RimeVoiceSettingsParam,
    SystemMessageParam,
    TelnyxVoiceSettingsParam,
    ToolMessageParam,
    TranscriptionConfigParam,
    UserMessageParam,
    XAIVoiceSettingsParam,
)

__all__ = ["ActionStartAIAssistantParams"]


class ActionStartAIAssistantParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.start_ai_assistant(call_control_id, **params)`."""

    assistant: CallAssistantRequest | CallAssistantRequestParam
    """AI Assistant configuration. All fields except `id` are optional — the assistant's stored configuration will be used as fallback for any omitted fields."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    greeting: str
    """Text that will be played when the assistant starts, if none then nothing will be played when the assistant starts. The greeting can be text for any voice or SSML for `AWS.Polly.<voice_id>` voices. There is a 3,000 character limit."""

    interruption_settings: InterruptionSettings | InterruptionSettingsParam
    """Settings for handling user interruptions during assistant speech."""

    message_history: Sequence[
        UserMessage
        | UserMessageParam
        | AssistantMessage
        | AssistantMessageParam
        | ToolMessage
        | ToolMessageParam
        | SystemMessage
        | SystemMessageParam
        | DeveloperMessage
        | DeveloperMessageParam
    ]
    """A list of messages to seed the conversation history before the assistant starts. Follows the same message format as the `ai_assistant_add_messages` command. Default: `[]`."""

    participants: Sequence[AIAssistantJoinParticipant | AIAssistantJoinParticipantParam]
    """A list of participants to add to the conversation when it starts. Default: `[]`."""

    send_message_history_updates: bool
    """When `true`, a webhook is sent each time the conversation message history is updated. Default: `false`."""

    transcription: TranscriptionConfig | TranscriptionConfigParam
    """The settings associated with speech to text for the voice assistant. This is only relevant if the assistant uses a text-to-text language model. Any assistant using a model with native audio support (e.g. `fixie-ai/ultravox-v0_4`) will ignore this field."""

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
