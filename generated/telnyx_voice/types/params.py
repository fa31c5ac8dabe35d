"""Request-side TypedDicts: the shape of every object a request can contain, at any depth.

`SomeModelParam` spells the model `SomeModel` as a dict literal, with the wire key names
(`"from"`, not `from_`): a type checker sees each key, its type and its allowed values.
Arguments typed `SomeModel | SomeModelParam` take either; both are validated the same way
before anything is sent.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from typing_extensions import Required, TypedDict

from telnyx_voice._types import SequenceNotStr

__all__ = [
    "AIAssistantJoinParticipantParam",
    "AWSVoiceSettingsParam",
    "AnswerRequestDeepfakeDetectionParam",
    "AnswerRequestWebhookRetriesPoliciesValueParam",
    "AssistantMessageParam",
    "AssistantParam",
    "AzureVoiceSettingsParam",
    "BookAppointmentToolParam",
    "BookAppointmentToolParamsParam",
    "CallAssistantRequestExternalLlmParam",
    "CallAssistantRequestFallbackConfigExternalLlmParam",
    "CallAssistantRequestFallbackConfigParam",
    "CallAssistantRequestMcpServersItemParam",
    "CallAssistantRequestObservabilitySettingsParam",
    "CallAssistantRequestParam",
    "CallControlBucketIdsParam",
    "CallControlRetrievalToolParam",
    "CallControlTransferToolParamsParam",
    "CallControlTransferToolParamsTargetsArrayItemParam",
    "CallControlWebhookToolParamsBodyParametersParam",
    "CallControlWebhookToolParamsHeadersItemParam",
    "CallControlWebhookToolParamsParam",
    "CallControlWebhookToolParamsPathParametersParam",
    "CallControlWebhookToolParamsQueryParametersParam",
    "CallRequestAnsweringMachineDetectionConfigParam",
    "CallRequestConferenceConfigParam",
    "CallRequestDeepfakeDetectionParam",
    "CallRequestWebhookRetriesPoliciesValueParam",
    "CheckAvailabilityToolParam",
    "CheckAvailabilityToolParamsParam",
    "ConversationRelayAssistantParam",
    "ConversationRelayEmbeddedConfigParam",
    "ConversationRelayInterruptionSettingsParam",
    "ConversationRelayLanguageParam",
    "ConversationRelaySettingsParam",
    "CustomSipHeaderParam",
    "DeepgramNova2ConfigParam",
    "DeepgramNova3ConfigParam",
    "DeveloperMessageParam",
    "DialogflowConfigParam",
    "ElevenLabsVoiceSettingsParam",
    "GatherUsingAIRequestMessageHistoryItemParam",
    "HangupToolParam",
    "HangupToolParamsParam",
    "InterruptionSettingsParam",
    "InworldVoiceSettingsParam",
    "ListConferenceParticipantsFilterParam",
    "ListConferenceParticipantsPageParam",
    "ListConferencesFilterApplicationNameParam",
    "ListConferencesFilterOccurredAtParam",
    "ListConferencesFilterParam",
    "ListConferencesPageParam",
    "ListConnectionActiveCallsPageParam",
    "ListQueueCallsPageParam",
    "MinimaxVoiceSettingsParam",
    "NoiseSuppressionEngineConfigParam",
    "ResembleVoiceSettingsParam",
    "RimeVoiceSettingsParam",
    "SipHeaderParam",
    "SoundModificationsParam",
    "StartStreamingRequestCustomParametersItemParam",
    "SystemMessageParam",
    "TelnyxVoiceSettingsParam",
    "ToolCallFunctionParam",
    "ToolCallParam",
    "ToolMessageParam",
    "TranscriptionConfigParam",
    "TranscriptionEngineAConfigParam",
    "TranscriptionEngineAConfigSpeechContextItemParam",
    "TranscriptionEngineAssemblyaiConfigParam",
    "TranscriptionEngineAzureConfigParam",
    "TranscriptionEngineBConfigParam",
    "TranscriptionEngineGoogleConfigParam",
    "TranscriptionEngineGoogleConfigSpeechContextItemParam",
    "TranscriptionEngineParakeetConfigParam",
    "TranscriptionEngineSonioxConfigParam",
    "TranscriptionEngineSpeechmaticsConfigParam",
    "TranscriptionEngineTelnyxConfigParam",
    "TranscriptionEngineXaiConfigParam",
    "TranscriptionStartRequestParam",
    "TransferCallRequestAnsweringMachineDetectionConfigParam",
    "TransferCallRequestWebhookRetriesPoliciesValueParam",
    "TransferToolParam",
    "UserMessageParam",
    "WebhookToolParam",
    "XAIVoiceSettingsParam",
]


class AIAssistantJoinParticipantParam(TypedDict, total=False):
    """`AIAssistantJoinParticipant` as a dict literal (keys as sent on the wire)."""

    id: Required[str]
    """The call_control_id of the participant to add to the conversation."""

    name: str
    """Display name for the participant."""

    on_hangup: Literal["continue_conversation", "end_conversation"]
    """Determines what happens to the conversation when this participant hangs up. Allowed values: `"continue_conversation"`, `"end_conversation"`. Default: `"continue_conversation"`."""

    role: Required[Literal["user"]]
    """The role of the participant in the conversation."""


class AWSVoiceSettingsParam(TypedDict, total=False):
    """AWS Voice Settings"""

    type: Required[Literal["aws"]]
    """Voice settings provider type."""


class AnswerRequestDeepfakeDetectionParam(TypedDict, total=False):
    """Enables deepfake detection on the call. When enabled, audio from the remote party is streamed to a detection service that analyzes whether the voice is AI-generated. Results are delivered via the `call.deepfake_detection.result` webhook."""

    enabled: Required[bool]
    """Whether deepfake detection is enabled. Default: `false`."""

    rtp_timeout: int
    """Maximum time in seconds to wait for RTP audio before timing out. If no audio is received within this window, detection stops with an error. Default: `30`. Minimum: 5. Maximum: 120."""

    timeout: int
    """Maximum time in seconds to wait for a detection result before timing out. Default: `15`. Minimum: 5. Maximum: 60."""


class AnswerRequestWebhookRetriesPoliciesValueParam(TypedDict, total=False):
    """`AnswerRequestWebhookRetriesPoliciesValue` as a dict literal (keys as sent on the wire)."""

    retries_ms: Sequence[int]
    """Array of delays in milliseconds between retry attempts. Total sum cannot exceed 60000ms. Unit: milliseconds."""


class AssistantMessageParam(TypedDict, total=False):
    """Messages sent by the model in response to user messages."""

    content: str
    """The contents of the assistant message. Required unless `tool_calls`."""

    metadata: Mapping[str, Any]
    """Metadata to add to the message."""

    role: Required[Literal["assistant"]]
    """The role of the messages author, in this case `assistant`."""

    tool_calls: Sequence[ToolCallParam]
    """The tool calls generated by the model, such as function calls."""


class AssistantParam(TypedDict, total=False):
    """Assistant configuration including choice of LLM, custom instructions, and tools."""

    instructions: str
    """The system instructions that the voice assistant uses during the gather command."""

    model: str
    """The model to be used by the voice assistant. Default: `"Qwen/Qwen3-235B-A22B"`."""

    openai_api_key_ref: str
    """This is necessary only if the model selected is from OpenAI. You would pass the `identifier` for an integration secret [/v2/integration_secrets](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-integration-secret) that refers to your OpenAI API Key. Warning: Free plans are unlikely to work with this integration."""

    tools: Sequence[
        BookAppointmentToolParam
        | CheckAvailabilityToolParam
        | WebhookToolParam
        | HangupToolParam
        | TransferToolParam
        | CallControlRetrievalToolParam
    ]
    """The tools that the voice assistant can use."""


class AzureVoiceSettingsParam(TypedDict, total=False):
    """Azure Voice Settings"""

    api_key_ref: str
    """The `identifier` for an integration secret that refers to your Azure Speech API key."""

    deployment_id: str
    """The deployment ID for a custom Azure neural voice."""

    effect: Literal["eq_car", "eq_telecomhp8k"]
    """Audio effect to apply. Allowed values: `"eq_car"`, `"eq_telecomhp8k"`."""

    gender: Literal["Male", "Female"]
    """Voice gender filter. Allowed values: `"Male"`, `"Female"`."""

    region: str
    """The Azure region for the Speech service (e.g., `eastus`, `westeurope`). Required when using a custom API key."""

    type: Required[Literal["azure"]]
    """Voice settings provider type."""


class BookAppointmentToolParam(TypedDict, total=False):
    """BookAppointmentTool"""

    book_appointment: Required[BookAppointmentToolParamsParam]
    """BookAppointmentToolParams."""

    type: Required[Literal["book_appointment"]]


class BookAppointmentToolParamsParam(TypedDict, total=False):
    """BookAppointmentToolParams"""

    api_key_ref: Required[str]
    """Reference to an integration secret that contains your Cal.com API key. You would pass the `identifier` for an integration secret [/v2/integration_secrets](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-integration-secret) that refers to your Cal.com API key."""

    attendee_name: str
    """The name of the attendee [cal.com](https://cal.com/docs/api-reference/v2/bookings/create-a-booking#body-attendee-name). If not provided, the assistant will ask for the attendee's name."""

    attendee_timezone: str
    """The timezone of the attendee [cal.com](https://cal.com/docs/api-reference/v2/bookings/create-a-booking#body-attendee-timezone). If not provided, the assistant will ask for the attendee's timezone."""

    event_type_id: Required[int]
    """Event Type ID for which slots are being fetched. [cal.com](https://cal.com/docs/api-reference/v2/bookings/create-a-booking#body-event-type-id)."""


class CallAssistantRequestExternalLlmParam(TypedDict, total=False):
    """External LLM configuration for bringing your own LLM endpoint."""

    authentication_method: Literal["token", "certificate"]
    """Authentication method used when connecting to the external LLM endpoint. Allowed values: `"token"`, `"certificate"`. Default: `"token"`."""

    base_url: str
    """Base URL for the external LLM endpoint."""

    certificate_ref: str
    """Integration secret identifier for the client certificate used with certificate authentication."""

    forward_metadata: bool
    """When enabled, Telnyx forwards the assistant's dynamic variables to the external LLM endpoint. Defaults to false. The chat completion request includes a top-level `extra_metadata` object when dynamic variables are available. For example: `{"extra_metadata":{"customer_name":"Jane","account_id":"acct_789","telnyx_agent_target":"+13125550100","telnyx_end_user_target":"+13125550123"}}`. Default: `false`."""

    llm_api_key_ref: str
    """Integration secret identifier for the external LLM API key."""

    model: str
    """Model identifier to use with the external LLM endpoint."""

    token_retrieval_url: str
    """URL used to retrieve an access token when certificate authentication is enabled."""


class CallAssistantRequestFallbackConfigExternalLlmParam(TypedDict, total=False):
    """External LLM fallback configuration."""

    authentication_method: Literal["token", "certificate"]
    """Authentication method used when connecting to the external LLM endpoint. Allowed values: `"token"`, `"certificate"`. Default: `"token"`."""

    base_url: str
    """Base URL for the external LLM endpoint."""

    certificate_ref: str
    """Integration secret identifier for the client certificate used with certificate authentication."""

    forward_metadata: bool
    """When enabled, Telnyx forwards the assistant's dynamic variables to the external LLM endpoint. Defaults to false. The chat completion request includes a top-level `extra_metadata` object when dynamic variables are available. For example: `{"extra_metadata":{"customer_name":"Jane","account_id":"acct_789","telnyx_agent_target":"+13125550100","telnyx_end_user_target":"+13125550123"}}`. Default: `false`."""

    llm_api_key_ref: str
    """Integration secret identifier for the external LLM API key."""

    model: str
    """Model identifier to use with the external LLM endpoint."""

    token_retrieval_url: str
    """URL used to retrieve an access token when certificate authentication is enabled."""


class CallAssistantRequestFallbackConfigParam(TypedDict, total=False):
    """Fallback LLM configuration used when the primary LLM provider is unavailable."""

    external_llm: CallAssistantRequestFallbackConfigExternalLlmParam
    """External LLM fallback configuration."""

    llm_api_key_ref: str
    """Integration secret identifier for the fallback model API key."""

    model: str
    """Fallback Telnyx-hosted model to use when the primary LLM provider is unavailable."""


class CallAssistantRequestMcpServersItemParam(TypedDict, total=False):
    """`CallAssistantRequestMcpServersItem` as a dict literal (keys as sent on the wire)."""


class CallAssistantRequestObservabilitySettingsParam(TypedDict, total=False):
    """Observability configuration for the assistant session, including Langfuse integration for tracing and monitoring."""


class CallAssistantRequestParam(TypedDict, total=False):
    """AI Assistant configuration. All fields except `id` are optional — the assistant's stored configuration will be used as fallback for any omitted fields."""

    dynamic_variables: Mapping[str, str | float | bool]
    """Map of dynamic variables and their default values. Dynamic variables can be referenced in instructions, greeting, and tool definitions using the `{{variable_name}}` syntax. Call-control-agent automatically merges in `telnyx_call_*` variables (telnyx_call_to, telnyx_call_from, telnyx_conversation_channel, telnyx_agent_target, telnyx_end_user_target, telnyx_call_caller_id_name) and custom header variables."""

    external_llm: CallAssistantRequestExternalLlmParam
    """External LLM configuration for bringing your own LLM endpoint."""

    fallback_config: CallAssistantRequestFallbackConfigParam
    """Fallback LLM configuration used when the primary LLM provider is unavailable."""

    greeting: str
    """Initial greeting text spoken when the assistant starts. Can be plain text for any voice or SSML for `AWS.Polly.<voice_id>` voices. There is a 3,000 character limit."""

    id: Required[str]
    """The identifier of the AI assistant to use."""

    instructions: str
    """System instructions for the voice assistant. Can be templated with [dynamic variables](https://developers.telnyx.com/docs/inference/ai-assistants/dynamic-variables). This will overwrite the instructions set in the assistant configuration."""

    llm_api_key_ref: str
    """Integration secret identifier for the LLM provider API key. Use this field to reference an [integration secret](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-integration-secret) containing your LLM provider API key. Supports any LLM provider (OpenAI, Anthropic, etc.)."""

    mcp_servers: Sequence[CallAssistantRequestMcpServersItemParam]
    """MCP (Model Context Protocol) server configurations for extending the assistant's capabilities with external tools and data sources."""

    model: str
    """LLM model override for this call. If omitted, the assistant's configured model is used."""

    name: str
    """Assistant name override for this call."""

    observability_settings: CallAssistantRequestObservabilitySettingsParam
    """Observability configuration for the assistant session, including Langfuse integration for tracing and monitoring."""

    openai_api_key_ref: str
    """Deprecated — use `llm_api_key_ref` instead. Integration secret identifier for the OpenAI API key. This field is maintained for backward compatibility; `llm_api_key_ref` is the canonical field name and supports all LLM providers."""

    tools: Sequence[
        BookAppointmentToolParam
        | CheckAvailabilityToolParam
        | WebhookToolParam
        | HangupToolParam
        | TransferToolParam
        | CallControlRetrievalToolParam
    ]
    """Inline tool definitions available to the assistant (webhook, retrieval, transfer, hangup, etc.). Overrides the assistant's stored tools if provided."""


class CallControlBucketIdsParam(TypedDict, total=False):
    """BucketIds"""

    bucket_ids: Required[SequenceNotStr[str]]
    """Bucket Ids."""

    max_num_results: int
    """The maximum number of results to retrieve as context for the language model."""


class CallControlRetrievalToolParam(TypedDict, total=False):
    """RetrievalTool"""

    retrieval: Required[CallControlBucketIdsParam]
    """BucketIds."""

    type: Required[Literal["retrieval"]]


class CallControlTransferToolParamsTargetsArrayItemParam(TypedDict, total=False):
    """`CallControlTransferToolParamsTargetsArrayItem` as a dict literal (keys as sent on the wire)."""

    name: str
    """The name of the target."""

    to: Required[str]
    """The destination number or SIP URI of the call."""


class CallControlWebhookToolParamsBodyParametersParam(TypedDict, total=False):
    """The body parameters the webhook tool accepts, described as a JSON Schema object. These parameters will be passed to the webhook as the body of the request. See the [JSON Schema reference](https://json-schema.org/understanding-json-schema) for documentation about the format"""

    properties: Mapping[str, Any]
    """The properties of the body parameters."""

    required: SequenceNotStr[str]
    """The required properties of the body parameters."""

    type: Literal["object"]


class CallControlWebhookToolParamsHeadersItemParam(TypedDict, total=False):
    """`CallControlWebhookToolParamsHeadersItem` as a dict literal (keys as sent on the wire)."""

    name: str

    value: str
    """The value of the header. Note that we support mustache templating for the value. For example you can use `Bearer {{#integration_secret}}test-secret{{/integration_secret}}` to pass the value of the integration secret as the bearer token."""


class CallControlWebhookToolParamsParam(TypedDict, total=False):
    """WebhookToolParams"""

    body_parameters: CallControlWebhookToolParamsBodyParametersParam
    """The body parameters the webhook tool accepts, described as a JSON Schema object. These parameters will be passed to the webhook as the body of the request. See the [JSON Schema reference](https://json-schema.org/understanding-json-schema) for documentation about the format."""

    description: Required[str]
    """The description of the tool."""

    headers: Sequence[CallControlWebhookToolParamsHeadersItemParam]
    """The headers to be sent to the external tool."""

    method: Literal["GET", "POST", "PUT", "DELETE", "PATCH"]
    """The HTTP method to be used when calling the external tool. Allowed values: `"GET"`, `"POST"`, `"PUT"`, `"DELETE"`, `"PATCH"`. Default: `"POST"`."""

    name: Required[str]
    """The name of the tool."""

    path_parameters: CallControlWebhookToolParamsPathParametersParam
    """The path parameters the webhook tool accepts, described as a JSON Schema object. These parameters will be passed to the webhook as the path of the request if the URL contains a placeholder for a value. See the [JSON Schema reference](https://json-schema.org/understanding-json-schema) for documentation about the format."""

    query_parameters: CallControlWebhookToolParamsQueryParametersParam
    """The query parameters the webhook tool accepts, described as a JSON Schema object. These parameters will be passed to the webhook as the query of the request. See the [JSON Schema reference](https://json-schema.org/understanding-json-schema) for documentation about the format."""

    url: Required[str]
    """The URL of the external tool to be called. This URL is going to be used by the assistant. The URL can be templated like: `https://example.com/api/v1/{id}`, where `{id}` is a placeholder for a value that will be provided by the assistant if `path_parameters` are provided with the `id` attribute."""


class CallControlWebhookToolParamsPathParametersParam(TypedDict, total=False):
    """The path parameters the webhook tool accepts, described as a JSON Schema object. These parameters will be passed to the webhook as the path of the request if the URL contains a placeholder for a value. See the [JSON Schema reference](https://json-schema.org/understanding-json-schema) for documentation about the format"""

    properties: Mapping[str, Any]
    """The properties of the path parameters."""

    required: SequenceNotStr[str]
    """The required properties of the path parameters."""

    type: Literal["object"]


class CallControlWebhookToolParamsQueryParametersParam(TypedDict, total=False):
    """The query parameters the webhook tool accepts, described as a JSON Schema object. These parameters will be passed to the webhook as the query of the request. See the [JSON Schema reference](https://json-schema.org/understanding-json-schema) for documentation about the format"""

    properties: Mapping[str, Any]
    """The properties of the query parameters."""

    required: SequenceNotStr[str]
    """The required properties of the query parameters."""

    type: Literal["object"]


class CallRequestAnsweringMachineDetectionConfigParam(TypedDict, total=False):
    """Optional configuration parameters to modify 'answering_machine_detection' performance. Only `total_analysis_time_millis` and `greeting_duration_millis` parameters are applicable when `premium` is selected as answering_machine_detection."""

    after_greeting_silence_millis: int
    """Silence duration threshold after a greeting message or voice for it be considered human. Unit: milliseconds. Default: `800`."""

    between_words_silence_millis: int
    """Maximum threshold for silence between words. Unit: milliseconds. Default: `50`."""

    greeting_duration_millis: int
    """Maximum threshold of a human greeting. If greeting longer than this value, considered machine. Unit: milliseconds. Default: `3500`."""

    greeting_silence_duration_millis: int
    """If machine already detected, maximum threshold for silence between words. If exceeded, the greeting is considered ended. Unit: milliseconds. Default: `1500`."""

    greeting_total_analysis_time_millis: int
    """If machine already detected, maximum timeout threshold to determine the end of the machine greeting. Unit: milliseconds. Default: `5000`."""

    initial_silence_millis: int
    """If initial silence duration is greater than this value, consider it a machine. Unit: milliseconds. Default: `3500`."""

    maximum_number_of_words: int
    """If number of detected words is greater than this value, consder it a machine. Default: `5`."""

    maximum_word_length_millis: int
    """If a single word lasts longer than this threshold, consider it a machine. Unit: milliseconds. Default: `3500`."""

    silence_threshold: int
    """Minimum noise threshold for any analysis. Default: `256`."""

    total_analysis_time_millis: int
    """Maximum timeout threshold for overall detection. Unit: milliseconds. Default: `3500`."""


class CallRequestConferenceConfigParam(TypedDict, total=False):
    """Optional configuration parameters to dial new participant into a conference."""

    beep_enabled: Literal["always", "never", "on_enter", "on_exit"]
    """Whether a beep sound should be played when the participant joins and/or leaves the conference. Can be used to override the conference-level setting. Allowed values: `"always"`, `"never"`, `"on_enter"`, `"on_exit"`."""

    conference_name: str
    """Conference name to be joined."""

    early_media: bool
    """Controls the moment when dialled call is joined into conference. If set to `true` user will be joined as soon as media is available (ringback). If `false` user will be joined when call is answered. Defaults to `true`. Default: `true`."""

    end_conference_on_exit: bool
    """Whether the conference should end and all remaining participants be hung up after the participant leaves the conference. Defaults to "false"."""

    hold: bool
    """Whether the participant should be put on hold immediately after joining the conference. Defaults to "false"."""

    hold_audio_url: str
    """The URL of a file to be played to the participant when they are put on hold after joining the conference. hold_media_name and hold_audio_url cannot be used together in one request. Takes effect only when "start_conference_on_create" is set to "false". This property takes effect only if "hold" is set to "true"."""

    hold_media_name: str
    """The media_name of a file to be played to the participant when they are put on hold after joining the conference. The media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization. The file must either be a WAV or MP3 file. Takes effect only when "start_conference_on_create" is set to "false". This property takes effect only if "hold" is set to "true"."""

    id: str
    """Conference ID to be joined."""

    mute: bool
    """Whether the participant should be muted immediately after joining the conference. Defaults to "false"."""

    soft_end_conference_on_exit: bool
    """Whether the conference should end after the participant leaves the conference. NOTE this doesn't hang up the other participants. Defaults to "false"."""

    start_conference_on_create: bool
    """Whether the conference should be started on creation. If the conference isn't started all participants that join are automatically put on hold. Defaults to "true"."""

    start_conference_on_enter: bool
    """Whether the conference should be started after the participant joins the conference. Defaults to "false"."""

    supervisor_role: Literal["barge", "monitor", "none", "whisper"]
    """Sets the joining participant as a supervisor for the conference. A conference can have multiple supervisors. "barge" means the supervisor enters the conference as a normal participant. This is the same as "none". "monitor" means the supervisor is muted but can hear all participants. "whisper" means that only the specified "whisper_call_control_ids" can hear the supervisor. Defaults to "none". Allowed values: `"barge"`, `"monitor"`, `"none"`, `"whisper"`."""

    whisper_call_control_ids: SequenceNotStr[str]
    """Array of unique call_control_ids the joining supervisor can whisper to. If none provided, the supervisor will join the conference as a monitoring participant only."""


class CallRequestDeepfakeDetectionParam(TypedDict, total=False):
    """Enables deepfake detection on the call. When enabled, audio from the remote party is streamed to a detection service that analyzes whether the voice is AI-generated. Results are delivered via the `call.deepfake_detection.result` webhook."""

    enabled: Required[bool]
    """Whether deepfake detection is enabled. Default: `false`."""

    rtp_timeout: int
    """Maximum time in seconds to wait for RTP audio before timing out. If no audio is received within this window, detection stops with an error. Default: `30`. Minimum: 5. Maximum: 120."""

    timeout: int
    """Maximum time in seconds to wait for a detection result before timing out. Default: `15`. Minimum: 5. Maximum: 60."""


class CallRequestWebhookRetriesPoliciesValueParam(TypedDict, total=False):
    """`CallRequestWebhookRetriesPoliciesValue` as a dict literal (keys as sent on the wire)."""

    retries_ms: Sequence[int]
    """Array of delays in milliseconds between retry attempts. Total sum cannot exceed 60000ms. Unit: milliseconds."""


class CheckAvailabilityToolParam(TypedDict, total=False):
    """CheckAvailabilityTool"""

    check_availability: Required[CheckAvailabilityToolParamsParam]
    """CheckAvailabilityToolParams."""

    type: Required[Literal["check_availability"]]


class CheckAvailabilityToolParamsParam(TypedDict, total=False):
    """CheckAvailabilityToolParams"""

    api_key_ref: Required[str]
    """Reference to an integration secret that contains your Cal.com API key. You would pass the `identifier` for an integration secret [/v2/integration_secrets](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-integration-secret) that refers to your Cal.com API key."""

    event_type_id: Required[int]
    """Event Type ID for which slots are being fetched. [cal.com](https://cal.com/docs/api-reference/v2/slots/get-available-slots#parameter-event-type-id)."""


class ConversationRelayAssistantParam(TypedDict, total=False):
    """Custom parameters for the Conversation Relay session. Pass key-value data as `assistant.dynamic_variables` to make it available to the relay session."""

    dynamic_variables: Mapping[str, str]
    """Custom key-value parameters forwarded to the Conversation Relay session."""


class ConversationRelayEmbeddedConfigParam(TypedDict, total=False):
    """Starts a Conversation Relay session automatically when the answered/dialed call is answered. This embedded shape is supported on `answer` and `dial`. It uses public field names (`url`, `dtmf_detection`, `greeting`, `voice`, `language`, etc.) and maps them to the underlying Conversation Relay action. `client_state`, `tts_language`, and `transcription_language` inside this object are ignored; use the parent command's `client_state` and `command_id` fields instead."""

    custom_parameters: Mapping[str, Any]
    """Custom key-value parameters forwarded to the relay session as assistant dynamic variables."""

    dtmf_detection: bool
    """Enable DTMF detection for the relay session. Default: `false`."""

    greeting: str
    """Text played when the relay session starts."""

    interruptible: Literal["none", "any", "speech", "dtmf"]
    """Controls when caller input can interrupt assistant speech. `any` allows speech or DTMF interruptions; `none` disables interruptions; `speech` allows speech only; `dtmf` allows DTMF only. Allowed values: `"none"`, `"any"`, `"speech"`, `"dtmf"`. Default: `"any"`."""

    interruptible_greeting: Literal["none", "any", "speech", "dtmf"]
    """Controls when caller input can interrupt assistant speech. `any` allows speech or DTMF interruptions; `none` disables interruptions; `speech` allows speech only; `dtmf` allows DTMF only. Allowed values: `"none"`, `"any"`, `"speech"`, `"dtmf"`. Default: `"any"`."""

    interruption_settings: ConversationRelayInterruptionSettingsParam
    """Settings for handling caller interruptions during Conversation Relay speech."""

    language: str
    """Default language for both text-to-speech and speech recognition. Default: `"en"`."""

    languages: Sequence[ConversationRelayLanguageParam]
    """Per-language TTS and transcription settings."""

    provider: str
    """Structured voice provider. Must be supplied together with `structured_provider`."""

    structured_provider: Mapping[str, Any]
    """Provider-specific structured voice settings. Must be supplied together with `provider`; Telnyx sends the value as the nested provider configuration for Conversation Relay."""

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

    url: Required[str]
    """WebSocket URL for your Conversation Relay server. Must start with `ws://` or `wss://`."""

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
        ElevenLabsVoiceSettingsParam
        | TelnyxVoiceSettingsParam
        | AWSVoiceSettingsParam
        | MinimaxVoiceSettingsParam
        | AzureVoiceSettingsParam
        | RimeVoiceSettingsParam
        | ResembleVoiceSettingsParam
        | InworldVoiceSettingsParam
        | XAIVoiceSettingsParam
    )
    """The settings associated with the voice selected."""


class ConversationRelayInterruptionSettingsParam(TypedDict, total=False):
    """Settings for handling caller interruptions during Conversation Relay speech."""

    enable: bool
    """Legacy boolean form. `true` is equivalent to `interruptible=any`; `false` is equivalent to `interruptible=none`."""

    interruptible: Literal["none", "any", "speech", "dtmf"]
    """Controls when caller input can interrupt assistant speech. `any` allows speech or DTMF interruptions; `none` disables interruptions; `speech` allows speech only; `dtmf` allows DTMF only. Allowed values: `"none"`, `"any"`, `"speech"`, `"dtmf"`. Default: `"any"`."""

    interruptible_greeting: Literal["none", "any", "speech", "dtmf"]
    """Controls when caller input can interrupt assistant speech. `any` allows speech or DTMF interruptions; `none` disables interruptions; `speech` allows speech only; `dtmf` allows DTMF only. Allowed values: `"none"`, `"any"`, `"speech"`, `"dtmf"`. Default: `"any"`."""

    welcome_greeting_interruptible: Literal["none", "any", "speech", "dtmf"]
    """Controls when caller input can interrupt assistant speech. `any` allows speech or DTMF interruptions; `none` disables interruptions; `speech` allows speech only; `dtmf` allows DTMF only. Allowed values: `"none"`, `"any"`, `"speech"`, `"dtmf"`. Default: `"any"`."""


class ConversationRelayLanguageParam(TypedDict, total=False):
    """Language-specific TTS and transcription settings for Conversation Relay."""

    language: Required[str]
    """BCP 47 language tag for this language configuration."""

    speech_model: str
    """Conversation Relay speech model. Prefer `transcription_engine_config.transcription_model` when configuring speech-to-text."""

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
    """Engine to use for speech recognition. Legacy values `A` - `Google`, `B` - `Telnyx` are supported for backward compatibility. When provided in a Conversation Relay language entry, Telnyx derives `transcription_provider` and `speech_model` for that language. Allowed values: `"Google"`, `"Telnyx"`, `"Deepgram"`, `"Azure"`, `"xAI"`, `"AssemblyAI"`, `"Speechmatics"`, `"Soniox"`, `"A"`, `"B"`. Default: `"Google"`."""

    transcription_engine_config: Mapping[str, Any]
    """Engine-specific transcription settings for Conversation Relay. This accepts the same provider-specific options used by the Call Transcription Start command, such as `transcription_model`, without requiring the engine discriminator to be repeated inside this object."""

    transcription_provider: str
    """Conversation Relay transcription provider name. Prefer `transcription_engine` when configuring speech-to-text."""

    tts_provider: str
    """Text-to-speech provider for this language. If omitted and `voice` is provided, Telnyx derives the provider from the voice identifier."""

    voice: str
    """Voice identifier for this language."""

    voice_settings: (
        ElevenLabsVoiceSettingsParam
        | TelnyxVoiceSettingsParam
        | AWSVoiceSettingsParam
        | MinimaxVoiceSettingsParam
        | AzureVoiceSettingsParam
        | RimeVoiceSettingsParam
        | ResembleVoiceSettingsParam
        | InworldVoiceSettingsParam
        | XAIVoiceSettingsParam
    )
    """The settings associated with the voice selected."""


class ConversationRelaySettingsParam(TypedDict, total=False):
    """Conversation Relay connection settings. This object can provide `url`, `dtmf_detection`, `interruptible`, `interruptible_greeting`, and `languages`. Top-level aliases override nested values when both are present."""

    dtmf_detection: bool
    """Whether to enable DTMF detection during the relay session. Default: `false`."""

    interruptible: Literal["none", "any", "speech", "dtmf"]
    """Controls when caller input can interrupt assistant speech. `any` allows speech or DTMF interruptions; `none` disables interruptions; `speech` allows speech only; `dtmf` allows DTMF only. Allowed values: `"none"`, `"any"`, `"speech"`, `"dtmf"`. Default: `"any"`."""

    interruptible_greeting: Literal["none", "any", "speech", "dtmf"]
    """Controls when caller input can interrupt assistant speech. `any` allows speech or DTMF interruptions; `none` disables interruptions; `speech` allows speech only; `dtmf` allows DTMF only. Allowed values: `"none"`, `"any"`, `"speech"`, `"dtmf"`. Default: `"any"`."""

    languages: Sequence[ConversationRelayLanguageParam]
    """Language-specific TTS and transcription settings."""

    url: Required[str]
    """WebSocket URL for your Conversation Relay server. Must start with `ws://` or `wss://`."""


class CustomSipHeaderParam(TypedDict, total=False):
    """Custom SIP Header"""

    name: Required[str]
    """The name of the header to add."""

    value: Required[str]
    """The value of the header."""


class DeepgramNova2ConfigParam(TypedDict, total=False):
    """DeepgramNova2Config"""

    hints: SequenceNotStr[str]
    """Nova-2 keyword biasing without intensifiers. Up to 100 terms to bias recognition toward. For weighted biasing, use `keywords_boosting` instead. Nova-2-only; use `keyterms` on Nova-3. Default: `[]`."""

    interim_results: bool
    """Whether to send also interim results. If set to false, only final results will be sent. Default: `false`."""

    keywords_boosting: Mapping[str, float]
    """Keywords and their respective intensifiers (boosting values) to improve transcription accuracy for specific words or phrases. The intensifier should be a numeric value. Example: `{"snuffleupagus": 5, "systrom": 2, "krieger": 1}`."""

    language: Literal[
        "bg",
        "ca",
        "zh",
        "zh-CN",
        "zh-Hans",
        "zh-TW",
        "zh-Hant",
        "zh-HK",
        "cs",
        "da",
        "da-DK",
        "nl",
        "en",
        "en-US",
        "en-AU",
        "en-GB",
        "en-NZ",
        "en-IN",
        "et",
        "fi",
        "nl-BE",
        "fr",
        "fr-CA",
        "de",
        "de-CH",
        "el",
        "hi",
        "hu",
        "id",
        "it",
        "ja",
        "ko",
        "ko-KR",
        "lv",
        "lt",
        "ms",
        "no",
        "pl",
        "pt",
        "pt-BR",
        "pt-PT",
        "ro",
        "ru",
        "sk",
        "es",
        "es-419",
        "sv",
        "sv-SE",
        "th",
        "th-TH",
        "tr",
        "uk",
        "vi",
        "auto_detect",
    ]
    """Language to use for speech recognition with nova-2 model. Allowed values: `"bg"`, `"ca"`, `"zh"`, `"zh-CN"`, `"zh-Hans"`, `"zh-TW"`, `"zh-Hant"`, `"zh-HK"`, `"cs"`, `"da"`, `"da-DK"`, `"nl"`, `"en"`, `"en-US"`, `"en-AU"`, `"en-GB"`, `"en-NZ"`, `"en-IN"`, `"et"`, `"fi"`, `"nl-BE"`, `"fr"`, `"fr-CA"`, `"de"`, `"de-CH"`, `"el"`, `"hi"`, `"hu"`, `"id"`, `"it"`, `"ja"`, `"ko"`, `"ko-KR"`, `"lv"`, `"lt"`, `"ms"`, `"no"`, `"pl"`, `"pt"`, `"pt-BR"`, `"pt-PT"`, `"ro"`, `"ru"`, `"sk"`, `"es"`, `"es-419"`, `"sv"`, `"sv-SE"`, `"th"`, `"th-TH"`, `"tr"`, `"uk"`, `"vi"`, `"auto_detect"`. Default: `"en"`."""

    smart_format: bool
    """Enable Deepgram's smart formatting (capitalization, punctuation, and digit normalization). Note: Telnyx defaults this to `true`, overriding Deepgram's underlying default of `false` — omit the field to get a smart-formatted transcript, or set it to `false` to receive the raw lowercase transcript without punctuation. Default: `true`."""

    transcription_engine: Required[Literal["Deepgram"]]

    transcription_model: Required[Literal["deepgram/nova-2"]]

    utterance_end_ms: int
    """Number of milliseconds of silence to consider an utterance ended. Ranges from 0 to 5000 ms. Unit: milliseconds. Default: `1000`. Minimum: 0. Maximum: 5000."""


class DeepgramNova3ConfigParam(TypedDict, total=False):
    """DeepgramNova3Config"""

    interim_results: bool
    """Whether to send also interim results. If set to false, only final results will be sent. Default: `false`."""

    keyterms: SequenceNotStr[str]
    """Nova-3 keyterm prompting. Up to 100 domain-specific terms or brand names to bias recognition toward. Nova-3-only; use `hints` on Nova-2. Default: `[]`."""

    keywords_boosting: Mapping[str, float]
    """Keywords and their respective intensifiers (boosting values) to improve transcription accuracy for specific words or phrases. The intensifier should be a numeric value. Example: `{"snuffleupagus": 5, "systrom": 2, "krieger": 1}`."""

    language: Literal[
        "en",
        "en-US",
        "en-AU",
        "en-GB",
        "en-IN",
        "en-NZ",
        "de",
        "nl",
        "sv",
        "sv-SE",
        "da",
        "da-DK",
        "es",
        "es-419",
        "fr",
        "fr-CA",
        "pt",
        "pt-BR",
        "pt-PT",
        "auto_detect",
    ]
    """Language to use for speech recognition with nova-3 model. Allowed values: `"en"`, `"en-US"`, `"en-AU"`, `"en-GB"`, `"en-IN"`, `"en-NZ"`, `"de"`, `"nl"`, `"sv"`, `"sv-SE"`, `"da"`, `"da-DK"`, `"es"`, `"es-419"`, `"fr"`, `"fr-CA"`, `"pt"`, `"pt-BR"`, `"pt-PT"`, `"auto_detect"`. Default: `"en"`."""

    smart_format: bool
    """Enable Deepgram's smart formatting (capitalization, punctuation, and digit normalization). Note: Telnyx defaults this to `true`, overriding Deepgram's underlying default of `false` — omit the field to get a smart-formatted transcript, or set it to `false` to receive the raw lowercase transcript without punctuation. Default: `true`."""

    transcription_engine: Required[Literal["Deepgram"]]

    transcription_model: Required[Literal["deepgram/nova-3"]]

    utterance_end_ms: int
    """Number of milliseconds of silence to consider an utterance ended. Ranges from 0 to 5000 ms. Unit: milliseconds. Default: `1000`. Minimum: 0. Maximum: 5000."""


class DeveloperMessageParam(TypedDict, total=False):
    """Developer-provided instructions that the model should follow, regardless of messages sent by the user."""

    content: Required[str]
    """The contents of the developer message."""

    metadata: Mapping[str, Any]
    """Metadata to add to the message."""

    role: Required[Literal["developer"]]
    """The role of the messages author, in this case developer."""


class DialogflowConfigParam(TypedDict, total=False):
    """Dialogflow Config"""

    analyze_sentiment: bool
    """Enable sentiment analysis from Dialogflow. Default: `false`."""

    partial_automated_agent_reply: bool
    """Enable partial automated agent reply from Dialogflow. Default: `false`."""


class ElevenLabsVoiceSettingsParam(TypedDict, total=False):
    """ElevenLabs Voice Settings"""

    api_key_ref: str
    """The `identifier` for an integration secret [/v2/integration_secrets](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-integration-secret) that refers to your ElevenLabs API key. Warning: Free plans are unlikely to work with this integration."""

    type: Required[Literal["elevenlabs"]]
    """Voice settings provider type."""


class GatherUsingAIRequestMessageHistoryItemParam(TypedDict, total=False):
    """`GatherUsingAIRequestMessageHistoryItem` as a dict literal (keys as sent on the wire)."""

    content: str
    """The content of the message."""

    role: Literal["assistant", "user"]
    """The role of the message sender. Allowed values: `"assistant"`, `"user"`."""


class HangupToolParam(TypedDict, total=False):
    """HangupTool"""

    hangup: Required[HangupToolParamsParam]
    """HangupToolParams."""

    type: Required[Literal["hangup"]]


class HangupToolParamsParam(TypedDict, total=False):
    """HangupToolParams"""

    description: str
    """The description of the function that will be passed to the assistant. Default: `"This tool is used to hang up the call."`."""


class InterruptionSettingsParam(TypedDict, total=False):
    """Settings for handling user interruptions during assistant speech"""

    enable: bool
    """When true, allows users to interrupt the assistant while speaking. Default: `true`."""


class InworldVoiceSettingsParam(TypedDict, total=False):
    """Inworld Voice Settings"""

    delivery_mode: Literal["STABLE", "BALANCED", "CREATIVE"]
    """Controls the expressiveness and consistency of the Inworld `TTS2` model's speech synthesis. `STABLE` favors consistent, predictable output, `CREATIVE` allows more expressive variation, and `BALANCED` sits in between. Optional and only supported by `TTS2`; when omitted, the provider default applies. Allowed values: `"STABLE"`, `"BALANCED"`, `"CREATIVE"`."""

    type: Required[Literal["inworld"]]
    """Voice settings provider type."""


class ListConferenceParticipantsFilterParam(TypedDict, total=False):
    """`ListConferenceParticipantsFilter` as a dict literal (keys as sent on the wire)."""

    muted: bool
    """If present, participants will be filtered to those who are/are not muted."""

    on_hold: bool
    """If present, participants will be filtered to those who are/are not put on hold."""

    whispering: bool
    """If present, participants will be filtered to those who are whispering or are not."""


class ListConferenceParticipantsPageParam(TypedDict, total=False):
    """`ListConferenceParticipantsPage` as a dict literal (keys as sent on the wire)."""

    after: str
    """Opaque identifier of next page. Default: `"null"`."""

    before: str
    """Opaque identifier of previous page. Default: `"null"`."""

    limit: int
    """Limit of records per single page. Default: `20`. Minimum: 1. Maximum: 250."""

    number: int
    """The page number to load. Default: `1`. Minimum: 1."""

    size: int
    """The size of the page. Default: `20`. Minimum: 1. Maximum: 250."""


class ListConferencesFilterApplicationNameParam(TypedDict, total=False):
    """Application name filters"""

    contains: str
    """If present, applications with <code>application_name</code> containing the given value will be returned. Matching is not case-sensitive. Requires at least three characters. Default: `"null"`."""


class ListConferencesFilterOccurredAtParam(TypedDict, total=False):
    """Event occurred_at filters"""

    eq: str
    """Event occurred_at: equal."""

    gt: str
    """Event occurred_at: greater than."""

    gte: str
    """Event occurred_at: greater than or equal."""

    lt: str
    """Event occurred_at: lower than."""

    lte: str
    """Event occurred_at: lower than or equal."""


class ListConferencesPageParam(TypedDict, total=False):
    """`ListConferencesPage` as a dict literal (keys as sent on the wire)."""

    after: str
    """Opaque identifier of next page. Default: `"null"`."""

    before: str
    """Opaque identifier of previous page. Default: `"null"`."""

    limit: int
    """Limit of records per single page. Default: `20`. Minimum: 1. Maximum: 250."""

    number: int
    """The page number to load. Default: `1`. Minimum: 1."""

    size: int
    """The size of the page. Default: `20`. Minimum: 1. Maximum: 250."""


class ListConnectionActiveCallsPageParam(TypedDict, total=False):
    """`ListConnectionActiveCallsPage` as a dict literal (keys as sent on the wire)."""

    after: str
    """Opaque identifier of next page. Default: `"null"`."""

    before: str
    """Opaque identifier of previous page. Default: `"null"`."""

    limit: int
    """Limit of records per single page. Default: `20`. Minimum: 1. Maximum: 250."""

    number: int
    """The page number to load. Default: `1`. Minimum: 1."""

    size: int
    """The size of the page. Default: `20`. Minimum: 1. Maximum: 250."""


class ListQueueCallsPageParam(TypedDict, total=False):
    """`ListQueueCallsPage` as a dict literal (keys as sent on the wire)."""

    after: str
    """Opaque identifier of next page. Default: `"null"`."""

    before: str
    """Opaque identifier of previous page. Default: `"null"`."""

    limit: int
    """Limit of records per single page. Default: `20`. Minimum: 1. Maximum: 250."""

    number: int
    """The page number to load. Default: `1`. Minimum: 1."""

    size: int
    """The size of the page. Default: `20`. Minimum: 1. Maximum: 250."""


class MinimaxVoiceSettingsParam(TypedDict, total=False):
    """Minimax Voice Settings"""

    language_boost: (
        Literal[
            "auto",
            "Chinese",
            "Chinese,Yue",
            "English",
            "Arabic",
            "Russian",
            "Spanish",
            "French",
            "Portuguese",
            "German",
            "Turkish",
            "Dutch",
            "Ukrainian",
            "Vietnamese",
            "Indonesian",
            "Japanese",
            "Italian",
            "Korean",
            "Thai",
            "Polish",
            "Romanian",
            "Greek",
            "Czech",
            "Finnish",
            "Hindi",
            "Bulgarian",
            "Danish",
            "Hebrew",
            "Malay",
            "Persian",
            "Slovak",
            "Swedish",
            "Croatian",
            "Filipino",
            "Hungarian",
            "Norwegian",
            "Slovenian",
            "Catalan",
            "Nynorsk",
            "Tamil",
            "Afrikaans",
        ]
        | None
    )
    """Enhances recognition for specific languages and dialects during MiniMax TTS synthesis. Default is null (no boost). Set to 'auto' for automatic language detection. Allowed values: `"auto"`, `"Chinese"`, `"Chinese,Yue"`, `"English"`, `"Arabic"`, `"Russian"`, `"Spanish"`, `"French"`, `"Portuguese"`, `"German"`, `"Turkish"`, `"Dutch"`, `"Ukrainian"`, `"Vietnamese"`, `"Indonesian"`, `"Japanese"`, `"Italian"`, `"Korean"`, `"Thai"`, `"Polish"`, `"Romanian"`, `"Greek"`, `"Czech"`, `"Finnish"`, `"Hindi"`, `"Bulgarian"`, `"Danish"`, `"Hebrew"`, `"Malay"`, `"Persian"`, `"Slovak"`, `"Swedish"`, `"Croatian"`, `"Filipino"`, `"Hungarian"`, `"Norwegian"`, `"Slovenian"`, `"Catalan"`, `"Nynorsk"`, `"Tamil"`, `"Afrikaans"`. Default: `null`."""

    pitch: int
    """Voice pitch adjustment. Default is 0. Default: `0`."""

    speed: float
    """Speech speed multiplier. Default is 1.0. Default: `1.0`."""

    type: Required[Literal["minimax"]]
    """Voice settings provider type."""

    vol: float
    """Speech volume multiplier. Default is 1.0. Default: `1.0`."""


class NoiseSuppressionEngineConfigParam(TypedDict, total=False):
    """Configuration parameters for noise suppression engines. Different engines support different parameters."""

    attenuation_limit: int
    """The attenuation limit for noise suppression (0-100). Only applicable for DeepFilterNet. Default: `100`. Minimum: 0. Maximum: 100."""

    enhancement_level: float
    """Enhancement intensity (0.0-1.0). Only applicable for AiCoustics. Minimum: 0.0. Maximum: 1.0."""

    family: Literal["sparrow", "quail"]
    """AiCoustics model family. 'sparrow' optimized for human-to-human calls, 'quail' optimized for Voice AI/STT. Only applicable for AiCoustics. Allowed values: `"sparrow"`, `"quail"`."""

    mode: Literal["standard", "advanced"]
    """Processing mode. Only applicable for DeepFilterNet. Allowed values: `"standard"`, `"advanced"`."""

    model: Literal[
        "krisp-viva-tel-v2.kef",
        "krisp-viva-tel-lite-v1.kef",
        "krisp-viva-pro-v1.kef",
        "krisp-viva-ss-v1.kef",
    ]
    """The Krisp model to use. Only applicable for Krisp. Allowed values: `"krisp-viva-tel-v2.kef"`, `"krisp-viva-tel-lite-v1.kef"`, `"krisp-viva-pro-v1.kef"`, `"krisp-viva-ss-v1.kef"`."""

    size: Literal["s", "l", "xs", "xxs", "vf_l", "vf_1_1_l"]
    """AiCoustics model size. 's' and 'l' work with both families. 'xs' and 'xxs' are sparrow-only. 'vf_l' and 'vf_1_1_l' are quail-only. Only applicable for AiCoustics. Allowed values: `"s"`, `"l"`, `"xs"`, `"xxs"`, `"vf_l"`, `"vf_1_1_l"`."""

    suppression_level: float
    """Suppression level (0.0-100.0). Only applicable for Krisp. Minimum: 0.0. Maximum: 100.0."""

    voice_gain: float
    """Voice gain multiplier (0.1-4.0). Only applicable for AiCoustics. Minimum: 0.1. Maximum: 4.0."""


class ResembleVoiceSettingsParam(TypedDict, total=False):
    """Resemble Voice Settings"""

    format: Literal["wav", "mp3"]
    """Output audio format. Allowed values: `"wav"`, `"mp3"`. Default: `"mp3"`."""

    precision: Literal["PCM_16", "PCM_24", "PCM_32", "MULAW"]
    """Audio precision format. Allowed values: `"PCM_16"`, `"PCM_24"`, `"PCM_32"`, `"MULAW"`. Default: `"PCM_32"`."""

    sample_rate: Literal["8000", "16000", "22050", "32000", "44100", "48000"]
    """Audio sample rate in Hz. Allowed values: `"8000"`, `"16000"`, `"22050"`, `"32000"`, `"44100"`, `"48000"`. Default: `"48000"`."""

    type: Required[Literal["resemble"]]
    """Voice settings provider type."""


class RimeVoiceSettingsParam(TypedDict, total=False):
    """Rime Voice Settings"""

    type: Required[Literal["rime"]]
    """Voice settings provider type."""

    voice_speed: float
    """Speech speed multiplier. Default is 1.0. Default: `1.0`."""


class SipHeaderParam(TypedDict, total=False):
    """SIP Header"""

    name: Required[Literal["User-to-User"]]
    """The name of the header to add."""

    value: Required[str]
    """The value of the header."""


class SoundModificationsParam(TypedDict, total=False):
    """Use this field to modify sound effects, for example adjust the pitch."""

    octaves: float
    """Adjust the pitch in octaves, values should be between -1 and 1, default 0."""

    pitch: float
    """Set the pitch directly, value should be > 0, default 1 (lower = lower tone)."""

    semitone: float
    """Adjust the pitch in semitones, values should be between -14 and 14, default 0."""

    track: str
    """The track to which the sound modifications will be applied. Accepted values are `inbound` or `outbound`. Default: `"outbound"`."""


class StartStreamingRequestCustomParametersItemParam(TypedDict, total=False):
    """`StartStreamingRequestCustomParametersItem` as a dict literal (keys as sent on the wire)."""

    name: str
    """The name of the custom parameter."""

    value: str
    """The value of the custom parameter."""


class SystemMessageParam(TypedDict, total=False):
    """Developer-provided instructions that the model should follow, regardless of messages sent by the user."""

    content: Required[str]
    """The contents of the system message."""

    metadata: Mapping[str, Any]
    """Metadata to add to the message."""

    role: Required[Literal["system"]]
    """The role of the messages author, in this case `system`."""


class TelnyxVoiceSettingsParam(TypedDict, total=False):
    """Telnyx Voice Settings"""

    type: Required[Literal["telnyx"]]
    """Voice settings provider type."""

    voice_speed: float
    """The voice speed to be used for the voice. The voice speed must be between 0.1 and 2.0. Default value is 1.0. Not supported for `Telnyx.Bayan.*` or `Telnyx.Sukhan.*` voices. Default: `1.0`. Minimum: 0.1. Maximum: 2.0."""


class ToolCallFunctionParam(TypedDict, total=False):
    """The function that the model called."""

    name: Required[str]
    """The name of the function to call."""


class ToolCallParam(TypedDict, total=False):
    """A call to a function tool created by the model."""

    function: Required[ToolCallFunctionParam]
    """The function that the model called."""

    id: Required[str]
    """The ID of the tool call."""

    type: Required[Literal["function"]]
    """The type of the tool. Currently, only `function` is supported."""


class ToolMessageParam(TypedDict, total=False):
    """Tool Message"""

    content: Required[str]
    """The contents of the tool message."""

    metadata: Mapping[str, Any]
    """Metadata to add to the message."""

    role: Required[Literal["tool"]]
    """The role of the messages author, in this case `tool`."""

    tool_call_id: Required[str]
    """Tool call that this message is responding to."""


class TranscriptionConfigParam(TypedDict, total=False):
    """The settings associated with speech to text for the voice assistant. This is only relevant if the assistant uses a text-to-text language model. Any assistant using a model with native audio support (e.g. `fixie-ai/ultravox-v0_4`) will ignore this field."""

    language: str
    """The language of the audio to be transcribed. If not set, or if set to `auto`, supported models will automatically detect the language. Supported and meaningful values depend on the selected transcription `model`. For `deepgram/flux`, supported values are: `auto` (Telnyx language detection controls the language hint), `multi` (no language hint), and language-specific hints `en`, `es`, `fr`, `de`, `hi`, `ru`, `pt`, `ja`, `it`, and `nl`. For `soniox/stt-rt-v4`, `auto` omits the language hint and lets Soniox auto-detect; ISO 639-1 codes (e.g. `en`, `es`) bias detection toward that language. For `assemblyai/universal-streaming`, `auto` (or unset) enables native multilingual code-switching; ISO 639-1 codes (`en`, `es`, `de`, `fr`, `pt`, `it`, `tr`, `nl`, `sv`, `no`, `da`, `fi`, `hi`, `vi`, `ar`, `he`, `ja`, `zh`) bias the session to that language. Default: `"auto"`."""

    model: Literal[
        "deepgram/flux",
        "flux",
        "deepgram/nova-3",
        "deepgram/nova-2",
        "speechmatics/standard",
        "speechmatics/enhanced",
        "assemblyai/universal-streaming",
        "xai/grok-stt",
        "soniox/stt-rt-v4",
        "nvidia/parakeet-v3",
        "azure/fast",
        "azure/realtime",
        "google/latest_long",
        "distil-whisper/distil-large-v2",
        "openai/whisper-large-v3-turbo",
    ]
    """The speech to text model to be used by the voice assistant. Supported models include:

    - `deepgram/flux` (or `flux`) for live streaming turn-taking.
    - `deepgram/nova-3` and `deepgram/nova-2` for live streaming transcription.
    - `speechmatics/standard` and `speechmatics/enhanced` for live streaming transcription.
    - `assemblyai/universal-streaming` for live streaming transcription.
    - `xai/grok-stt` for live streaming transcription.
    - `soniox/stt-rt-v4` for live streaming multilingual transcription with automatic language detection.
    - `nvidia/parakeet-v3` for multilingual transcription with automatic language detection.
    - `azure/fast` and `azure/realtime`; Azure models require `region`, and unsupported regions require `api_key_ref`.
    - `google/latest_long` for non-streaming multilingual transcription.
    - `distil-whisper/distil-large-v2` for lower-latency English-only non-streaming transcription.
    - `openai/whisper-large-v3-turbo` for multilingual non-streaming transcription with automatic language detection. Allowed values: `"deepgram/flux"`, `"flux"`, `"deepgram/nova-3"`, `"deepgram/nova-2"`, `"speechmatics/standard"`, `"speechmatics/enhanced"`, `"assemblyai/universal-streaming"`, `"xai/grok-stt"`, `"soniox/stt-rt-v4"`, `"nvidia/parakeet-v3"`, `"azure/fast"`, `"azure/realtime"`, `"google/latest_long"`, `"distil-whisper/distil-large-v2"`, `"openai/whisper-large-v3-turbo"`. Default: `"distil-whisper/distil-large-v2"`."""


class TranscriptionEngineAConfigParam(TypedDict, total=False):
    """Transcription engine A config"""

    enable_speaker_diarization: bool
    """Enables speaker diarization. Default: `false`."""

    hints: SequenceNotStr[str]
    """Hints to improve transcription accuracy. Default: `[]`."""

    interim_results: bool
    """Whether to send also interim results. If set to false, only final results will be sent. Default: `false`."""

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
    """Language to use for speech recognition. Allowed values: `"af"`, `"sq"`, `"am"`, `"ar"`, `"hy"`, `"az"`, `"eu"`, `"bn"`, `"bs"`, `"bg"`, `"my"`, `"ca"`, `"yue"`, `"zh"`, `"hr"`, `"cs"`, `"da"`, `"nl"`, `"en"`, `"et"`, `"fil"`, `"fi"`, `"fr"`, `"gl"`, `"ka"`, `"de"`, `"el"`, `"gu"`, `"iw"`, `"hi"`, `"hu"`, `"is"`, `"id"`, `"it"`, `"ja"`, `"jv"`, `"kn"`, `"kk"`, `"km"`, `"ko"`, `"lo"`, `"lv"`, `"lt"`, `"mk"`, `"ms"`, `"ml"`, `"mr"`, `"mn"`, `"ne"`, `"no"`, `"fa"`, `"pl"`, `"pt"`, `"pa"`, `"ro"`, `"ru"`, `"rw"`, `"sr"`, `"si"`, `"sk"`, `"sl"`, `"ss"`, `"st"`, `"es"`, `"su"`, `"sw"`, `"sv"`, `"ta"`, `"te"`, `"th"`, `"tn"`, `"tr"`, `"ts"`, `"uk"`, `"ur"`, `"uz"`, `"ve"`, `"vi"`, `"xh"`, `"zu"`. Default: `"en"`."""

    max_speaker_count: int
    """Defines maximum number of speakers in the conversation. Default: `6`."""

    min_speaker_count: int
    """Defines minimum number of speakers in the conversation. Default: `2`."""

    model: Literal[
        "latest_long",
        "latest_short",
        "command_and_search",
        "phone_call",
        "video",
        "default",
        "medical_conversation",
        "medical_dictation",
    ]
    """The model to use for transcription. Allowed values: `"latest_long"`, `"latest_short"`, `"command_and_search"`, `"phone_call"`, `"video"`, `"default"`, `"medical_conversation"`, `"medical_dictation"`."""

    profanity_filter: bool
    """Enables profanity_filter. Default: `false`."""

    speech_context: Sequence[TranscriptionEngineAConfigSpeechContextItemParam]
    """Speech context to improve transcription accuracy."""

    transcription_engine: Literal["A"]
    """Engine identifier for Google transcription service."""

    use_enhanced: bool
    """Enables enhanced transcription, this works for models `phone_call` and `video`. Default: `false`."""


class TranscriptionEngineAConfigSpeechContextItemParam(TypedDict, total=False):
    """`TranscriptionEngineAConfigSpeechContextItem` as a dict literal (keys as sent on the wire)."""

    boost: float
    """Boost factor for the speech context. Default: `1.0`. Minimum: 0.0. Maximum: 20.0."""

    phrases: SequenceNotStr[str]
    """Default: `[]`."""


class TranscriptionEngineAssemblyaiConfigParam(TypedDict, total=False):
    """Transcription engine AssemblyAI config"""

    interim_results: bool
    """Whether to send also interim results. If set to false, only final results will be sent. Default: `false`."""

    transcription_engine: Literal["AssemblyAI"]
    """Engine identifier for AssemblyAI transcription service."""

    transcription_model: Literal["assemblyai/universal-streaming"]
    """The model to use for transcription. Default: `"assemblyai/universal-streaming"`."""


class TranscriptionEngineAzureConfigParam(TypedDict, total=False):
    """Transcription engine Azure config"""

    api_key_ref: str
    """Reference to the API key for authentication. See [integration secrets documentation](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-integration-secret) for details. The parameter is optional as defaults are available for some regions."""

    language: Literal[
        "af",
        "am",
        "ar",
        "bg",
        "bn",
        "bs",
        "ca",
        "cs",
        "cy",
        "da",
        "de",
        "el",
        "en",
        "es",
        "et",
        "eu",
        "fa",
        "fi",
        "fr",
        "ga",
        "gl",
        "gu",
        "he",
        "hi",
        "hr",
        "hu",
        "hy",
        "id",
        "is",
        "it",
        "ja",
        "ka",
        "kk",
        "km",
        "kn",
        "ko",
        "lo",
        "lt",
        "lv",
        "mk",
        "ml",
        "mn",
        "mr",
        "ms",
        "mt",
        "my",
        "nb",
        "ne",
        "nl",
        "pl",
        "ps",
        "pt",
        "ro",
        "ru",
        "si",
        "sk",
        "sl",
        "so",
        "sq",
        "sr",
        "sv",
        "sw",
        "ta",
        "te",
        "th",
        "tr",
        "uk",
        "ur",
        "uz",
        "vi",
        "wuu",
        "yue",
        "zh",
        "zu",
        "auto",
    ]
    """Language to use for speech recognition. Allowed values: `"af"`, `"am"`, `"ar"`, `"bg"`, `"bn"`, `"bs"`, `"ca"`, `"cs"`, `"cy"`, `"da"`, `"de"`, `"el"`, `"en"`, `"es"`, `"et"`, `"eu"`, `"fa"`, `"fi"`, `"fr"`, `"ga"`, `"gl"`, `"gu"`, `"he"`, `"hi"`, `"hr"`, `"hu"`, `"hy"`, `"id"`, `"is"`, `"it"`, `"ja"`, `"ka"`, `"kk"`, `"km"`, `"kn"`, `"ko"`, `"lo"`, `"lt"`, `"lv"`, `"mk"`, `"ml"`, `"mn"`, `"mr"`, `"ms"`, `"mt"`, `"my"`, `"nb"`, `"ne"`, `"nl"`, `"pl"`, `"ps"`, `"pt"`, `"ro"`, `"ru"`, `"si"`, `"sk"`, `"sl"`, `"so"`, `"sq"`, `"sr"`, `"sv"`, `"sw"`, `"ta"`, `"te"`, `"th"`, `"tr"`, `"uk"`, `"ur"`, `"uz"`, `"vi"`, `"wuu"`, `"yue"`, `"zh"`, `"zu"`, `"auto"`. Default: `"en"`."""

    region: Required[
        Literal[
            "australiaeast", "centralindia", "eastus", "northcentralus", "westeurope", "westus2"
        ]
    ]
    """Azure region to use for speech recognition. Allowed values: `"australiaeast"`, `"centralindia"`, `"eastus"`, `"northcentralus"`, `"westeurope"`, `"westus2"`."""

    transcription_engine: Required[Literal["Azure"]]
    """Engine identifier for Azure transcription service."""


class TranscriptionEngineBConfigParam(TypedDict, total=False):
    """Transcription engine B config"""

    language: Literal[
        "en",
        "zh",
        "de",
        "es",
        "ru",
        "ko",
        "fr",
        "ja",
        "pt",
        "tr",
        "pl",
        "ca",
        "nl",
        "ar",
        "sv",
        "it",
        "id",
        "hi",
        "fi",
        "vi",
        "he",
        "uk",
        "el",
        "ms",
        "cs",
        "ro",
        "da",
        "hu",
        "ta",
        "no",
        "th",
        "ur",
        "hr",
        "bg",
        "lt",
        "la",
        "mi",
        "ml",
        "cy",
        "sk",
        "te",
        "fa",
        "lv",
        "bn",
        "sr",
        "az",
        "sl",
        "kn",
        "et",
        "mk",
        "br",
        "eu",
        "is",
        "hy",
        "ne",
        "mn",
        "bs",
        "kk",
        "sq",
        "sw",
        "gl",
        "mr",
        "pa",
        "si",
        "km",
        "sn",
        "yo",
        "so",
        "af",
        "oc",
        "ka",
        "be",
        "tg",
        "sd",
        "gu",
        "am",
        "yi",
        "lo",
        "uz",
        "fo",
        "ht",
        "ps",
        "tk",
        "nn",
        "mt",
        "sa",
        "lb",
        "my",
        "bo",
        "tl",
        "mg",
        "as",
        "tt",
        "haw",
        "ln",
        "ha",
        "ba",
        "jw",
        "su",
        "auto_detect",
    ]
    """Language to use for speech recognition. Allowed values: `"en"`, `"zh"`, `"de"`, `"es"`, `"ru"`, `"ko"`, `"fr"`, `"ja"`, `"pt"`, `"tr"`, `"pl"`, `"ca"`, `"nl"`, `"ar"`, `"sv"`, `"it"`, `"id"`, `"hi"`, `"fi"`, `"vi"`, `"he"`, `"uk"`, `"el"`, `"ms"`, `"cs"`, `"ro"`, `"da"`, `"hu"`, `"ta"`, `"no"`, `"th"`, `"ur"`, `"hr"`, `"bg"`, `"lt"`, `"la"`, `"mi"`, `"ml"`, `"cy"`, `"sk"`, `"te"`, `"fa"`, `"lv"`, `"bn"`, `"sr"`, `"az"`, `"sl"`, `"kn"`, `"et"`, `"mk"`, `"br"`, `"eu"`, `"is"`, `"hy"`, `"ne"`, `"mn"`, `"bs"`, `"kk"`, `"sq"`, `"sw"`, `"gl"`, `"mr"`, `"pa"`, `"si"`, `"km"`, `"sn"`, `"yo"`, `"so"`, `"af"`, `"oc"`, `"ka"`, `"be"`, `"tg"`, `"sd"`, `"gu"`, `"am"`, `"yi"`, `"lo"`, `"uz"`, `"fo"`, `"ht"`, `"ps"`, `"tk"`, `"nn"`, `"mt"`, `"sa"`, `"lb"`, `"my"`, `"bo"`, `"tl"`, `"mg"`, `"as"`, `"tt"`, `"haw"`, `"ln"`, `"ha"`, `"ba"`, `"jw"`, `"su"`, `"auto_detect"`. Default: `"en"`."""

    transcription_engine: Literal["B"]
    """Engine identifier for Telnyx transcription service."""

    transcription_model: Literal["openai/whisper-tiny", "openai/whisper-large-v3-turbo"]
    """The model to use for transcription. Allowed values: `"openai/whisper-tiny"`, `"openai/whisper-large-v3-turbo"`. Default: `"openai/whisper-tiny"`."""


class TranscriptionEngineGoogleConfigParam(TypedDict, total=False):
    """Transcription engine Google config"""

    enable_speaker_diarization: bool
    """Enables speaker diarization. Default: `false`."""

    hints: SequenceNotStr[str]
    """Hints to improve transcription accuracy. Default: `[]`."""

    interim_results: bool
    """Whether to send also interim results. If set to false, only final results will be sent. Default: `false`."""

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
    """Language to use for speech recognition. Allowed values: `"af"`, `"sq"`, `"am"`, `"ar"`, `"hy"`, `"az"`, `"eu"`, `"bn"`, `"bs"`, `"bg"`, `"my"`, `"ca"`, `"yue"`, `"zh"`, `"hr"`, `"cs"`, `"da"`, `"nl"`, `"en"`, `"et"`, `"fil"`, `"fi"`, `"fr"`, `"gl"`, `"ka"`, `"de"`, `"el"`, `"gu"`, `"iw"`, `"hi"`, `"hu"`, `"is"`, `"id"`, `"it"`, `"ja"`, `"jv"`, `"kn"`, `"kk"`, `"km"`, `"ko"`, `"lo"`, `"lv"`, `"lt"`, `"mk"`, `"ms"`, `"ml"`, `"mr"`, `"mn"`, `"ne"`, `"no"`, `"fa"`, `"pl"`, `"pt"`, `"pa"`, `"ro"`, `"ru"`, `"rw"`, `"sr"`, `"si"`, `"sk"`, `"sl"`, `"ss"`, `"st"`, `"es"`, `"su"`, `"sw"`, `"sv"`, `"ta"`, `"te"`, `"th"`, `"tn"`, `"tr"`, `"ts"`, `"uk"`, `"ur"`, `"uz"`, `"ve"`, `"vi"`, `"xh"`, `"zu"`. Default: `"en"`."""

    max_speaker_count: int
    """Defines maximum number of speakers in the conversation. Default: `6`."""

    min_speaker_count: int
    """Defines minimum number of speakers in the conversation. Default: `2`."""

    model: Literal[
        "latest_long",
        "latest_short",
        "command_and_search",
        "phone_call",
        "video",
        "default",
        "medical_conversation",
        "medical_dictation",
    ]
    """The model to use for transcription. Allowed values: `"latest_long"`, `"latest_short"`, `"command_and_search"`, `"phone_call"`, `"video"`, `"default"`, `"medical_conversation"`, `"medical_dictation"`."""

    profanity_filter: bool
    """Enables profanity_filter. Default: `false`."""

    speech_context: Sequence[TranscriptionEngineGoogleConfigSpeechContextItemParam]
    """Speech context to improve transcription accuracy."""

    transcription_engine: Literal["Google"]
    """Engine identifier for Google transcription service."""

    use_enhanced: bool
    """Enables enhanced transcription, this works for models `phone_call` and `video`. Default: `false`."""


class TranscriptionEngineGoogleConfigSpeechContextItemParam(TypedDict, total=False):
    """`TranscriptionEngineGoogleConfigSpeechContextItem` as a dict literal (keys as sent on the wire)."""

    boost: float
    """Boost factor for the speech context. Default: `1.0`. Minimum: 0.0. Maximum: 20.0."""

    phrases: SequenceNotStr[str]
    """Default: `[]`."""


class TranscriptionEngineParakeetConfigParam(TypedDict, total=False):
    """Transcription engine Parakeet config"""

    interim_results: bool
    """Whether to send also interim results. If set to false, only final results will be sent. Default: `false`."""

    transcription_engine: Literal["Parakeet"]
    """Engine identifier for Parakeet transcription service."""

    transcription_model: Literal["nvidia/parakeet-v3"]
    """The model to use for transcription. Default: `"nvidia/parakeet-v3"`."""


class TranscriptionEngineSonioxConfigParam(TypedDict, total=False):
    """Transcription engine Soniox config"""

    enable_endpoint_detection: bool
    """When true, Soniox emits end-of-utterance events at the cadence configured by `max_endpoint_delay_ms`. Default: `false`."""

    interim_results: bool
    """Whether to send also interim results. If set to false, only final results will be sent. Default: `false`."""

    language: str
    """ISO 639-1 language hint (e.g. `en`, `es`), or `auto` to omit the hint and let Soniox auto-detect supported languages multilingually. Default: `"auto"`."""

    max_endpoint_delay_ms: int
    """Maximum silence (in milliseconds) before Soniox emits an end-of-utterance event. Only honored when `enable_endpoint_detection` is true. Range: 500-3000 ms. Unit: milliseconds. Minimum: 500. Maximum: 3000."""

    transcription_engine: Required[Literal["Soniox"]]
    """Engine identifier for Soniox transcription service."""

    transcription_model: Literal["soniox/stt-rt-v4"]
    """The model to use for transcription. Default: `"soniox/stt-rt-v4"`."""


class TranscriptionEngineSpeechmaticsConfigParam(TypedDict, total=False):
    """Transcription engine Speechmatics config"""

    interim_results: bool
    """Whether to send also interim results. If set to false, only final results will be sent. Default: `false`."""

    language: Literal[
        "en",
        "ba",
        "eu",
        "gl",
        "ga",
        "mt",
        "mn",
        "sw",
        "ug",
        "cy",
        "ar_en",
        "cmn_en",
        "en_ms",
        "en_ta",
        "tl",
        "es-bilingual-en",
        "cmn_en_ms_ta",
    ]
    """Language to use for speech recognition. Allowed values: `"en"`, `"ba"`, `"eu"`, `"gl"`, `"ga"`, `"mt"`, `"mn"`, `"sw"`, `"ug"`, `"cy"`, `"ar_en"`, `"cmn_en"`, `"en_ms"`, `"en_ta"`, `"tl"`, `"es-bilingual-en"`, `"cmn_en_ms_ta"`. Default: `"en"`."""

    transcription_engine: Literal["Speechmatics"]
    """Engine identifier for Speechmatics transcription service."""

    transcription_model: Literal["speechmatics/standard"]
    """The model to use for transcription. Default: `"speechmatics/standard"`."""


class TranscriptionEngineTelnyxConfigParam(TypedDict, total=False):
    """Transcription engine Telnyx config"""

    language: Literal[
        "en",
        "zh",
        "de",
        "es",
        "ru",
        "ko",
        "fr",
        "ja",
        "pt",
        "tr",
        "pl",
        "ca",
        "nl",
        "ar",
        "sv",
        "it",
        "id",
        "hi",
        "fi",
        "vi",
        "he",
        "uk",
        "el",
        "ms",
        "cs",
        "ro",
        "da",
        "hu",
        "ta",
        "no",
        "th",
        "ur",
        "hr",
        "bg",
        "lt",
        "la",
        "mi",
        "ml",
        "cy",
        "sk",
        "te",
        "fa",
        "lv",
        "bn",
        "sr",
        "az",
        "sl",
        "kn",
        "et",
        "mk",
        "br",
        "eu",
        "is",
        "hy",
        "ne",
        "mn",
        "bs",
        "kk",
        "sq",
        "sw",
        "gl",
        "mr",
        "pa",
        "si",
        "km",
        "sn",
        "yo",
        "so",
        "af",
        "oc",
        "ka",
        "be",
        "tg",
        "sd",
        "gu",
        "am",
        "yi",
        "lo",
        "uz",
        "fo",
        "ht",
        "ps",
        "tk",
        "nn",
        "mt",
        "sa",
        "lb",
        "my",
        "bo",
        "tl",
        "mg",
        "as",
        "tt",
        "haw",
        "ln",
        "ha",
        "ba",
        "jw",
        "su",
        "auto_detect",
    ]
    """Language to use for speech recognition. Allowed values: `"en"`, `"zh"`, `"de"`, `"es"`, `"ru"`, `"ko"`, `"fr"`, `"ja"`, `"pt"`, `"tr"`, `"pl"`, `"ca"`, `"nl"`, `"ar"`, `"sv"`, `"it"`, `"id"`, `"hi"`, `"fi"`, `"vi"`, `"he"`, `"uk"`, `"el"`, `"ms"`, `"cs"`, `"ro"`, `"da"`, `"hu"`, `"ta"`, `"no"`, `"th"`, `"ur"`, `"hr"`, `"bg"`, `"lt"`, `"la"`, `"mi"`, `"ml"`, `"cy"`, `"sk"`, `"te"`, `"fa"`, `"lv"`, `"bn"`, `"sr"`, `"az"`, `"sl"`, `"kn"`, `"et"`, `"mk"`, `"br"`, `"eu"`, `"is"`, `"hy"`, `"ne"`, `"mn"`, `"bs"`, `"kk"`, `"sq"`, `"sw"`, `"gl"`, `"mr"`, `"pa"`, `"si"`, `"km"`, `"sn"`, `"yo"`, `"so"`, `"af"`, `"oc"`, `"ka"`, `"be"`, `"tg"`, `"sd"`, `"gu"`, `"am"`, `"yi"`, `"lo"`, `"uz"`, `"fo"`, `"ht"`, `"ps"`, `"tk"`, `"nn"`, `"mt"`, `"sa"`, `"lb"`, `"my"`, `"bo"`, `"tl"`, `"mg"`, `"as"`, `"tt"`, `"haw"`, `"ln"`, `"ha"`, `"ba"`, `"jw"`, `"su"`, `"auto_detect"`. Default: `"en"`."""

    transcription_engine: Literal["Telnyx"]
    """Engine identifier for Telnyx transcription service."""

    transcription_model: Literal["openai/whisper-tiny", "openai/whisper-large-v3-turbo"]
    """The model to use for transcription. Allowed values: `"openai/whisper-tiny"`, `"openai/whisper-large-v3-turbo"`. Default: `"openai/whisper-tiny"`."""


class TranscriptionEngineXaiConfigParam(TypedDict, total=False):
    """Transcription engine xAI config"""

    interim_results: bool
    """Whether to send also interim results. If set to false, only final results will be sent. Default: `false`."""

    language: Literal[
        "ar",
        "cs",
        "da",
        "de",
        "en",
        "es",
        "fa",
        "fil",
        "fr",
        "hi",
        "id",
        "it",
        "ja",
        "ko",
        "mk",
        "ms",
        "nl",
        "pl",
        "pt",
        "ro",
        "ru",
        "sv",
        "th",
        "tr",
        "vi",
    ]
    """Language to use for speech recognition. Allowed values: `"ar"`, `"cs"`, `"da"`, `"de"`, `"en"`, `"es"`, `"fa"`, `"fil"`, `"fr"`, `"hi"`, `"id"`, `"it"`, `"ja"`, `"ko"`, `"mk"`, `"ms"`, `"nl"`, `"pl"`, `"pt"`, `"ro"`, `"ru"`, `"sv"`, `"th"`, `"tr"`, `"vi"`. Default: `"en"`."""

    transcription_engine: Literal["xAI"]
    """Engine identifier for xAI transcription service."""

    transcription_model: Literal["xai/grok-stt"]
    """The model to use for transcription. Default: `"xai/grok-stt"`."""


class TranscriptionStartRequestParam(TypedDict, total=False):
    """Transcription start request"""

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
        TranscriptionEngineGoogleConfigParam
        | TranscriptionEngineTelnyxConfigParam
        | DeepgramNova2ConfigParam
        | DeepgramNova3ConfigParam
        | TranscriptionEngineAzureConfigParam
        | TranscriptionEngineXaiConfigParam
        | TranscriptionEngineAssemblyaiConfigParam
        | TranscriptionEngineSpeechmaticsConfigParam
        | TranscriptionEngineSonioxConfigParam
        | TranscriptionEngineParakeetConfigParam
        | TranscriptionEngineAConfigParam
        | TranscriptionEngineBConfigParam
    )

    transcription_tracks: str
    """Indicates which leg of the call will be transcribed. Use `inbound` for the leg that requested the transcription, `outbound` for the other leg, and `both` for both legs of the call. Will default to `inbound`. Default: `"inbound"`."""


class TransferCallRequestAnsweringMachineDetectionConfigParam(TypedDict, total=False):
    """Optional configuration parameters to modify 'answering_machine_detection' performance. Only `total_analysis_time_millis` and `greeting_duration_millis` parameters are applicable when `premium` is selected as answering_machine_detection."""

    after_greeting_silence_millis: int
    """Silence duration threshold after a greeting message or voice for it be considered human. Unit: milliseconds. Default: `800`."""

    between_words_silence_millis: int
    """Maximum threshold for silence between words. Unit: milliseconds. Default: `50`."""

    greeting_duration_millis: int
    """Maximum threshold of a human greeting. If greeting longer than this value, considered machine. Unit: milliseconds. Default: `3500`."""

    greeting_silence_duration_millis: int
    """If machine already detected, maximum threshold for silence between words. If exceeded, the greeting is considered ended. Unit: milliseconds. Default: `1500`."""

    greeting_total_analysis_time_millis: int
    """If machine already detected, maximum timeout threshold to determine the end of the machine greeting. Unit: milliseconds. Default: `5000`."""

    initial_silence_millis: int
    """If initial silence duration is greater than this value, consider it a machine. Unit: milliseconds. Default: `3500`."""

    maximum_number_of_words: int
    """If number of detected words is greater than this value, consder it a machine. Default: `5`."""

    maximum_word_length_millis: int
    """If a single word lasts longer than this threshold, consider it a machine. Unit: milliseconds. Default: `3500`."""

    silence_threshold: int
    """Minimum noise threshold for any analysis. Default: `256`."""

    total_analysis_time_millis: int
    """Maximum timeout threshold for overall detection. Unit: milliseconds. Default: `3500`."""


class TransferCallRequestWebhookRetriesPoliciesValueParam(TypedDict, total=False):
    """`TransferCallRequestWebhookRetriesPoliciesValue` as a dict literal (keys as sent on the wire)."""

    retries_ms: Sequence[int]
    """Array of delays in milliseconds between retry attempts. Total sum cannot exceed 60000ms. Unit: milliseconds."""


class TransferToolParam(TypedDict, total=False):
    """TransferTool"""

    transfer: Required[CallControlTransferToolParamsParam]
    """TransferToolParams."""

    type: Required[Literal["transfer"]]


class UserMessageParam(TypedDict, total=False):
    """Messages sent by an end user"""

    content: Required[str]
    """The contents of the user message."""

    metadata: Mapping[str, Any]
    """Metadata to add to the message."""

    role: Required[Literal["user"]]
    """The role of the messages author, in this case `user`."""


class WebhookToolParam(TypedDict, total=False):
    """WebhookTool"""

    type: Required[Literal["webhook"]]

    webhook: Required[CallControlWebhookToolParamsParam]
    """WebhookToolParams."""


class XAIVoiceSettingsParam(TypedDict, total=False):
    """xAI Voice Settings"""

    language: str
    """Language code, or `auto` to detect automatically. Default: `"auto"`."""

    type: Required[Literal["xai"]]
    """Voice settings provider type."""


CallControlTransferToolParamsParam = TypedDict(
    "CallControlTransferToolParamsParam",
    {
        "from": "Required[str]",
        "targets": "Required[Sequence[CallControlTransferToolParamsTargetsArrayItemParam] | str]",
    },
    total=False,
)
"""TransferToolParams"""


ListConferencesFilterParam = TypedDict(
    "ListConferencesFilterParam",
    {
        "application_name": "ListConferencesFilterApplicationNameParam",
        "application_session_id": "str",
        "connection_id": "str",
        "failed": "bool",
        "from": "str",
        "leg_id": "str",
        "name": "str",
        "occurred_at": "ListConferencesFilterOccurredAtParam",
        "outbound.outbound_voice_profile_id": "str",
        "product": 'Literal["call_control", "fax", "texml"]',
        "status": 'Literal["init", "in_progress", "completed"]',
        "to": "str",
        "type": 'Literal["command", "webhook"]',
    },
    total=False,
)
"""`ListConferencesFilter` as a dict literal (keys as sent on the wire)."""
