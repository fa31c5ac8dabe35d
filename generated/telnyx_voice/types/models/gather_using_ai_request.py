"""`GatherUsingAIRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeAlias

from pydantic import Field, RootModel

from telnyx_voice._models import BaseModel, LenientEnum
from telnyx_voice.types.models.aws_voice_settings import AWSVoiceSettings
from telnyx_voice.types.models.azure_voice_settings import AzureVoiceSettings
from telnyx_voice.types.models.book_appointment_tool import BookAppointmentTool
from telnyx_voice.types.models.call_control_retrieval_tool import CallControlRetrievalTool
from telnyx_voice.types.models.check_availability_tool import CheckAvailabilityTool
from telnyx_voice.types.models.eleven_labs_voice_settings import ElevenLabsVoiceSettings
from telnyx_voice.types.models.google_transcription_language import GoogleTranscriptionLanguage
from telnyx_voice.types.models.hangup_tool import HangupTool
from telnyx_voice.types.models.interruption_settings import InterruptionSettings
from telnyx_voice.types.models.resemble_voice_settings import ResembleVoiceSettings
from telnyx_voice.types.models.rime_voice_settings import RimeVoiceSettings
from telnyx_voice.types.models.telnyx_voice_settings import TelnyxVoiceSettings
from telnyx_voice.types.models.transcription_config import TranscriptionConfig
from telnyx_voice.types.models.transfer_tool import TransferTool
from telnyx_voice.types.models.webhook_tool import WebhookTool
from telnyx_voice.types.models.xai_voice_settings import XAIVoiceSettings


class GatherUsingAIRequestMessageHistoryItemRole(LenientEnum):
    """
    The role of the message sender
    """

    ASSISTANT = "assistant"
    USER = "user"


if TYPE_CHECKING:
    GatherUsingAIRequestMessageHistoryItemRoleLike: TypeAlias = (
        GatherUsingAIRequestMessageHistoryItemRole | Literal["assistant", "user"]
    )
else:
    GatherUsingAIRequestMessageHistoryItemRoleLike = GatherUsingAIRequestMessageHistoryItemRole


class Assistant(BaseModel):
    """
    Assistant configuration including choice of LLM, custom instructions, and tools.
    """

    instructions: str | None = None
    """
    The system instructions that the voice assistant uses during the gather command
    """
    model: str = "Qwen/Qwen3-235B-A22B"
    """
    The model to be used by the voice assistant.
    """
    openai_api_key_ref: str | None = None
    """
    This is necessary only if the model selected is from OpenAI. You would pass the `identifier` for an integration secret [/v2/integration_secrets](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-integration-secret) that refers to your OpenAI API Key. Warning: Free plans are unlikely to work with this integration.
    """
    tools: (
        list[
            Annotated[
                BookAppointmentTool
                | CheckAvailabilityTool
                | WebhookTool
                | HangupTool
                | TransferTool
                | CallControlRetrievalTool,
                Field(discriminator="type"),
            ]
        ]
        | None
    ) = None
    """
    The tools that the voice assistant can use.
    """


class GatherUsingAIRequest(BaseModel):
    assistant: Assistant | None = None
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    gather_ended_speech: Annotated[str | None, Field(max_length=3000)] = None
    """
    Text that will be played when the gathering has finished. There is a 3,000 character limit.
    """
    greeting: str | None = None
    """
    Text that will be played when the gathering starts, if none then nothing will be played when the gathering starts. The greeting can be text for any voice or SSML for `AWS.Polly.<voice_id>` voices. There is a 3,000 character limit.
    """
    interruption_settings: InterruptionSettings | None = None
    language: GatherUsingAIRequestLanguage | None = None
    message_history: list[GatherUsingAIRequestMessageHistoryItem] | None = None
    """
    The message history you want the voice assistant to be aware of, this can be useful to keep the context of the conversation, or to pass additional information to the voice assistant.
    """
    parameters: dict[str, Any]
    """
    The parameters described as a JSON Schema object that needs to be gathered by the voice assistant. See the [JSON Schema reference](https://json-schema.org/understanding-json-schema) for documentation about the format
    """
    send_message_history_updates: bool | None = None
    """
    Default is `false`. If set to `true`, the voice assistant will send updates to the message history via the `call.ai_gather.message_history_updated` callback in real time as the message history is updated.
    """
    send_partial_results: bool | None = None
    """
    Default is `false`. If set to `true`, the voice assistant will send partial results via the `call.ai_gather.partial_results` callback in real time as individual fields are gathered. If set to `false`, the voice assistant will only send the final result via the `call.ai_gather.ended` callback.
    """
    transcription: TranscriptionConfig | None = None
    user_response_timeout_ms: int = 10000
    """
    The maximum time in milliseconds to wait for user response before timing out.
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


class GatherUsingAIRequestMessageHistoryItem(BaseModel):
    content: str | None = None
    """
    The content of the message
    """
    role: GatherUsingAIRequestMessageHistoryItemRoleLike | None = None


class GatherUsingAIRequestLanguage(RootModel[GoogleTranscriptionLanguage]):
    root: GoogleTranscriptionLanguage
