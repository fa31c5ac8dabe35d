"""The official SDK's `...Params` TypedDicts of `telnyx_voice.types.calls`.

Each holds the keyword arguments of one method (`total=False`; required ones are
`Required[...]`), so `client.<method>(<positional>, **params)` works as with `telnyx`.
"""

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from typing_extensions import Required, TypedDict

from telnyx_voice.types.models import (
    AIAssistantJoinParticipant,
    AnswerRequestDeepfakeDetection,
    AnswerRequestWebhookRetriesPoliciesValue,
    Assistant,
    AssistantMessage,
    AWSVoiceSettings,
    AzureVoiceSettings,
    CallAssistantRequest,
    ConversationRelayAssistant,
    ConversationRelayEmbeddedConfig,
    ConversationRelayInterruptionSettings,
    ConversationRelayLanguage,
    ConversationRelaySettings,
    CustomSipHeader,
    DeepgramNova2Config,
    DeepgramNova3Config,
    DeveloperMessage,
    DialogflowConfig,
    ElevenLabsVoiceSettings,
    GatherUsingAIRequestMessageHistoryItem,
    InterruptionSettings,
    InworldVoiceSettings,
    MinimaxVoiceSettings,
    NoiseSuppressionEngineConfig,
    ResembleVoiceSettings,
    RimeVoiceSettings,
    SipHeader,
    SoundModifications,
    StartStreamingRequestCustomParametersItem,
    SystemMessage,
    TelnyxVoiceSettings,
    ToolMessage,
    TranscriptionConfig,
    TranscriptionEngineAConfig,
    TranscriptionEngineAssemblyaiConfig,
    TranscriptionEngineAzureConfig,
    TranscriptionEngineBConfig,
    TranscriptionEngineGoogleConfig,
    TranscriptionEngineParakeetConfig,
    TranscriptionEngineSonioxConfig,
    TranscriptionEngineSpeechmaticsConfig,
    TranscriptionEngineTelnyxConfig,
    TranscriptionEngineXaiConfig,
    TranscriptionStartRequest,
    TransferCallRequestAnsweringMachineDetectionConfig,
    TransferCallRequestWebhookRetriesPoliciesValue,
    UserMessage,
    XAIVoiceSettings,
)
from telnyx_voice.types.params import (
    AIAssistantJoinParticipantParam,
    AnswerRequestDeepfakeDetectionParam,
    AnswerRequestWebhookRetriesPoliciesValueParam,
    AssistantMessageParam,
    AssistantParam,
    AWSVoiceSettingsParam,
    AzureVoiceSettingsParam,
    CallAssistantRequestParam,
    ConversationRelayAssistantParam,
    ConversationRelayEmbeddedConfigParam,
    ConversationRelayInterruptionSettingsParam,
    ConversationRelayLanguageParam,
    ConversationRelaySettingsParam,
    CustomSipHeaderParam,
    DeepgramNova2ConfigParam,
    DeepgramNova3ConfigParam,
    DeveloperMessageParam,
    DialogflowConfigParam,
    ElevenLabsVoiceSettingsParam,
    GatherUsingAIRequestMessageHistoryItemParam,
    InterruptionSettingsParam,
    InworldVoiceSettingsParam,
    MinimaxVoiceSettingsParam,
    NoiseSuppressionEngineConfigParam,
    ResembleVoiceSettingsParam,
    RimeVoiceSettingsParam,
    SipHeaderParam,
    SoundModificationsParam,
    StartStreamingRequestCustomParametersItemParam,
    SystemMessageParam,
    TelnyxVoiceSettingsParam,
    ToolMessageParam,
    TranscriptionConfigParam,
    TranscriptionEngineAConfigParam,
    TranscriptionEngineAssemblyaiConfigParam,
    TranscriptionEngineAzureConfigParam,
    TranscriptionEngineBConfigParam,
    TranscriptionEngineGoogleConfigParam,
    TranscriptionEngineParakeetConfigParam,
    TranscriptionEngineSonioxConfigParam,
    TranscriptionEngineSpeechmaticsConfigParam,
    TranscriptionEngineTelnyxConfigParam,
    TranscriptionEngineXaiConfigParam,
    TranscriptionStartRequestParam,
    TransferCallRequestAnsweringMachineDetectionConfigParam,
    TransferCallRequestWebhookRetriesPoliciesValueParam,
    UserMessageParam,
    XAIVoiceSettingsParam,
)

__all__ = [
    "ActionAddAIAssistantMessagesParams",
    "ActionAnswerParams",
    "ActionBridgeParams",
    "ActionEnqueueParams",
    "ActionGatherParams",
    "ActionGatherUsingAIParams",
    "ActionGatherUsingAudioParams",
    "ActionGatherUsingSpeakParams",
    "ActionHangupParams",
    "ActionJoinAIAssistantParams",
    "ActionLeaveQueueParams",
    "ActionPauseRecordingParams",
    "ActionReferParams",
    "ActionRejectParams",
    "ActionResumeRecordingParams",
    "ActionSendDtmfParams",
    "ActionSendSipInfoParams",
    "ActionSpeakParams",
    "ActionStartAIAssistantParams",
    "ActionStartConversationRelayParams",
    "ActionStartForkingParams",
    "ActionStartNoiseSuppressionParams",
    "ActionStartPlaybackParams",
    "ActionStartRecordingParams",
    "ActionStartSiprecParams",
    "ActionStartStreamingParams",
    "ActionStartTranscriptionParams",
    "ActionStopAIAssistantParams",
    "ActionStopConversationRelayParams",
    "ActionStopForkingParams",
    "ActionStopGatherParams",
    "ActionStopNoiseSuppressionParams",
    "ActionStopPlaybackParams",
    "ActionStopRecordingParams",
    "ActionStopSiprecParams",
    "ActionStopStreamingParams",
    "ActionStopTranscriptionParams",
    "ActionSwitchSupervisorRoleParams",
    "ActionTransferParams",
    "ActionUpdateClientStateParams",
]


class ActionAddAIAssistantMessagesParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.add_ai_assistant_messages(call_control_id, **params)`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    messages: Sequence[
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
    """The messages to add to the conversation."""


class ActionAnswerParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.answer(call_control_id, **params)`."""

    assistant: CallAssistantRequest | CallAssistantRequestParam
    """AI Assistant configuration. All fields except `id` are optional — the assistant's stored configuration will be used as fallback for any omitted fields."""

    billing_group_id: str
    """Use this field to set the Billing Group ID for the call. Must be a valid and existing Billing Group ID."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    conversation_relay_config: (
        ConversationRelayEmbeddedConfig | ConversationRelayEmbeddedConfigParam
    )
    """Starts a Conversation Relay session automatically when the answered/dialed call is answered. This embedded shape is supported on `answer` and `dial`. It uses public field names (`url`, `dtmf_detection`, `greeting`, `voice`, `language`, etc.) and maps them to the underlying Conversation Relay action. `client_state`, `tts_language`, and `transcription_language` inside this object are ignored; use the parent command's `client_state` and `command_id` fields instead."""

    custom_headers: Sequence[CustomSipHeader | CustomSipHeaderParam]
    """Custom headers to be added to the SIP INVITE response."""

    deepfake_detection: AnswerRequestDeepfakeDetection | AnswerRequestDeepfakeDetectionParam
    """Enables deepfake detection on the call. When enabled, audio from the remote party is streamed to a detection service that analyzes whether the voice is AI-generated. Results are delivered via the `call.deepfake_detection.result` webhook."""

    preferred_codecs: Literal["G722,PCMU,PCMA,G729,OPUS,VP8,H264"]
    """The list of comma-separated codecs in a preferred order for the forked media to be received."""

    record: Literal["record-from-answer"]
    """Start recording automatically after an event. Disabled by default."""

    record_channels: Literal["single", "dual"]
    """Defines which channel should be recorded ('single' or 'dual') when `record` is specified. Allowed values: `"single"`, `"dual"`. Default: `"dual"`."""

    record_custom_file_name: str
    """The custom recording file name to be used instead of the default `call_leg_id`. Telnyx will still add a Unix timestamp suffix."""

    record_format: Literal["wav", "mp3"]
    """Defines the format of the recording ('wav' or 'mp3') when `record` is specified. Allowed values: `"wav"`, `"mp3"`. Default: `"mp3"`."""

    record_max_length: int
    """Defines the maximum length for the recording in seconds when `record` is specified. The minimum value is 0. The maximum value is 43200. The default value is 0 (infinite). Default: `0`."""

    record_timeout_secs: int
    """The number of seconds that Telnyx will wait for the recording to be stopped if silence is detected when `record` is specified. The timer only starts when the speech is detected. Please note that call transcription is used to detect silence and the related charge will be applied. The minimum value is 0. The default value is 0 (infinite). Unit: seconds. Default: `0`."""

    record_track: Literal["both", "inbound", "outbound"]
    """The audio track to be recorded. Can be either `both`, `inbound` or `outbound`. If only single track is specified (`inbound`, `outbound`), `channels` configuration is ignored and it will be recorded as mono (single channel). Allowed values: `"both"`, `"inbound"`, `"outbound"`. Default: `"both"`."""

    record_trim: Literal["trim-silence"]
    """When set to `trim-silence`, silence will be removed from the beginning and end of the recording."""

    send_silence_when_idle: bool
    """Generate silence RTP packets when no transmission available. Default: `false`."""

    sip_headers: Sequence[SipHeader | SipHeaderParam]
    """SIP headers to be added to the SIP INVITE response. Currently only User-to-User header is supported."""

    sound_modifications: SoundModifications | SoundModificationsParam
    """Use this field to modify sound effects, for example adjust the pitch."""

    stream_bidirectional_codec: Literal["PCMU", "PCMA", "G722", "OPUS", "AMR-WB", "L16"]
    """Indicates codec for bidirectional streaming RTP payloads. Used only with stream_bidirectional_mode=rtp. Case sensitive. Allowed values: `"PCMU"`, `"PCMA"`, `"G722"`, `"OPUS"`, `"AMR-WB"`, `"L16"`. Default: `"PCMU"`."""

    stream_bidirectional_mode: Literal["mp3", "rtp"]
    """Configures method of bidirectional streaming (mp3, rtp). Allowed values: `"mp3"`, `"rtp"`. Default: `"mp3"`."""

    stream_bidirectional_target_legs: Literal["both", "self", "opposite"]
    """Specifies which call legs should receive the bidirectional stream audio. Allowed values: `"both"`, `"self"`, `"opposite"`. Default: `"opposite"`."""

    stream_codec: Literal["PCMU", "PCMA", "G722", "OPUS", "AMR-WB", "L16", "default"]
    """Specifies the codec to be used for the streamed audio. When set to 'default' or when transcoding is not possible, the codec from the call will be used. Allowed values: `"PCMU"`, `"PCMA"`, `"G722"`, `"OPUS"`, `"AMR-WB"`, `"L16"`, `"default"`. Default: `"default"`."""

    stream_track: Literal["inbound_track", "outbound_track", "both_tracks"]
    """Specifies which track should be streamed. Allowed values: `"inbound_track"`, `"outbound_track"`, `"both_tracks"`. Default: `"inbound_track"`."""

    stream_url: str
    """The destination WebSocket address where the stream is going to be delivered."""

    transcription: bool
    """Enable transcription upon call answer. The default value is false. Default: `false`."""

    transcription_config: TranscriptionStartRequest | TranscriptionStartRequestParam
    """Transcription start request."""

    webhook_retries_policies: Mapping[
        str,
        AnswerRequestWebhookRetriesPoliciesValue | AnswerRequestWebhookRetriesPoliciesValueParam,
    ]
    """A map of event types to retry policies. Each retry policy contains an array of `retries_ms` specifying the delays between retry attempts in milliseconds. Maximum 5 retries, total delay cannot exceed 60 seconds."""

    webhook_url: str
    """Use this field to override the URL for which Telnyx will send subsequent webhooks to for this call."""

    webhook_url_method: Literal["POST", "GET"]
    """HTTP request type used for `webhook_url`. Allowed values: `"POST"`, `"GET"`. Default: `"POST"`."""

    webhook_urls: Mapping[str, str]
    """A map of event types to webhook URLs. When an event of the specified type occurs, the webhook URL associated with that event type will be called instead of `webhook_url`. Events not mapped here will use the default `webhook_url`."""

    webhook_urls_method: Literal["POST", "GET"]
    """HTTP request method to invoke `webhook_urls`. Allowed values: `"POST"`, `"GET"`. Default: `"POST"`."""


class ActionBridgeParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.bridge(call_control_id_to_bridge, **params)`."""

    call_control_id_to_bridge_with: Required[str]
    """The Call Control ID of the call you want to bridge with, can't be used together with queue parameter or video_room_id parameter."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    hold_after_unbridge: bool
    """Specifies behavior after the bridge ends. If set to `true`, the current leg will be put on hold after unbridge instead of being hung up."""

    mute_dtmf: Literal["none", "both", "self", "opposite"]
    """When enabled, DTMF tones are not passed to the call participant. The webhooks containing the DTMF information will be sent. Allowed values: `"none"`, `"both"`, `"self"`, `"opposite"`. Default: `"none"`."""

    park_after_unbridge: str
    """Specifies behavior after the bridge ends (i.e. the opposite leg either hangs up or is transferred). If supplied with the value `self`, the current leg will be parked after unbridge. If not set, the default behavior is to hang up the leg."""

    play_ringtone: bool
    """Specifies whether to play a ringtone if the call you want to bridge with has not yet been answered. Default: `false`."""

    prevent_double_bridge: bool
    """When set to `true`, it prevents bridging if the target call is already bridged to another call. Disabled by default. Default: `false`."""

    queue: str
    """The name of the queue you want to bridge with, can't be used together with call_control_id parameter or video_room_id parameter. Bridging with a queue means bridging with the first call in the queue. The call will always be removed from the queue regardless of whether bridging succeeds. Returns an error when the queue is empty."""

    record: Literal["record-from-answer"]
    """Start recording automatically after an event. Disabled by default."""

    record_channels: Literal["single", "dual"]
    """Defines which channel should be recorded ('single' or 'dual') when `record` is specified. Allowed values: `"single"`, `"dual"`. Default: `"dual"`."""

    record_custom_file_name: str
    """The custom recording file name to be used instead of the default `call_leg_id`. Telnyx will still add a Unix timestamp suffix."""

    record_format: Literal["wav", "mp3"]
    """Defines the format of the recording ('wav' or 'mp3') when `record` is specified. Allowed values: `"wav"`, `"mp3"`. Default: `"mp3"`."""

    record_max_length: int
    """Defines the maximum length for the recording in seconds when `record` is specified. The minimum value is 0. The maximum value is 43200. The default value is 0 (infinite). Default: `0`."""

    record_timeout_secs: int
    """The number of seconds that Telnyx will wait for the recording to be stopped if silence is detected when `record` is specified. The timer only starts when the speech is detected. Please note that call transcription is used to detect silence and the related charge will be applied. The minimum value is 0. The default value is 0 (infinite). Unit: seconds. Default: `0`."""

    record_track: Literal["both", "inbound", "outbound"]
    """The audio track to be recorded. Can be either `both`, `inbound` or `outbound`. If only single track is specified (`inbound`, `outbound`), `channels` configuration is ignored and it will be recorded as mono (single channel). Allowed values: `"both"`, `"inbound"`, `"outbound"`. Default: `"both"`."""

    record_trim: Literal["trim-silence"]
    """When set to `trim-silence`, silence will be removed from the beginning and end of the recording."""

    ringtone: Literal[
        "at",
        "au",
        "be",
        "bg",
        "br",
        "ch",
        "cl",
        "cn",
        "cz",
        "de",
        "dk",
        "ee",
        "es",
        "fi",
        "fr",
        "gr",
        "hu",
        "il",
        "in",
        "it",
        "jp",
        "lt",
        "mx",
        "my",
        "nl",
        "no",
        "nz",
        "ph",
        "pl",
        "pt",
        "ru",
        "se",
        "sg",
        "th",
        "tw",
        "uk",
        "us-old",
        "us",
        "ve",
        "za",
    ]
    """Specifies which country ringtone to play when `play_ringtone` is set to `true`. If not set, the US ringtone will be played. Allowed values: `"at"`, `"au"`, `"be"`, `"bg"`, `"br"`, `"ch"`, `"cl"`, `"cn"`, `"cz"`, `"de"`, `"dk"`, `"ee"`, `"es"`, `"fi"`, `"fr"`, `"gr"`, `"hu"`, `"il"`, `"in"`, `"it"`, `"jp"`, `"lt"`, `"mx"`, `"my"`, `"nl"`, `"no"`, `"nz"`, `"ph"`, `"pl"`, `"pt"`, `"ru"`, `"se"`, `"sg"`, `"th"`, `"tw"`, `"uk"`, `"us-old"`, `"us"`, `"ve"`, `"za"`. Default: `"us"`."""

    video_room_context: str
    """The additional parameter that will be passed to the video conference. It is a text field and the user can decide how to use it. For example, you can set the participant name or pass JSON text. It can be used only with video_room_id parameter."""

    video_room_id: str
    """The ID of the video room you want to bridge with, can't be used together with call_control_id parameter or queue parameter."""


class ActionEnqueueParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.enqueue(call_control_id, **params)`."""

    queue_name: Required[str]
    """The name of the queue the call should be put in. If a queue with a given name doesn't exist yet it will be created."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    keep_after_hangup: bool
    """If set to true, the call will remain in the queue after hangup. In this case bridging to such call will fail with necessary information needed to re-establish the call. Default: `false`."""

    max_size: int
    """The maximum number of calls allowed in the queue at a given time. Can't be modified for an existing queue. Default: `100`."""

    max_wait_time_secs: int
    """The number of seconds after which the call will be removed from the queue. Unit: seconds."""


class ActionGatherParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.gather(call_control_id, **params)`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    gather_id: str
    """An id that will be sent back in the corresponding `call.gather.ended` webhook. Will be randomly generated if not specified."""

    initial_timeout_millis: int
    """The number of milliseconds to wait for the first DTMF. Unit: milliseconds. Default: `5000`."""

    inter_digit_timeout_millis: int
    """The number of milliseconds to wait for input between digits. Unit: milliseconds. Default: `5000`."""

    maximum_digits: int
    """The maximum number of digits to fetch. This parameter has a maximum value of 128. Default: `128`."""

    minimum_digits: int
    """The minimum number of digits to fetch. This parameter has a minimum value of 1. Default: `1`."""

    terminating_digit: str
    """The digit used to terminate input if fewer than `maximum_digits` digits have been gathered. Default: `"#"`."""

    timeout_millis: int
    """The number of milliseconds to wait to complete the request. Unit: milliseconds. Default: `60000`."""

    valid_digits: str
    """A list of all digits accepted as valid. Default: `"0123456789#*"`."""


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


class ActionGatherUsingAudioParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.gather_using_audio(call_control_id, **params)`."""

    audio_url: str
    """The URL of a file to be played back at the beginning of each prompt. The URL can point to either a WAV or MP3 file. media_name and audio_url cannot be used together in one request."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    inter_digit_timeout_millis: int
    """The number of milliseconds to wait for input between digits. Unit: milliseconds. Default: `5000`."""

    invalid_audio_url: str
    """The URL of a file to play when digits don't match the `valid_digits` parameter or the number of digits is not between `min` and `max`. The URL can point to either a WAV or MP3 file. invalid_media_name and invalid_audio_url cannot be used together in one request."""

    invalid_media_name: str
    """The media_name of a file to be played back when digits don't match the `valid_digits` parameter or the number of digits is not between `min` and `max`. The media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization. The file must either be a WAV or MP3 file."""

    maximum_digits: int
    """The maximum number of digits to fetch. This parameter has a maximum value of 128. Default: `128`."""

    maximum_tries: int
    """The maximum number of times the file should be played if there is no input from the user on the call. Default: `3`."""

    media_name: str
    """The media_name of a file to be played back at the beginning of each prompt. The media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization. The file must either be a WAV or MP3 file."""

    minimum_digits: int
    """The minimum number of digits to fetch. This parameter has a minimum value of 1. Default: `1`."""

    terminating_digit: str
    """The digit used to terminate input if fewer than `maximum_digits` digits have been gathered. Default: `"#"`."""

    timeout_millis: int
    """The number of milliseconds to wait for a DTMF response after file playback ends before a replaying the sound file. Unit: milliseconds. Default: `60000`."""

    valid_digits: str
    """A list of all digits accepted as valid. Default: `"0123456789#*"`."""


class ActionGatherUsingSpeakParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.gather_using_speak(call_control_id, **params)`."""

    payload: Required[str]
    """The text or SSML to be converted into speech. There is a 3,000 character limit."""

    voice: Required[str]
    """Specifies the voice used in speech synthesis.

- Define voices using the format `<Provider>.<Model>.<VoiceId>`. Specifying only the provider will give default values for voice_id and model_id.

 **Supported Providers:**
- **AWS:** Use `AWS.Polly.<VoiceId>` (e.g., `AWS.Polly.Joanna`). For neural voices, which provide more realistic, human-like speech, append `-Neural` to the `VoiceId` (e.g., `AWS.Polly.Joanna-Neural`). Check the [available voices](https://docs.aws.amazon.com/polly/latest/dg/available-voices.html) for compatibility.
- **Azure:** Use `Azure.<VoiceId>` (e.g., `Azure.en-CA-ClaraNeural`, `Azure.en-US-BrianMultilingualNeural`, `Azure.en-US-Ava:DragonHDLatestNeural`). For a complete list of voices, go to [Azure Voice Gallery](https://speech.microsoft.com/portal/voicegallery). Use `voice_settings` to configure custom deployments, regions, or API keys.
- **ElevenLabs:** Use `ElevenLabs.<ModelId>.<VoiceId>` (e.g., `ElevenLabs.eleven_multilingual_v2.21m00Tcm4TlvDq8ikWAM`). The `ModelId` part is optional. To use ElevenLabs, you must provide your ElevenLabs API key as an integration identifier secret in `"voice_settings": {"api_key_ref": "<secret_identifier>"}`. See [integration secrets documentation](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-integration-secret) for details. Check [available voices](https://elevenlabs.io/docs/api-reference/get-voices).
- **Telnyx:** Use `Telnyx.<model_id>.<voice_id>` (e.g., `Telnyx.KokoroTTS.af`). Use `voice_settings` to configure voice_speed and other synthesis parameters. `Bayan` provides Arabic (multiple dialects) and English voices (e.g., `Telnyx.Bayan.Ahmed`, `Telnyx.Bayan.Amanda`). `Sukhan` provides Urdu voices (e.g., `Telnyx.Sukhan.urdu-professor`); `voice_speed` is not supported.
- **Minimax:** Use `Minimax.<ModelId>.<VoiceId>` (e.g., `Minimax.speech-02-hd.Wise_Woman`). Supported models: `speech-02-turbo`, `speech-02-hd`, `speech-2.6-turbo`, `speech-2.8-turbo`. Use `voice_settings` to configure speed, volume, pitch, and language_boost.
- **Rime:** Use `Rime.<model_id>.<voice_id>` (e.g., `Rime.Arcana.cove`). Supported model_ids: `Arcana`, `Mist`, `ArcanaV3`, `Coda`. Use `voice_settings` to configure voice_speed.
- **Resemble:** Use `Resemble.Turbo.<voice_id>` (e.g., `Resemble.Turbo.my_voice`). Only `Turbo` model is supported. Use `voice_settings` to configure precision, sample_rate, and format.
- **Inworld:** Use `Inworld.<ModelId>.<VoiceId>` (e.g., `Inworld.Mini.Loretta`, `Inworld.Max.Oliver`, `Inworld.TTS2.Loretta`). Supported models: `Mini`, `Max`, `TTS2`. Use `voice_settings` to configure `delivery_mode` (`STABLE`, `BALANCED`, `CREATIVE`), supported by `TTS2` only.
- **Fish Audio:** Use `FishAudio.<ModelId>.<VoiceId>` (e.g., `FishAudio.s2.1-pro.<reference_id>`). Supported models: `s2.1-pro`, `s2-pro`, `s1`. `VoiceId` is a Fish Voice-Library reference ID.
- **xAI:** Use `xAI.<VoiceId>` (e.g., `xAI.eve`). Available voices: `eve`, `ara`, `rex`, `sal`, `leo`.

For service_level basic, you may define the gender of the speaker (male or female)."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    inter_digit_timeout_millis: int
    """The number of milliseconds to wait for input between digits. Unit: milliseconds. Default: `5000`."""

    invalid_payload: str
    """The text or SSML to be converted into speech when digits don't match the `valid_digits` parameter or the number of digits is not between `min` and `max`. There is a 3,000 character limit."""

    language: Literal[
        "arb",
        "cmn-CN",
        "cy-GB",
        "da-DK",
        "de-DE",
        "en-AU",
        "en-GB",
        "en-GB-WLS",
        "en-IN",
        "en-US",
        "es-ES",
        "es-MX",
        "es-US",
        "fr-CA",
        "fr-FR",
        "hi-IN",
        "is-IS",
        "it-IT",
        "ja-JP",
        "ko-KR",
        "nb-NO",
        "nl-NL",
        "pl-PL",
        "pt-BR",
        "pt-PT",
        "ro-RO",
        "ru-RU",
        "sv-SE",
        "tr-TR",
    ]
    """The language you want spoken. This parameter is ignored when a `Polly.*` voice is specified. Allowed values: `"arb"`, `"cmn-CN"`, `"cy-GB"`, `"da-DK"`, `"de-DE"`, `"en-AU"`, `"en-GB"`, `"en-GB-WLS"`, `"en-IN"`, `"en-US"`, `"es-ES"`, `"es-MX"`, `"es-US"`, `"fr-CA"`, `"fr-FR"`, `"hi-IN"`, `"is-IS"`, `"it-IT"`, `"ja-JP"`, `"ko-KR"`, `"nb-NO"`, `"nl-NL"`, `"pl-PL"`, `"pt-BR"`, `"pt-PT"`, `"ro-RO"`, `"ru-RU"`, `"sv-SE"`, `"tr-TR"`."""

    maximum_digits: int
    """The maximum number of digits to fetch. This parameter has a maximum value of 128. Default: `128`."""

    maximum_tries: int
    """The maximum number of times that a file should be played back if there is no input from the user on the call. Default: `3`."""

    minimum_digits: int
    """The minimum number of digits to fetch. This parameter has a minimum value of 1. Default: `1`."""

    payload_type: Literal["text", "ssml"]
    """The type of the provided payload. The payload can either be plain text, or Speech Synthesis Markup Language (SSML). Allowed values: `"text"`, `"ssml"`. Default: `"text"`."""

    service_level: Literal["basic", "premium"]
    """This parameter impacts speech quality, language options and payload types. When using `basic`, only the `en-US` language and payload type `text` are allowed. Allowed values: `"basic"`, `"premium"`. Default: `"premium"`."""

    terminating_digit: str
    """The digit used to terminate input if fewer than `maximum_digits` digits have been gathered. Default: `"#"`."""

    timeout_millis: int
    """The number of milliseconds to wait for a DTMF response after speak ends before a replaying the sound file. Unit: milliseconds. Default: `60000`."""

    valid_digits: str
    """A list of all digits accepted as valid. Default: `"0123456789#*"`."""

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


class ActionHangupParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.hangup(call_control_id, **params)`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    custom_headers: Sequence[CustomSipHeader | CustomSipHeaderParam]
    """Custom headers to be added to the SIP BYE message."""


class ActionJoinAIAssistantParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.join_ai_assistant(call_control_id, **params)`."""

    conversation_id: Required[str]
    """The ID of the AI assistant conversation to join."""

    participant: Required[AIAssistantJoinParticipant | AIAssistantJoinParticipantParam]

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""


class ActionLeaveQueueParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.leave_queue(call_control_id, **params)`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""


class ActionPauseRecordingParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.pause_recording(call_control_id, **params)`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    recording_id: str
    """Uniquely identifies the resource."""


class ActionReferParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.refer(call_control_id, **params)`."""

    sip_address: Required[str]
    """The SIP URI to which the call will be referred to."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid execution of duplicate commands. Telnyx will ignore subsequent commands with the same `command_id` as one that has already been executed."""

    custom_headers: Sequence[CustomSipHeader | CustomSipHeaderParam]
    """Custom headers to be added to the SIP INVITE."""

    sip_auth_password: str
    """SIP Authentication password used for SIP challenges."""

    sip_auth_username: str
    """SIP Authentication username used for SIP challenges."""

    sip_headers: Sequence[SipHeader | SipHeaderParam]
    """SIP headers to be added to the request. Currently only User-to-User header is supported."""


class ActionRejectParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.reject(call_control_id, **params)`."""

    cause: Required[Literal["CALL_REJECTED", "USER_BUSY"]]
    """Cause for call rejection. Allowed values: `"CALL_REJECTED"`, `"USER_BUSY"`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""


class ActionResumeRecordingParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.resume_recording(call_control_id, **params)`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    recording_id: str
    """Uniquely identifies the resource."""


class ActionSendDtmfParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.send_dtmf(call_control_id, **params)`."""

    digits: Required[str]
    """DTMF digits to send. Valid digits are 0-9, A-D, *, and #. Pauses can be added using w (0.5s) and W (1s)."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    duration_millis: int
    """Specifies for how many milliseconds each digit will be played in the audio stream. Ranges from 100 to 500ms. Unit: milliseconds. Default: `250`."""


class ActionSendSipInfoParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.send_sip_info(call_control_id, **params)`."""

    body: Required[str]
    """Content of the SIP INFO."""

    content_type: Required[str]
    """Content type of the INFO body. Must be MIME type compliant. There is a 1,400 bytes limit."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""


class ActionSpeakParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.speak(call_control_id, **params)`."""

    payload: Required[str]
    """The text or SSML to be converted into speech. There is a 3,000 character limit."""

    voice: Required[str]
    """Specifies the voice used in speech synthesis.

- Define voices using the format `<Provider>.<Model>.<VoiceId>`. Specifying only the provider will give default values for voice_id and model_id.

 **Supported Providers:**
- **AWS:** Use `AWS.Polly.<VoiceId>` (e.g., `AWS.Polly.Joanna`). For neural voices, which provide more realistic, human-like speech, append `-Neural` to the `VoiceId` (e.g., `AWS.Polly.Joanna-Neural`). Check the [available voices](https://docs.aws.amazon.com/polly/latest/dg/available-voices.html) for compatibility.
- **Azure:** Use `Azure.<VoiceId>` (e.g., `Azure.en-CA-ClaraNeural`, `Azure.en-US-BrianMultilingualNeural`, `Azure.en-US-Ava:DragonHDLatestNeural`). For a complete list of voices, go to [Azure Voice Gallery](https://speech.microsoft.com/portal/voicegallery). Use `voice_settings` to configure custom deployments, regions, or API keys.
- **ElevenLabs:** Use `ElevenLabs.<ModelId>.<VoiceId>` (e.g., `ElevenLabs.eleven_multilingual_v2.21m00Tcm4TlvDq8ikWAM`). The `ModelId` part is optional. To use ElevenLabs, you must provide your ElevenLabs API key as an integration identifier secret in `"voice_settings": {"api_key_ref": "<secret_identifier>"}`. See [integration secrets documentation](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-integration-secret) for details. Check [available voices](https://elevenlabs.io/docs/api-reference/get-voices).
- **Telnyx:** Use `Telnyx.<model_id>.<voice_id>` (e.g., `Telnyx.KokoroTTS.af`). Use `voice_settings` to configure voice_speed and other synthesis parameters. `Bayan` provides Arabic (multiple dialects) and English voices (e.g., `Telnyx.Bayan.Ahmed`, `Telnyx.Bayan.Amanda`). `Sukhan` provides Urdu voices (e.g., `Telnyx.Sukhan.urdu-professor`); `voice_speed` is not supported.
- **Minimax:** Use `Minimax.<ModelId>.<VoiceId>` (e.g., `Minimax.speech-02-hd.Wise_Woman`). Supported models: `speech-02-turbo`, `speech-02-hd`, `speech-2.6-turbo`, `speech-2.8-turbo`. Use `voice_settings` to configure speed, volume, pitch, and language_boost.
- **Rime:** Use `Rime.<model_id>.<voice_id>` (e.g., `Rime.Arcana.cove`). Supported model_ids: `Arcana`, `Mist`, `ArcanaV3`, `Coda`. Use `voice_settings` to configure voice_speed.
- **Resemble:** Use `Resemble.Turbo.<voice_id>` (e.g., `Resemble.Turbo.my_voice`). Only `Turbo` model is supported. Use `voice_settings` to configure precision, sample_rate, and format.
- **Inworld:** Use `Inworld.<ModelId>.<VoiceId>` (e.g., `Inworld.Mini.Loretta`, `Inworld.Max.Oliver`, `Inworld.TTS2.Loretta`). Supported models: `Mini`, `Max`, `TTS2`. Use `voice_settings` to configure `delivery_mode` (`STABLE`, `BALANCED`, `CREATIVE`), supported by `TTS2` only.
- **Fish Audio:** Use `FishAudio.<ModelId>.<VoiceId>` (e.g., `FishAudio.s2.1-pro.<reference_id>`). Supported models: `s2.1-pro`, `s2-pro`, `s1`. `VoiceId` is a Fish Voice-Library reference ID.
- **xAI:** Use `xAI.<VoiceId>` (e.g., `xAI.eve`). Available voices: `eve`, `ara`, `rex`, `sal`, `leo`.

For service_level basic, you may define the gender of the speaker (male or female)."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    language: Literal[
        "arb",
        "cmn-CN",
        "cy-GB",
        "da-DK",
        "de-DE",
        "en-AU",
        "en-GB",
        "en-GB-WLS",
        "en-IN",
        "en-US",
        "es-ES",
        "es-MX",
        "es-US",
        "fr-CA",
        "fr-FR",
        "hi-IN",
        "is-IS",
        "it-IT",
        "ja-JP",
        "ko-KR",
        "nb-NO",
        "nl-NL",
        "pl-PL",
        "pt-BR",
        "pt-PT",
        "ro-RO",
        "ru-RU",
        "sv-SE",
        "tr-TR",
    ]
    """The language you want spoken. This parameter is ignored when a `Polly.*` voice is specified. Allowed values: `"arb"`, `"cmn-CN"`, `"cy-GB"`, `"da-DK"`, `"de-DE"`, `"en-AU"`, `"en-GB"`, `"en-GB-WLS"`, `"en-IN"`, `"en-US"`, `"es-ES"`, `"es-MX"`, `"es-US"`, `"fr-CA"`, `"fr-FR"`, `"hi-IN"`, `"is-IS"`, `"it-IT"`, `"ja-JP"`, `"ko-KR"`, `"nb-NO"`, `"nl-NL"`, `"pl-PL"`, `"pt-BR"`, `"pt-PT"`, `"ro-RO"`, `"ru-RU"`, `"sv-SE"`, `"tr-TR"`."""

    loop: str | int
    """The number of times to play the audio file. Use `infinity` to loop indefinitely. Defaults to 1."""

    payload_type: Literal["text", "ssml"]
    """The type of the provided payload. The payload can either be plain text, or Speech Synthesis Markup Language (SSML). Allowed values: `"text"`, `"ssml"`. Default: `"text"`."""

    service_level: Literal["basic", "premium"]
    """This parameter impacts speech quality, language options and payload types. When using `basic`, only the `en-US` language and payload type `text` are allowed. Allowed values: `"basic"`, `"premium"`. Default: `"premium"`."""

    stop: str
    """When specified, it stops the current audio being played. Specify `current` to stop the current audio being played, and to play the next file in the queue. Specify `all` to stop the current audio file being played and to also clear all audio files from the queue."""

    target_legs: Literal["self", "opposite", "both"]
    """Specifies which legs of the call should receive the spoken audio. Allowed values: `"self"`, `"opposite"`, `"both"`. Default: `"self"`."""

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


class ActionStartForkingParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.start_forking(call_control_id, **params)`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    rx: str
    """The network target, <udp:ip_address:port>, where the call's incoming RTP media packets should be forwarded."""

    stream_type: Literal["decrypted"]
    """Optionally specify a media type to stream. If `decrypted` selected, Telnyx will decrypt incoming SIP media before forking to the target. `rx` and `tx` are required fields if `decrypted` selected. Default: `"decrypted"`."""

    tx: str
    """The network target, <udp:ip_address:port>, where the call's outgoing RTP media packets should be forwarded."""


class ActionStartNoiseSuppressionParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.start_noise_suppression(call_control_id, **params)`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    direction: Literal["inbound", "outbound", "both"]
    """The direction of the audio stream to be noise suppressed. Allowed values: `"inbound"`, `"outbound"`, `"both"`. Default: `"inbound"`."""

    noise_suppression_engine: Literal[
        "Denoiser",
        "DeepFilterNet",
        "Krisp",
        "AiCoustics",
        "aic_l_quail",
        "aic_l_rook",
        "aic_s_quail",
        "aic_s_rook",
        "quail_voice_focus_s",
        "quail_voice_focus_xs",
    ]
    """The engine to use for noise suppression.
For backward compatibility, engines A, B, C, and D are also supported, but are deprecated:
 A - Denoiser
 B - DeepFilterNet
 C - Krisp
 D - AiCoustics. Allowed values: `"Denoiser"`, `"DeepFilterNet"`, `"Krisp"`, `"AiCoustics"`, `"aic_l_quail"`, `"aic_l_rook"`, `"aic_s_quail"`, `"aic_s_rook"`, `"quail_voice_focus_s"`, `"quail_voice_focus_xs"`. Default: `"Denoiser"`."""

    noise_suppression_engine_config: (
        NoiseSuppressionEngineConfig | NoiseSuppressionEngineConfigParam
    )
    """Configuration parameters for noise suppression engines. Different engines support different parameters."""


class ActionStartPlaybackParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.start_playback(call_control_id, **params)`."""

    audio_type: Literal["mp3", "wav"]
    """Specifies the type of audio provided in `audio_url` or `playback_content`. Allowed values: `"mp3"`, `"wav"`. Default: `"mp3"`."""

    audio_url: str
    """The URL of a file to be played back on the call. The URL can point to either a WAV or MP3 file. media_name and audio_url cannot be used together in one request."""

    cache_audio: bool
    """Caches the audio file. Useful when playing the same audio file multiple times during the call. Default: `true`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    loop: str | int
    """The number of times the audio file should be played. If supplied, the value must be an integer between 1 and 100, or the special string `infinity` for an endless loop. Default: `1`."""

    media_name: str
    """The media_name of a file to be played back on the call. The media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization. The file must either be a WAV or MP3 file."""

    overlay: bool
    """When enabled, audio will be mixed on top of any other audio that is actively being played back. Note that `overlay: true` will only work if there is another audio file already being played on the call. Default: `false`."""

    playback_content: str
    """Allows a user to provide base64 encoded mp3 or wav. Note: when using this parameter, `media_url` and `media_name` in the `playback_started` and `playback_ended` webhooks will be empty."""

    stop: str
    """When specified, it stops the current audio being played. Specify `current` to stop the current audio being played, and to play the next file in the queue. Specify `all` to stop the current audio file being played and to also clear all audio files from the queue."""

    target_legs: str
    """Specifies the leg or legs on which audio will be played. If supplied, the value must be either `self`, `opposite` or `both`. Default: `"self"`."""


class ActionStartRecordingParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.start_recording(call_control_id, **params)`."""

    channels: Required[Literal["single", "dual"]]
    """When `dual`, final audio file will be stereo recorded with the first leg on channel A, and the rest on channel B. Allowed values: `"single"`, `"dual"`."""

    format: Required[Literal["wav", "mp3"]]
    """The audio file format used when storing the call recording. Can be either `mp3` or `wav`. Allowed values: `"wav"`, `"mp3"`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    custom_file_name: str
    """The custom recording file name to be used instead of the default `call_leg_id`. Telnyx will still add a Unix timestamp suffix."""

    max_length: int
    """Defines the maximum length for the recording in seconds. The minimum value is 0. The maximum value is 14400. The default value is 0 (infinite). Default: `0`."""

    play_beep: bool
    """If enabled, a beep sound will be played at the start of a recording."""

    recording_track: Literal["both", "inbound", "outbound"]
    """The audio track to be recorded. Can be either `both`, `inbound` or `outbound`. If only single track is specified (`inbound`, `outbound`), `channels` configuration is ignored and it will be recorded as mono (single channel). Allowed values: `"both"`, `"inbound"`, `"outbound"`. Default: `"both"`."""

    timeout_secs: int
    """The number of seconds that Telnyx will wait for the recording to be stopped if silence is detected. The timer only starts when the speech is detected. Please note that call transcription is used to detect silence and the related charge will be applied. The minimum value is 0. The default value is 0 (infinite). Unit: seconds. Default: `0`."""

    transcription: bool
    """Enable post recording transcription. The default value is false. Default: `false`."""

    transcription_engine: Literal["A", "B", "deepgram/nova-3"]
    """Engine to use for speech recognition. `A` - `Google`, `B` - `Telnyx`, `deepgram/nova-3` - `Deepgram Nova-3`. Note: `deepgram/nova-3` supports only `en` and `en-{Region}` languages. Allowed values: `"A"`, `"B"`, `"deepgram/nova-3"`. Default: `"A"`."""

    transcription_language: Literal[
        "af",
        "af-ZA",
        "am",
        "am-ET",
        "ar",
        "ar-AE",
        "ar-BH",
        "ar-DZ",
        "ar-EG",
        "ar-IL",
        "ar-IQ",
        "ar-JO",
        "ar-KW",
        "ar-LB",
        "ar-MA",
        "ar-MR",
        "ar-OM",
        "ar-PS",
        "ar-QA",
        "ar-SA",
        "ar-TN",
        "ar-YE",
        "as",
        "auto_detect",
        "az",
        "az-AZ",
        "ba",
        "be",
        "bg",
        "bg-BG",
        "bn",
        "bn-BD",
        "bn-IN",
        "bo",
        "br",
        "bs",
        "bs-BA",
        "ca",
        "ca-ES",
        "cs",
        "cs-CZ",
        "cy",
        "da",
        "da-DK",
        "de",
        "de-AT",
        "de-CH",
        "de-DE",
        "el",
        "el-GR",
        "en",
        "en-AU",
        "en-CA",
        "en-GB",
        "en-GH",
        "en-HK",
        "en-IE",
        "en-IN",
        "en-KE",
        "en-NG",
        "en-NZ",
        "en-PH",
        "en-PK",
        "en-SG",
        "en-TZ",
        "en-US",
        "en-ZA",
        "es",
        "es-419",
        "es-AR",
        "es-BO",
        "es-CL",
        "es-CO",
        "es-CR",
        "es-DO",
        "es-EC",
        "es-ES",
        "es-GT",
        "es-HN",
        "es-MX",
        "es-NI",
        "es-PA",
        "es-PE",
        "es-PR",
        "es-PY",
        "es-SV",
        "es-US",
        "es-UY",
        "es-VE",
        "et",
        "et-EE",
        "eu",
        "eu-ES",
        "fa",
        "fa-IR",
        "fi",
        "fi-FI",
        "fil-PH",
        "fo",
        "fr",
        "fr-BE",
        "fr-CA",
        "fr-CH",
        "fr-FR",
        "gl",
        "gl-ES",
        "gu",
        "gu-IN",
        "ha",
        "haw",
        "he",
        "hi",
        "hi-IN",
        "hr",
        "hr-HR",
        "ht",
        "hu",
        "hu-HU",
        "hy",
        "hy-AM",
        "id",
        "id-ID",
        "is",
        "is-IS",
        "it",
        "it-CH",
        "it-IT",
        "iw-IL",
        "ja",
        "ja-JP",
        "jv-ID",
        "jw",
        "ka",
        "ka-GE",
        "kk",
        "kk-KZ",
        "km",
        "km-KH",
        "kn",
        "kn-IN",
        "ko",
        "ko-KR",
        "la",
        "lb",
        "ln",
        "lo",
        "lo-LA",
        "lt",
        "lt-LT",
        "lv",
        "lv-LV",
        "mg",
        "mi",
        "mk",
        "mk-MK",
        "ml",
        "ml-IN",
        "mn",
        "mn-MN",
        "mr",
        "mr-IN",
        "ms",
        "ms-MY",
        "mt",
        "my",
        "my-MM",
        "ne",
        "ne-NP",
        "nl",
        "nl-BE",
        "nl-NL",
        "nn",
        "no",
        "no-NO",
        "oc",
        "pa",
        "pa-Guru-IN",
        "pl",
        "pl-PL",
        "ps",
        "pt",
        "pt-BR",
        "pt-PT",
        "ro",
        "ro-RO",
        "ru",
        "ru-RU",
        "rw-RW",
        "sa",
        "sd",
        "si",
        "si-LK",
        "sk",
        "sk-SK",
        "sl",
        "sl-SI",
        "sn",
        "so",
        "sq",
        "sq-AL",
        "sr",
        "sr-RS",
        "ss-latn-za",
        "st-ZA",
        "su",
        "su-ID",
        "sv",
        "sv-SE",
        "sw",
        "sw-KE",
        "sw-TZ",
        "ta",
        "ta-IN",
        "ta-LK",
        "ta-MY",
        "ta-SG",
        "te",
        "te-IN",
        "tg",
        "th",
        "th-TH",
        "tk",
        "tl",
        "tn-latn-za",
        "tr",
        "tr-TR",
        "ts-ZA",
        "tt",
        "uk",
        "uk-UA",
        "ur",
        "ur-IN",
        "ur-PK",
        "uz",
        "uz-UZ",
        "ve-ZA",
        "vi",
        "vi-VN",
        "xh-ZA",
        "yi",
        "yo",
        "yue-Hant-HK",
        "zh",
        "zh-TW",
        "zu-ZA",
    ]
    """Language code for transcription. Note: Not all languages are supported by all transcription engines (google, telnyx, deepgram). See engine-specific documentation for supported values. Allowed values: `"af"`, `"af-ZA"`, `"am"`, `"am-ET"`, `"ar"`, `"ar-AE"`, `"ar-BH"`, `"ar-DZ"`, `"ar-EG"`, `"ar-IL"`, `"ar-IQ"`, `"ar-JO"`, `"ar-KW"`, `"ar-LB"`, `"ar-MA"`, `"ar-MR"`, `"ar-OM"`, `"ar-PS"`, `"ar-QA"`, `"ar-SA"`, `"ar-TN"`, `"ar-YE"`, `"as"`, `"auto_detect"`, `"az"`, `"az-AZ"`, `"ba"`, `"be"`, `"bg"`, `"bg-BG"`, `"bn"`, `"bn-BD"`, `"bn-IN"`, `"bo"`, `"br"`, `"bs"`, `"bs-BA"`, `"ca"`, `"ca-ES"`, `"cs"`, `"cs-CZ"`, `"cy"`, `"da"`, `"da-DK"`, `"de"`, `"de-AT"`, `"de-CH"`, `"de-DE"`, `"el"`, `"el-GR"`, `"en"`, `"en-AU"`, `"en-CA"`, `"en-GB"`, `"en-GH"`, `"en-HK"`, `"en-IE"`, `"en-IN"`, `"en-KE"`, `"en-NG"`, `"en-NZ"`, `"en-PH"`, `"en-PK"`, `"en-SG"`, `"en-TZ"`, `"en-US"`, `"en-ZA"`, `"es"`, `"es-419"`, `"es-AR"`, `"es-BO"`, `"es-CL"`, `"es-CO"`, `"es-CR"`, `"es-DO"`, `"es-EC"`, `"es-ES"`, `"es-GT"`, `"es-HN"`, `"es-MX"`, `"es-NI"`, `"es-PA"`, `"es-PE"`, `"es-PR"`, `"es-PY"`, `"es-SV"`, `"es-US"`, `"es-UY"`, `"es-VE"`, `"et"`, `"et-EE"`, `"eu"`, `"eu-ES"`, `"fa"`, `"fa-IR"`, `"fi"`, `"fi-FI"`, `"fil-PH"`, `"fo"`, `"fr"`, `"fr-BE"`, `"fr-CA"`, `"fr-CH"`, `"fr-FR"`, `"gl"`, `"gl-ES"`, `"gu"`, `"gu-IN"`, `"ha"`, `"haw"`, `"he"`, `"hi"`, `"hi-IN"`, `"hr"`, `"hr-HR"`, `"ht"`, `"hu"`, `"hu-HU"`, `"hy"`, `"hy-AM"`, `"id"`, `"id-ID"`, `"is"`, `"is-IS"`, `"it"`, `"it-CH"`, `"it-IT"`, `"iw-IL"`, `"ja"`, `"ja-JP"`, `"jv-ID"`, `"jw"`, `"ka"`, `"ka-GE"`, `"kk"`, `"kk-KZ"`, `"km"`, `"km-KH"`, `"kn"`, `"kn-IN"`, `"ko"`, `"ko-KR"`, `"la"`, `"lb"`, `"ln"`, `"lo"`, `"lo-LA"`, `"lt"`, `"lt-LT"`, `"lv"`, `"lv-LV"`, `"mg"`, `"mi"`, `"mk"`, `"mk-MK"`, `"ml"`, `"ml-IN"`, `"mn"`, `"mn-MN"`, `"mr"`, `"mr-IN"`, `"ms"`, `"ms-MY"`, `"mt"`, `"my"`, `"my-MM"`, `"ne"`, `"ne-NP"`, `"nl"`, `"nl-BE"`, `"nl-NL"`, `"nn"`, `"no"`, `"no-NO"`, `"oc"`, `"pa"`, `"pa-Guru-IN"`, `"pl"`, `"pl-PL"`, `"ps"`, `"pt"`, `"pt-BR"`, `"pt-PT"`, `"ro"`, `"ro-RO"`, `"ru"`, `"ru-RU"`, `"rw-RW"`, `"sa"`, `"sd"`, `"si"`, `"si-LK"`, `"sk"`, `"sk-SK"`, `"sl"`, `"sl-SI"`, `"sn"`, `"so"`, `"sq"`, `"sq-AL"`, `"sr"`, `"sr-RS"`, `"ss-latn-za"`, `"st-ZA"`, `"su"`, `"su-ID"`, `"sv"`, `"sv-SE"`, `"sw"`, `"sw-KE"`, `"sw-TZ"`, `"ta"`, `"ta-IN"`, `"ta-LK"`, `"ta-MY"`, `"ta-SG"`, `"te"`, `"te-IN"`, `"tg"`, `"th"`, `"th-TH"`, `"tk"`, `"tl"`, `"tn-latn-za"`, `"tr"`, `"tr-TR"`, `"ts-ZA"`, `"tt"`, `"uk"`, `"uk-UA"`, `"ur"`, `"ur-IN"`, `"ur-PK"`, `"uz"`, `"uz-UZ"`, `"ve-ZA"`, `"vi"`, `"vi-VN"`, `"xh-ZA"`, `"yi"`, `"yo"`, `"yue-Hant-HK"`, `"zh"`, `"zh-TW"`, `"zu-ZA"`. Default: `"en-US"`."""

    transcription_max_speaker_count: int
    """Defines maximum number of speakers in the conversation. Applies to `google` engine only. Default: `6`."""

    transcription_min_speaker_count: int
    """Defines minimum number of speakers in the conversation. Applies to `google` engine only. Default: `2`."""

    transcription_profanity_filter: bool
    """Enables profanity_filter. Applies to `google` engine only. Default: `false`."""

    transcription_speaker_diarization: bool
    """Enables speaker diarization. Applies to `google` engine only. Default: `false`."""

    trim: Literal["trim-silence"]
    """When set to `trim-silence`, silence will be removed from the beginning and end of the recording."""


class ActionStartSiprecParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.start_siprec(call_control_id, **params)`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    connector_name: str
    """Name of configured SIPREC connector to be used."""

    include_metadata_custom_headers: Literal[True, False]
    """When set, custom parameters will be added as metadata (recording.session.ExtensionParameters). Otherwise, they’ll be added to sip headers. Allowed values: `true`, `false`."""

    secure: Literal[True, False]
    """Controls whether to encrypt media sent to your SRS using SRTP and TLS. When set you need to configure SRS port in your connector to 5061. Allowed values: `true`, `false`."""

    session_timeout_secs: int
    """Sets `Session-Expires` header to the INVITE. A reinvite is sent every half the value set. Usefull for session keep alive. Minimum value is 90, set to 0 to disable. Unit: seconds. Default: `1800`."""

    sip_transport: Literal["udp", "tcp", "tls"]
    """Specifies SIP transport protocol. Allowed values: `"udp"`, `"tcp"`, `"tls"`. Default: `"udp"`."""

    siprec_track: Literal["inbound_track", "outbound_track", "both_tracks"]
    """Specifies which track should be sent on siprec session. Allowed values: `"inbound_track"`, `"outbound_track"`, `"both_tracks"`. Default: `"both_tracks"`."""


class ActionStartStreamingParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.start_streaming(call_control_id, **params)`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    custom_parameters: Sequence[
        StartStreamingRequestCustomParametersItem | StartStreamingRequestCustomParametersItemParam
    ]
    """Custom parameters to be sent as part of the WebSocket connection."""

    dialogflow_config: DialogflowConfig | DialogflowConfigParam
    """Dialogflow Config."""

    enable_dialogflow: bool
    """Enables Dialogflow for the current call. The default value is false. Default: `false`."""

    stream_auth_token: str
    """An authentication token to be sent as part of the WebSocket connection. Maximum length is 4000 characters."""

    stream_bidirectional_codec: Literal["PCMU", "PCMA", "G722", "OPUS", "AMR-WB", "L16"]
    """Indicates codec for bidirectional streaming RTP payloads. Used only with stream_bidirectional_mode=rtp. Case sensitive. Allowed values: `"PCMU"`, `"PCMA"`, `"G722"`, `"OPUS"`, `"AMR-WB"`, `"L16"`. Default: `"PCMU"`."""

    stream_bidirectional_mode: Literal["mp3", "rtp"]
    """Configures method of bidirectional streaming (mp3, rtp). Allowed values: `"mp3"`, `"rtp"`. Default: `"mp3"`."""

    stream_bidirectional_sampling_rate: Literal[8000, 16000, 22050, 24000, 48000]
    """Audio sampling rate. Allowed values: `8000`, `16000`, `22050`, `24000`, `48000`. Default: `8000`."""

    stream_bidirectional_target_legs: Literal["both", "self", "opposite"]
    """Specifies which call legs should receive the bidirectional stream audio. Allowed values: `"both"`, `"self"`, `"opposite"`. Default: `"opposite"`."""

    stream_codec: Literal["PCMU", "PCMA", "G722", "OPUS", "AMR-WB", "L16", "default"]
    """Specifies the codec to be used for the streamed audio. When set to 'default' or when transcoding is not possible, the codec from the call will be used. Allowed values: `"PCMU"`, `"PCMA"`, `"G722"`, `"OPUS"`, `"AMR-WB"`, `"L16"`, `"default"`. Default: `"default"`."""

    stream_track: Literal["inbound_track", "outbound_track", "both_tracks"]
    """Specifies which track should be streamed. Allowed values: `"inbound_track"`, `"outbound_track"`, `"both_tracks"`. Default: `"inbound_track"`."""

    stream_url: str
    """The destination WebSocket address where the stream is going to be delivered."""


class ActionStartTranscriptionParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.start_transcription(call_control_id, **params)`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    transcription_engine: Literal[
        "Google",
        "Telnyx",
        "Deepgram",
        "Azure",
        "xAI",
        "AssemblyAI",
        "Speechmatics",
        "Soniox",
        "Parakeet",
        "A",
        "B",
    ]
    """Engine to use for speech recognition. Legacy values `A` - `Google`, `B` - `Telnyx` are supported for backward compatibility. Allowed values: `"Google"`, `"Telnyx"`, `"Deepgram"`, `"Azure"`, `"xAI"`, `"AssemblyAI"`, `"Speechmatics"`, `"Soniox"`, `"Parakeet"`, `"A"`, `"B"`. Default: `"Google"`."""

    transcription_engine_config: (
        TranscriptionEngineGoogleConfig
        | TranscriptionEngineGoogleConfigParam
        | TranscriptionEngineTelnyxConfig
        | TranscriptionEngineTelnyxConfigParam
        | DeepgramNova2Config
        | DeepgramNova2ConfigParam
        | DeepgramNova3Config
        | DeepgramNova3ConfigParam
        | TranscriptionEngineAzureConfig
        | TranscriptionEngineAzureConfigParam
        | TranscriptionEngineXaiConfig
        | TranscriptionEngineXaiConfigParam
        | TranscriptionEngineAssemblyaiConfig
        | TranscriptionEngineAssemblyaiConfigParam
        | TranscriptionEngineSpeechmaticsConfig
        | TranscriptionEngineSpeechmaticsConfigParam
        | TranscriptionEngineSonioxConfig
        | TranscriptionEngineSonioxConfigParam
        | TranscriptionEngineParakeetConfig
        | TranscriptionEngineParakeetConfigParam
        | TranscriptionEngineAConfig
        | TranscriptionEngineAConfigParam
        | TranscriptionEngineBConfig
        | TranscriptionEngineBConfigParam
    )

    transcription_tracks: str
    """Indicates which leg of the call will be transcribed. Use `inbound` for the leg that requested the transcription, `outbound` for the other leg, and `both` for both legs of the call. Will default to `inbound`. Default: `"inbound"`."""


class ActionStopAIAssistantParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.stop_ai_assistant(call_control_id, **params)`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""


class ActionStopConversationRelayParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.stop_conversation_relay(call_control_id, **params)`."""

    client_state: str
    """Use this field to add state to subsequent webhooks. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""


class ActionStopForkingParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.stop_forking(call_control_id, **params)`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    stream_type: Literal["raw", "decrypted"]
    """Optionally specify a `stream_type`. This should match the `stream_type` that was used in `fork_start` command to properly stop the fork. Allowed values: `"raw"`, `"decrypted"`. Default: `"raw"`."""


class ActionStopGatherParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.stop_gather(call_control_id, **params)`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""


class ActionStopNoiseSuppressionParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.stop_noise_suppression(call_control_id, **params)`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""


class ActionStopPlaybackParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.stop_playback(call_control_id, **params)`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    overlay: bool
    """When enabled, it stops the audio being played in the overlay queue. Default: `false`."""

    stop: str
    """Use `current` to stop the current audio being played. Use `all` to stop the current audio file being played and clear all audio files from the queue. Default: `"all"`."""


class ActionStopRecordingParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.stop_recording(call_control_id, **params)`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    recording_id: str
    """Uniquely identifies the resource."""


class ActionStopSiprecParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.stop_siprec(call_control_id, **params)`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""


class ActionStopStreamingParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.stop_streaming(call_control_id, **params)`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    stream_id: str
    """Identifies the stream. If the `stream_id` is not provided the command stops all streams associated with a given `call_control_id`."""


class ActionStopTranscriptionParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.stop_transcription(call_control_id, **params)`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""


class ActionSwitchSupervisorRoleParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.switch_supervisor_role(call_control_id, **params)`."""

    role: Required[Literal["barge", "whisper", "monitor"]]
    """The supervisor role to switch to. 'barge' allows speaking to both parties, 'whisper' allows speaking to caller only, 'monitor' allows listening only. Allowed values: `"barge"`, `"whisper"`, `"monitor"`."""


class ActionTransferParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.transfer(call_control_id, **params)`."""

    to: Required[str]
    """The DID or SIP URI to dial out to. For SIP URI destinations, append `;secure=true` or `;secure=srtp` to enable SRTP media encryption for that endpoint, or `;secure=dtls` to enable DTLS media encryption for that endpoint. If `media_encryption` is set to `SRTP` or `DTLS`, it takes precedence over any per-endpoint `secure` URI parameter. You may also append a comma followed by DTMF digits (e.g. `+18004247767,200`) to play those digits as DTMF once the transfer destination answers — equivalent to setting `send_digits_on_answer` separately. If both are present, the explicit `send_digits_on_answer` parameter takes precedence."""

    answering_machine_detection: Literal[
        "premium", "detect", "detect_beep", "detect_words", "greeting_end", "disabled"
    ]
    """Enables Answering Machine Detection. When a call is answered, Telnyx runs real-time detection to determine if it was picked up by a human or a machine and sends an `call.machine.detection.ended` webhook with the analysis result. If 'greeting_end' or 'detect_words' is used and a 'machine' is detected, you will receive another 'call.machine.greeting.ended' webhook when the answering machine greeting ends with a beep or silence. If `detect_beep` is used, you will only receive 'call.machine.greeting.ended' if a beep is detected. Allowed values: `"premium"`, `"detect"`, `"detect_beep"`, `"detect_words"`, `"greeting_end"`, `"disabled"`. Default: `"disabled"`."""

    answering_machine_detection_config: (
        TransferCallRequestAnsweringMachineDetectionConfig
        | TransferCallRequestAnsweringMachineDetectionConfigParam
    )
    """Optional configuration parameters to modify 'answering_machine_detection' performance. Only `total_analysis_time_millis` and `greeting_duration_millis` parameters are applicable when `premium` is selected as answering_machine_detection."""

    audio_url: str
    """The URL of a file to be played back when the transfer destination answers before bridging the call. The URL can point to either a WAV or MP3 file. media_name and audio_url cannot be used together in one request."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    custom_headers: Sequence[CustomSipHeader | CustomSipHeaderParam]
    """Custom headers to be added to the SIP INVITE."""

    early_media: bool
    """If set to false, early media will not be passed to the originating leg. Default: `true`."""

    from_: str
    """The `from` number to be used as the caller id presented to the destination (`to` number). The number should be in +E164 format. This attribute will default to the `to` number of the original call if omitted."""

    from_display_name: str
    """The `from_display_name` string to be used as the caller id name (SIP From Display Name) presented to the destination (`to` number). The string should have a maximum of 128 characters, containing only letters, numbers, spaces, and -_~!.+ special characters. If ommited, the display name will be the same as the number in the `from` field."""

    media_encryption: Literal["disabled", "SRTP", "DTLS"]
    """Defines whether media should be encrypted on the new call leg. For SIP URI destinations, media encryption can also be requested per endpoint with the `secure` URI parameter: `;secure=true` or `;secure=srtp` enables SRTP, and `;secure=dtls` enables DTLS. This parameter, when set to `SRTP` or `DTLS`, takes precedence over the per-endpoint `secure` value. Allowed values: `"disabled"`, `"SRTP"`, `"DTLS"`. Default: `"disabled"`."""

    media_name: str
    """The media_name of a file to be played back when the transfer destination answers before bridging the call. The media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization. The file must either be a WAV or MP3 file."""

    mute_dtmf: Literal["none", "both", "self", "opposite"]
    """When enabled, DTMF tones are not passed to the call participant. The webhooks containing the DTMF information will be sent. Allowed values: `"none"`, `"both"`, `"self"`, `"opposite"`. Default: `"none"`."""

    park_after_unbridge: str
    """Specifies behavior after the bridge ends (i.e. the opposite leg either hangs up or is transferred). If supplied with the value `self`, the current leg will be parked after unbridge. If not set, the default behavior is to hang up the leg."""

    preferred_codecs: str
    """The list of comma-separated codecs in order of preference to be used during the call. The codecs supported are `G722`, `PCMU`, `PCMA`, `G729`, `OPUS`, `VP8`, `H264`, `AMR-WB`."""

    privacy: Literal["id", "none"]
    """Indicates the privacy level to be used for the call. When set to `id`, caller ID information (name and number) will be hidden from the called party. When set to `none` or omitted, caller ID will be shown normally. Allowed values: `"id"`, `"none"`."""

    record: Literal["record-from-answer"]
    """Start recording automatically after an event. Disabled by default."""

    record_channels: Literal["single", "dual"]
    """Defines which channel should be recorded ('single' or 'dual') when `record` is specified. Allowed values: `"single"`, `"dual"`. Default: `"dual"`."""

    record_custom_file_name: str
    """The custom recording file name to be used instead of the default `call_leg_id`. Telnyx will still add a Unix timestamp suffix."""

    record_format: Literal["wav", "mp3"]
    """Defines the format of the recording ('wav' or 'mp3') when `record` is specified. Allowed values: `"wav"`, `"mp3"`. Default: `"mp3"`."""

    record_max_length: int
    """Defines the maximum length for the recording in seconds when `record` is specified. The minimum value is 0. The maximum value is 43200. The default value is 0 (infinite). Default: `0`."""

    record_timeout_secs: int
    """The number of seconds that Telnyx will wait for the recording to be stopped if silence is detected when `record` is specified. The timer only starts when the speech is detected. Please note that call transcription is used to detect silence and the related charge will be applied. The minimum value is 0. The default value is 0 (infinite). Unit: seconds. Default: `0`."""

    record_track: Literal["both", "inbound", "outbound"]
    """The audio track to be recorded. Can be either `both`, `inbound` or `outbound`. If only single track is specified (`inbound`, `outbound`), `channels` configuration is ignored and it will be recorded as mono (single channel). Allowed values: `"both"`, `"inbound"`, `"outbound"`. Default: `"both"`."""

    record_trim: Literal["trim-silence"]
    """When set to `trim-silence`, silence will be removed from the beginning and end of the recording."""

    send_digits_on_answer: str
    """DTMF digits to send automatically after the transfer destination answers. Useful for reaching an extension behind an IVR (e.g. `"200"` to dial extension 200 once the called party picks up). Allowed characters: `0-9`, `A-D`, `w` (0.5s pause), `W` (1s pause), `*`, `#`. Maximum 64 characters. When omitted, no automatic DTMF is sent. May also be supplied inline by appending `,<digits>` to `to` (e.g. `to=+18004247767,200`); if both forms are present, this explicit field takes precedence."""

    sip_auth_password: str
    """SIP Authentication password used for SIP challenges."""

    sip_auth_username: str
    """SIP Authentication username used for SIP challenges."""

    sip_headers: Sequence[SipHeader | SipHeaderParam]
    """SIP headers to be added to the SIP INVITE. Currently only User-to-User header is supported."""

    sip_region: Literal["US", "Europe", "Canada", "Australia", "Middle East"]
    """Defines the SIP region to be used for the call. Allowed values: `"US"`, `"Europe"`, `"Canada"`, `"Australia"`, `"Middle East"`. Default: `"US"`."""

    sip_transport_protocol: Literal["UDP", "TCP", "TLS"]
    """Defines SIP transport protocol to be used on the call. Allowed values: `"UDP"`, `"TCP"`, `"TLS"`. Default: `"UDP"`."""

    sound_modifications: SoundModifications | SoundModificationsParam
    """Use this field to modify sound effects, for example adjust the pitch."""

    target_leg_client_state: str
    """Use this field to add state to every subsequent webhook for the new leg. It must be a valid Base-64 encoded string."""

    time_limit_secs: int
    """Sets the maximum duration of a Call Control Leg in seconds. If the time limit is reached, the call will hangup and a `call.hangup` webhook with a `hangup_cause` of `time_limit` will be sent. For example, by setting a time limit of 120 seconds, a Call Leg will be automatically terminated two minutes after being answered. The default time limit is 14400 seconds or 4 hours and this is also the maximum allowed call length. Unit: seconds. Default: `14400`. Minimum: 30. Maximum: 14400."""

    timeout_secs: int
    """The number of seconds that Telnyx will wait for the call to be answered by the destination to which it is being transferred. If the timeout is reached before an answer is received, the call will hangup and a `call.hangup` webhook with a `hangup_cause` of `timeout` will be sent. Minimum value is 5 seconds. Maximum value is 600 seconds. Unit: seconds. Default: `30`."""

    webhook_retries_policies: Mapping[
        str,
        TransferCallRequestWebhookRetriesPoliciesValue
        | TransferCallRequestWebhookRetriesPoliciesValueParam,
    ]
    """A map of event types to retry policies. Each retry policy contains an array of `retries_ms` specifying the delays between retry attempts in milliseconds. Maximum 5 retries, total delay cannot exceed 60 seconds."""

    webhook_url: str
    """Use this field to override the URL for which Telnyx will send subsequent webhooks to for this call."""

    webhook_url_method: Literal["POST", "GET"]
    """HTTP request type used for `webhook_url`. Allowed values: `"POST"`, `"GET"`. Default: `"POST"`."""

    webhook_urls: Mapping[str, str]
    """A map of event types to webhook URLs. When an event of the specified type occurs, the webhook URL associated with that event type will be called instead of `webhook_url`. Events not mapped here will use the default `webhook_url`."""

    webhook_urls_method: Literal["POST", "GET"]
    """HTTP request method to invoke `webhook_urls`. Allowed values: `"POST"`, `"GET"`. Default: `"POST"`."""


class ActionUpdateClientStateParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.update_client_state(call_control_id, **params)`."""

    client_state: Required[str]
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""
