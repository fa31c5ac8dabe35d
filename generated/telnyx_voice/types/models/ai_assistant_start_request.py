"""`AIAssistantStartRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from telnyx_voice._models import BaseModel
from telnyx_voice.types.models.ai_assistant_join_participant import AIAssistantJoinParticipant
from telnyx_voice.types.models.assistant_message import AssistantMessage
from telnyx_voice.types.models.aws_voice_settings import AWSVoiceSettings
from telnyx_voice.types.models.azure_voice_settings import AzureVoiceSettings
from telnyx_voice.types.models.call_assistant_request import CallAssistantRequest
from telnyx_voice.types.models.developer_message import DeveloperMessage
from telnyx_voice.types.models.eleven_labs_voice_settings import ElevenLabsVoiceSettings
from telnyx_voice.types.models.interruption_settings import InterruptionSettings
from telnyx_voice.types.models.resemble_voice_settings import ResembleVoiceSettings
from telnyx_voice.types.models.rime_voice_settings import RimeVoiceSettings
from telnyx_voice.types.models.system_message import SystemMessage
from telnyx_voice.types.models.telnyx_voice_settings import TelnyxVoiceSettings
from telnyx_voice.types.models.tool_message import ToolMessage
from telnyx_voice.types.models.transcription_config import TranscriptionConfig
from telnyx_voice.types.models.user_message import UserMessage
from telnyx_voice.types.models.xai_voice_settings import XAIVoiceSettings


class AIAssistantStartRequest(BaseModel):
    assistant: CallAssistantRequest | None = None
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    greeting: str | None = None
    """
    Text that will be played when the assistant starts, if none then nothing will be played when the assistant starts. The greeting can be text for any voice or SSML for `AWS.Polly.<voice_id>` voices. There is a 3,000 character limit.
    """
    interruption_settings: InterruptionSettings | None = None
    message_history: Annotated[
        list[
            Annotated[
                UserMessage | AssistantMessage | ToolMessage | SystemMessage | DeveloperMessage,
                Field(discriminator="role"),
            ]
        ],
        Field(validate_default=True),
    ] = []
    """
    A list of messages to seed the conversation history before the assistant starts. Follows the same message format as the `ai_assistant_add_messages` command.
    """
    participants: Annotated[list[AIAssistantJoinParticipant], Field(validate_default=True)] = []
    """
    A list of participants to add to the conversation when it starts.
    """
    send_message_history_updates: bool = False
    """
    When `true`, a webhook is sent each time the conversation message history is updated.
    """
    transcription: TranscriptionConfig | None = None
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
        | AzureVoiceSettings
        | RimeVoiceSettings
        | ResembleVoiceSettings
        | XAIVoiceSettings
        | None,
        Field(discriminator="type"),
    ] = None
    """
    The settings associated with the voice selected
    """
