"""`client.calls.actions`: 40 operation(s) of the Telnyx Voice API, sync and async."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

from telnyx_voice import _operations
from telnyx_voice._resource import AsyncAPIResource, SyncAPIResource
from telnyx_voice._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from telnyx_voice._types import NOT_GIVEN, Headers, NotGiven, RequestOptions, TimeoutTypes

if TYPE_CHECKING:
    from telnyx_voice.types.models import (
        AIAssistantJoinParticipant,
        AnswerRequestDeepfakeDetection,
        AnswerRequestWebhookRetriesPoliciesValue,
        Assistant,
        AssistantMessage,
        AWSVoiceSettings,
        AzureVoiceSettings,
        CallAssistantRequest,
        CallControlCommandResponse,
        CallControlCommandResponseWithConversationID,
        CallControlCommandResponseWithConversationRelayID,
        CallControlCommandResponseWithRecordingID,
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
    "AsyncCallsActionsResource",
    "AsyncCallsActionsResourceWithRawResponse",
    "AsyncCallsActionsResourceWithStreamingResponse",
    "CallsActionsResource",
    "CallsActionsResourceWithRawResponse",
    "CallsActionsResourceWithStreamingResponse",
]


class CallsActionsResource(SyncAPIResource):
    """`client.calls.actions` (sync).

    Every method raises `RequestValidationError` when an argument does not match the
    request schema (nothing is sent), an `APIStatusError` subclass per status code when
    Telnyx answers with an error, and `APIConnectionError` (or `APITimeoutError`) when the
    request could not be completed after its retries.
    """

    @cached_property
    def with_raw_response(self) -> CallsActionsResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, `.parse()`)."""
        return CallsActionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CallsActionsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response body is read only
        when asked (`iter_bytes()`, `read()`, `parse()`, ...) and closed on exit."""
        return CallsActionsResourceWithStreamingResponse(self)

    def add_ai_assistant_messages(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
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
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Add messages to AI Assistant.

        Add messages to the conversation started by an AI assistant on the call.

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            messages (body, optional): The messages to add to the conversation.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/ai_assistant_add_messages` (operationId `CallAddMessagesToAIAssistant`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_ADD_AI_ASSISTANT_MESSAGES,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
                "messages": messages,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def answer(
        self,
        call_control_id: str,
        *,
        assistant: CallAssistantRequest | CallAssistantRequestParam | NotGiven = NOT_GIVEN,
        billing_group_id: str | NotGiven = NOT_GIVEN,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        conversation_relay_config: ConversationRelayEmbeddedConfig
        | ConversationRelayEmbeddedConfigParam
        | NotGiven = NOT_GIVEN,
        custom_headers: Sequence[CustomSipHeader | CustomSipHeaderParam] | NotGiven = NOT_GIVEN,
        deepfake_detection: AnswerRequestDeepfakeDetection
        | AnswerRequestDeepfakeDetectionParam
        | NotGiven = NOT_GIVEN,
        preferred_codecs: Literal["G722,PCMU,PCMA,G729,OPUS,VP8,H264"] | NotGiven = NOT_GIVEN,
        record: Literal["record-from-answer"] | NotGiven = NOT_GIVEN,
        record_channels: Literal["single", "dual"] | NotGiven = NOT_GIVEN,
        record_custom_file_name: str | NotGiven = NOT_GIVEN,
        record_format: Literal["wav", "mp3"] | NotGiven = NOT_GIVEN,
        record_max_length: int | NotGiven = NOT_GIVEN,
        record_timeout_secs: int | NotGiven = NOT_GIVEN,
        record_track: Literal["both", "inbound", "outbound"] | NotGiven = NOT_GIVEN,
        record_trim: Literal["trim-silence"] | NotGiven = NOT_GIVEN,
        send_silence_when_idle: bool | NotGiven = NOT_GIVEN,
        sip_headers: Sequence[SipHeader | SipHeaderParam] | NotGiven = NOT_GIVEN,
        sound_modifications: SoundModifications | SoundModificationsParam | NotGiven = NOT_GIVEN,
        stream_bidirectional_codec: Literal["PCMU", "PCMA", "G722", "OPUS", "AMR-WB", "L16"]
        | NotGiven = NOT_GIVEN,
        stream_bidirectional_mode: Literal["mp3", "rtp"] | NotGiven = NOT_GIVEN,
        stream_bidirectional_target_legs: Literal["both", "self", "opposite"]
        | NotGiven = NOT_GIVEN,
        stream_codec: Literal["PCMU", "PCMA", "G722", "OPUS", "AMR-WB", "L16", "default"]
        | NotGiven = NOT_GIVEN,
        stream_track: Literal["inbound_track", "outbound_track", "both_tracks"]
        | NotGiven = NOT_GIVEN,
        stream_url: str | NotGiven = NOT_GIVEN,
        transcription: bool | NotGiven = NOT_GIVEN,
        transcription_config: TranscriptionStartRequest
        | TranscriptionStartRequestParam
        | NotGiven = NOT_GIVEN,
        webhook_retries_policies: Mapping[
            str,
            AnswerRequestWebhookRetriesPoliciesValue
            | AnswerRequestWebhookRetriesPoliciesValueParam,
        ]
        | NotGiven = NOT_GIVEN,
        webhook_url: str | NotGiven = NOT_GIVEN,
        webhook_url_method: Literal["POST", "GET"] | NotGiven = NOT_GIVEN,
        webhook_urls: Mapping[str, str] | NotGiven = NOT_GIVEN,
        webhook_urls_method: Literal["POST", "GET"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponseWithRecordingID:
        """Answer call.

        Answer an incoming call. You must issue this command before executing subsequent
        commands on an incoming call.

        **Expected Webhooks:**

        - `call.answered`
        - `call.hold` and `call.unhold` if the call is held/unheld
        - `call.deepfake_detection.result` if `deepfake_detection` was enabled
        - `call.deepfake_detection.error` if `deepfake_detection` was enabled and an error
        occurred
        - `streaming.started`, `streaming.stopped` or `streaming.failed` if `stream_url` was set

        When the `record` parameter is set to `record-from-answer`, the response will include a
        `recording_id` field.

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            assistant (body, optional): AI Assistant configuration. All fields except `id` are
                optional — the assistant's stored configuration will be used as fallback for any
                omitted fields.
            billing_group_id (body, optional): Use this field to set the Billing Group ID for
                the call. Must be a valid and existing Billing Group ID.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            conversation_relay_config (body, optional): Starts a Conversation Relay session
                automatically when the answered/dialed call is answered. This embedded shape is
                supported on `answer` and `dial`. It uses public field names (`url`,
                `dtmf_detection`, `greeting`, `voice`, `language`, etc.) and maps them to the
                underlying Conversation Relay action. `client_state`, `tts_language`, and
                `transcription_language` inside this object are ignored; use the parent
                command's `client_state` and `command_id` fields instead.
            custom_headers (body, optional): Custom headers to be added to the SIP INVITE
                response.
            deepfake_detection (body, optional): Enables deepfake detection on the call. When
                enabled, audio from the remote party is streamed to a detection service that
                analyzes whether the voice is AI-generated. Results are delivered via the
                `call.deepfake_detection.result` webhook.
            preferred_codecs (body, optional): The list of comma-separated codecs in a preferred
                order for the forked media to be received.
            record (body, optional): Start recording automatically after an event. Disabled by
                default.
            record_channels (body, optional): Defines which channel should be recorded ('single'
                or 'dual') when `record` is specified. Allowed values: `"single"`, `"dual"`.
                Default: `"dual"`.
            record_custom_file_name (body, optional): The custom recording file name to be used
                instead of the default `call_leg_id`. Telnyx will still add a Unix timestamp
                suffix.
            record_format (body, optional): Defines the format of the recording ('wav' or 'mp3')
                when `record` is specified. Allowed values: `"wav"`, `"mp3"`. Default: `"mp3"`.
            record_max_length (body, optional): Defines the maximum length for the recording in
                seconds when `record` is specified. The minimum value is 0. The maximum value is
                43200. The default value is 0 (infinite). Default: `0`.
            record_timeout_secs (body, optional): The number of seconds that Telnyx will wait
                for the recording to be stopped if silence is detected when `record` is
                specified. The timer only starts when the speech is detected. Please note that
                call transcription is used to detect silence and the related charge will be
                applied. The minimum value is 0. The default value is 0 (infinite). Unit:
                seconds. Default: `0`.
            record_track (body, optional): The audio track to be recorded. Can be either `both`,
                `inbound` or `outbound`. If only single track is specified (`inbound`,
                `outbound`), `channels` configuration is ignored and it will be recorded as mono
                (single channel). Allowed values: `"both"`, `"inbound"`, `"outbound"`. Default:
                `"both"`.
            record_trim (body, optional): When set to `trim-silence`, silence will be removed
                from the beginning and end of the recording.
            send_silence_when_idle (body, optional): Generate silence RTP packets when no
                transmission available. Default: `false`.
            sip_headers (body, optional): SIP headers to be added to the SIP INVITE response.
                Currently only User-to-User header is supported.
            sound_modifications (body, optional): Use this field to modify sound effects, for
                example adjust the pitch.
            stream_bidirectional_codec (body, optional): Indicates codec for bidirectional
                streaming RTP payloads. Used only with stream_bidirectional_mode=rtp. Case
                sensitive. Allowed values: `"PCMU"`, `"PCMA"`, `"G722"`, `"OPUS"`, `"AMR-WB"`,
                `"L16"`. Default: `"PCMU"`.
            stream_bidirectional_mode (body, optional): Configures method of bidirectional
                streaming (mp3, rtp). Allowed values: `"mp3"`, `"rtp"`. Default: `"mp3"`.
            stream_bidirectional_target_legs (body, optional): Specifies which call legs should
                receive the bidirectional stream audio. Allowed values: `"both"`, `"self"`,
                `"opposite"`. Default: `"opposite"`.
            stream_codec (body, optional): Specifies the codec to be used for the streamed
                audio. When set to 'default' or when transcoding is not possible, the codec from
                the call will be used. Allowed values: `"PCMU"`, `"PCMA"`, `"G722"`, `"OPUS"`,
                `"AMR-WB"`, `"L16"`, `"default"`. Default: `"default"`.
            stream_track (body, optional): Specifies which track should be streamed. Allowed
                values: `"inbound_track"`, `"outbound_track"`, `"both_tracks"`. Default:
                `"inbound_track"`.
            stream_url (body, optional): The destination WebSocket address where the stream is
                going to be delivered.
            transcription (body, optional): Enable transcription upon call answer. The default
                value is false. Default: `false`.
            transcription_config (body, optional): Transcription start request.
            webhook_retries_policies (body, optional): A map of event types to retry policies.
                Each retry policy contains an array of `retries_ms` specifying the delays
                between retry attempts in milliseconds. Maximum 5 retries, total delay cannot
                exceed 60 seconds.
            webhook_url (body, optional): Use this field to override the URL for which Telnyx
                will send subsequent webhooks to for this call.
            webhook_url_method (body, optional): HTTP request type used for `webhook_url`.
                Allowed values: `"POST"`, `"GET"`. Default: `"POST"`.
            webhook_urls (body, optional): A map of event types to webhook URLs. When an event
                of the specified type occurs, the webhook URL associated with that event type
                will be called instead of `webhook_url`. Events not mapped here will use the
                default `webhook_url`.
            webhook_urls_method (body, optional): HTTP request method to invoke `webhook_urls`.
                Allowed values: `"POST"`, `"GET"`. Default: `"POST"`.

        Returns:
            `CallControlCommandResponseWithRecordingID`: Successful response upon making a call
                control command that includes recording_id.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/answer` (operationId `AnswerCall`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_ANSWER,
            path_params={"call_control_id": call_control_id},
            body={
                "assistant": assistant,
                "billing_group_id": billing_group_id,
                "client_state": client_state,
                "command_id": command_id,
                "conversation_relay_config": conversation_relay_config,
                "custom_headers": custom_headers,
                "deepfake_detection": deepfake_detection,
                "preferred_codecs": preferred_codecs,
                "record": record,
                "record_channels": record_channels,
                "record_custom_file_name": record_custom_file_name,
                "record_format": record_format,
                "record_max_length": record_max_length,
                "record_timeout_secs": record_timeout_secs,
                "record_track": record_track,
                "record_trim": record_trim,
                "send_silence_when_idle": send_silence_when_idle,
                "sip_headers": sip_headers,
                "sound_modifications": sound_modifications,
                "stream_bidirectional_codec": stream_bidirectional_codec,
                "stream_bidirectional_mode": stream_bidirectional_mode,
                "stream_bidirectional_target_legs": stream_bidirectional_target_legs,
                "stream_codec": stream_codec,
                "stream_track": stream_track,
                "stream_url": stream_url,
                "transcription": transcription,
                "transcription_config": transcription_config,
                "webhook_retries_policies": webhook_retries_policies,
                "webhook_url": webhook_url,
                "webhook_url_method": webhook_url_method,
                "webhook_urls": webhook_urls,
                "webhook_urls_method": webhook_urls_method,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def bridge(
        self,
        call_control_id_to_bridge: str,
        *,
        call_control_id_to_bridge_with: str,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        hold_after_unbridge: bool | NotGiven = NOT_GIVEN,
        mute_dtmf: Literal["none", "both", "self", "opposite"] | NotGiven = NOT_GIVEN,
        park_after_unbridge: str | NotGiven = NOT_GIVEN,
        play_ringtone: bool | NotGiven = NOT_GIVEN,
        prevent_double_bridge: bool | NotGiven = NOT_GIVEN,
        queue: str | NotGiven = NOT_GIVEN,
        record: Literal["record-from-answer"] | NotGiven = NOT_GIVEN,
        record_channels: Literal["single", "dual"] | NotGiven = NOT_GIVEN,
        record_custom_file_name: str | NotGiven = NOT_GIVEN,
        record_format: Literal["wav", "mp3"] | NotGiven = NOT_GIVEN,
        record_max_length: int | NotGiven = NOT_GIVEN,
        record_timeout_secs: int | NotGiven = NOT_GIVEN,
        record_track: Literal["both", "inbound", "outbound"] | NotGiven = NOT_GIVEN,
        record_trim: Literal["trim-silence"] | NotGiven = NOT_GIVEN,
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
        | NotGiven = NOT_GIVEN,
        video_room_context: str | NotGiven = NOT_GIVEN,
        video_room_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Bridge calls.

        Bridge two call control calls.

        **Expected Webhooks:**

        - `call.bridged` for Leg A
        - `call.bridged` for Leg B

        Args:
            call_control_id_to_bridge (path, required, sent as 'call_control_id'): Unique
                identifier and token for controlling the call.
            call_control_id_to_bridge_with (body, required, sent as 'call_control_id'): The Call
                Control ID of the call you want to bridge with, can't be used together with
                queue parameter or video_room_id parameter.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            hold_after_unbridge (body, optional): Specifies behavior after the bridge ends. If
                set to `true`, the current leg will be put on hold after unbridge instead of
                being hung up.
            mute_dtmf (body, optional): When enabled, DTMF tones are not passed to the call
                participant. The webhooks containing the DTMF information will be sent. Allowed
                values: `"none"`, `"both"`, `"self"`, `"opposite"`. Default: `"none"`.
            park_after_unbridge (body, optional): Specifies behavior after the bridge ends (i.e.
                the opposite leg either hangs up or is transferred). If supplied with the value
                `self`, the current leg will be parked after unbridge. If not set, the default
                behavior is to hang up the leg.
            play_ringtone (body, optional): Specifies whether to play a ringtone if the call you
                want to bridge with has not yet been answered. Default: `false`.
            prevent_double_bridge (body, optional): When set to `true`, it prevents bridging if
                the target call is already bridged to another call. Disabled by default.
                Default: `false`.
            queue (body, optional): The name of the queue you want to bridge with, can't be used
                together with call_control_id parameter or video_room_id parameter. Bridging
                with a queue means bridging with the first call in the queue. The call will
                always be removed from the queue regardless of whether bridging succeeds.
                Returns an error when the queue is empty.
            record (body, optional): Start recording automatically after an event. Disabled by
                default.
            record_channels (body, optional): Defines which channel should be recorded ('single'
                or 'dual') when `record` is specified. Allowed values: `"single"`, `"dual"`.
                Default: `"dual"`.
            record_custom_file_name (body, optional): The custom recording file name to be used
                instead of the default `call_leg_id`. Telnyx will still add a Unix timestamp
                suffix.
            record_format (body, optional): Defines the format of the recording ('wav' or 'mp3')
                when `record` is specified. Allowed values: `"wav"`, `"mp3"`. Default: `"mp3"`.
            record_max_length (body, optional): Defines the maximum length for the recording in
                seconds when `record` is specified. The minimum value is 0. The maximum value is
                43200. The default value is 0 (infinite). Default: `0`.
            record_timeout_secs (body, optional): The number of seconds that Telnyx will wait
                for the recording to be stopped if silence is detected when `record` is
                specified. The timer only starts when the speech is detected. Please note that
                call transcription is used to detect silence and the related charge will be
                applied. The minimum value is 0. The default value is 0 (infinite). Unit:
                seconds. Default: `0`.
            record_track (body, optional): The audio track to be recorded. Can be either `both`,
                `inbound` or `outbound`. If only single track is specified (`inbound`,
                `outbound`), `channels` configuration is ignored and it will be recorded as mono
                (single channel). Allowed values: `"both"`, `"inbound"`, `"outbound"`. Default:
                `"both"`.
            record_trim (body, optional): When set to `trim-silence`, silence will be removed
                from the beginning and end of the recording.
            ringtone (body, optional): Specifies which country ringtone to play when
                `play_ringtone` is set to `true`. If not set, the US ringtone will be played.
                Allowed values: `"at"`, `"au"`, `"be"`, `"bg"`, `"br"`, `"ch"`, `"cl"`, `"cn"`,
                `"cz"`, `"de"`, `"dk"`, `"ee"`, `"es"`, `"fi"`, `"fr"`, `"gr"`, `"hu"`, `"il"`,
                `"in"`, `"it"`, `"jp"`, `"lt"`, `"mx"`, `"my"`, `"nl"`, `"no"`, `"nz"`, `"ph"`,
                `"pl"`, `"pt"`, `"ru"`, `"se"`, `"sg"`, `"th"`, `"tw"`, `"uk"`, `"us-old"`,
                `"us"`, `"ve"`, `"za"`. Default: `"us"`.
            video_room_context (body, optional): The additional parameter that will be passed to
                the video conference. It is a text field and the user can decide how to use it.
                For example, you can set the participant name or pass JSON text. It can be used
                only with video_room_id parameter.
            video_room_id (body, optional): The ID of the video room you want to bridge with,
                can't be used together with call_control_id parameter or queue parameter.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/bridge` (operationId `BridgeCall`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_BRIDGE,
            path_params={"call_control_id": call_control_id_to_bridge},
            body={
                "call_control_id": call_control_id_to_bridge_with,
                "client_state": client_state,
                "command_id": command_id,
                "hold_after_unbridge": hold_after_unbridge,
                "mute_dtmf": mute_dtmf,
                "park_after_unbridge": park_after_unbridge,
                "play_ringtone": play_ringtone,
                "prevent_double_bridge": prevent_double_bridge,
                "queue": queue,
                "record": record,
                "record_channels": record_channels,
                "record_custom_file_name": record_custom_file_name,
                "record_format": record_format,
                "record_max_length": record_max_length,
                "record_timeout_secs": record_timeout_secs,
                "record_track": record_track,
                "record_trim": record_trim,
                "ringtone": ringtone,
                "video_room_context": video_room_context,
                "video_room_id": video_room_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def enqueue(
        self,
        call_control_id: str,
        *,
        queue_name: str,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        keep_after_hangup: bool | NotGiven = NOT_GIVEN,
        max_size: int | NotGiven = NOT_GIVEN,
        max_wait_time_secs: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Enqueue call.

        Put the call in a queue.

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            queue_name (body, required): The name of the queue the call should be put in. If a
                queue with a given name doesn't exist yet it will be created.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            keep_after_hangup (body, optional): If set to true, the call will remain in the
                queue after hangup. In this case bridging to such call will fail with necessary
                information needed to re-establish the call. Default: `false`.
            max_size (body, optional): The maximum number of calls allowed in the queue at a
                given time. Can't be modified for an existing queue. Default: `100`.
            max_wait_time_secs (body, optional): The number of seconds after which the call will
                be removed from the queue. Unit: seconds.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/enqueue` (operationId `EnqueueCall`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_ENQUEUE,
            path_params={"call_control_id": call_control_id},
            body={
                "queue_name": queue_name,
                "client_state": client_state,
                "command_id": command_id,
                "keep_after_hangup": keep_after_hangup,
                "max_size": max_size,
                "max_wait_time_secs": max_wait_time_secs,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def gather(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        gather_id: str | NotGiven = NOT_GIVEN,
        initial_timeout_millis: int | NotGiven = NOT_GIVEN,
        inter_digit_timeout_millis: int | NotGiven = NOT_GIVEN,
        maximum_digits: int | NotGiven = NOT_GIVEN,
        minimum_digits: int | NotGiven = NOT_GIVEN,
        terminating_digit: str | NotGiven = NOT_GIVEN,
        timeout_millis: int | NotGiven = NOT_GIVEN,
        valid_digits: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Gather.

        Gather DTMF signals to build interactive menus.

        You can pass a list of valid digits. The `Answer` command must be issued before the
        `gather` command.

        **Expected Webhooks:**

        - `call.dtmf.received` (you may receive many of these webhooks)
        - `call.gather.ended`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            gather_id (body, optional): An id that will be sent back in the corresponding
                `call.gather.ended` webhook. Will be randomly generated if not specified.
            initial_timeout_millis (body, optional): The number of milliseconds to wait for the
                first DTMF. Unit: milliseconds. Default: `5000`.
            inter_digit_timeout_millis (body, optional): The number of milliseconds to wait for
                input between digits. Unit: milliseconds. Default: `5000`.
            maximum_digits (body, optional): The maximum number of digits to fetch. This
                parameter has a maximum value of 128. Default: `128`.
            minimum_digits (body, optional): The minimum number of digits to fetch. This
                parameter has a minimum value of 1. Default: `1`.
            terminating_digit (body, optional): The digit used to terminate input if fewer than
                `maximum_digits` digits have been gathered. Default: `"#"`.
            timeout_millis (body, optional): The number of milliseconds to wait to complete the
                request. Unit: milliseconds. Default: `60000`.
            valid_digits (body, optional): A list of all digits accepted as valid. Default:
                `"0123456789#*"`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/gather` (operationId `GatherCall`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_GATHER,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
                "gather_id": gather_id,
                "initial_timeout_millis": initial_timeout_millis,
                "inter_digit_timeout_millis": inter_digit_timeout_millis,
                "maximum_digits": maximum_digits,
                "minimum_digits": minimum_digits,
                "terminating_digit": terminating_digit,
                "timeout_millis": timeout_millis,
                "valid_digits": valid_digits,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def gather_using_ai(
        self,
        call_control_id: str,
        *,
        parameters: Mapping[str, Any],
        assistant: Assistant | AssistantParam | NotGiven = NOT_GIVEN,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        gather_ended_speech: str | NotGiven = NOT_GIVEN,
        greeting: str | NotGiven = NOT_GIVEN,
        interruption_settings: InterruptionSettings
        | InterruptionSettingsParam
        | NotGiven = NOT_GIVEN,
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
        | NotGiven = NOT_GIVEN,
        message_history: Sequence[
            GatherUsingAIRequestMessageHistoryItem | GatherUsingAIRequestMessageHistoryItemParam
        ]
        | NotGiven = NOT_GIVEN,
        send_message_history_updates: bool | NotGiven = NOT_GIVEN,
        send_partial_results: bool | NotGiven = NOT_GIVEN,
        transcription: TranscriptionConfig | TranscriptionConfigParam | NotGiven = NOT_GIVEN,
        user_response_timeout_ms: int | NotGiven = NOT_GIVEN,
        voice: str | NotGiven = NOT_GIVEN,
        voice_settings: ElevenLabsVoiceSettings
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
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponseWithConversationID:
        """Gather using AI.

        Gather parameters defined in the request payload using a voice assistant.

         You can pass parameters described as a JSON Schema object and the voice assistant will
        attempt to gather these informations.

        **Expected Webhooks:**

        - `call.ai_gather.ended`
        - `call.conversation.ended`
        - `call.ai_gather.partial_results` (if `send_partial_results` is set to `true`)
        - `call.ai_gather.message_history_updated` (if `send_message_history_updates` is set to
        `true`)

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            parameters (body, required): The parameters described as a JSON Schema object that
                needs to be gathered by the voice assistant. See the [JSON Schema
                reference](https://json-schema.org/understanding-json-schema) for documentation
                about the format.
            assistant (body, optional): Assistant configuration including choice of LLM, custom
                instructions, and tools.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            gather_ended_speech (body, optional): Text that will be played when the gathering
                has finished. There is a 3,000 character limit.
            greeting (body, optional): Text that will be played when the gathering starts, if
                none then nothing will be played when the gathering starts. The greeting can be
                text for any voice or SSML for `AWS.Polly.<voice_id>` voices. There is a 3,000
                character limit.
            interruption_settings (body, optional): Settings for handling user interruptions
                during assistant speech.
            language (body, optional):
            message_history (body, optional): The message history you want the voice assistant
                to be aware of, this can be useful to keep the context of the conversation, or
                to pass additional information to the voice assistant.
            send_message_history_updates (body, optional): Default is `false`. If set to `true`,
                the voice assistant will send updates to the message history via the
                `call.ai_gather.message_history_updated` callback in real time as the message
                history is updated.
            send_partial_results (body, optional): Default is `false`. If set to `true`, the
                voice assistant will send partial results via the
                `call.ai_gather.partial_results` callback in real time as individual fields are
                gathered. If set to `false`, the voice assistant will only send the final result
                via the `call.ai_gather.ended` callback.
            transcription (body, optional): The settings associated with speech to text for the
                voice assistant. This is only relevant if the assistant uses a text-to-text
                language model. Any assistant using a model with native audio support (e.g.
                `fixie-ai/ultravox-v0_4`) will ignore this field.
            user_response_timeout_ms (body, optional): The maximum time in milliseconds to wait
                for user response before timing out. Unit: milliseconds. Default: `10000`.
            voice (body, optional): The voice to be used by the voice assistant. Currently we
                support ElevenLabs, Telnyx and AWS voices.

             **Supported Providers:**
            - **AWS:** Use `AWS.Polly.<VoiceId>` (e.g., `AWS.Polly.Joanna`). For neural voices,
                which provide more realistic, human-like speech, append `-Neural` to the
                `VoiceId` (e.g., `AWS.Polly.Joanna-Neural`). Check the [available
                voices](https://docs.aws.amazon.com/polly/latest/dg/available-voices.html) for
                compatibility.
            - **Azure:** Use `Azure.<VoiceId>. (e.g. Azure.en-CA-ClaraNeural, Azure.en-CA-
                LiamNeural, Azure.en-US-BrianMultilingualNeural, Azure.en-US-
                Ava:DragonHDLatestNeural. For a complete list of voices, go to [Azure Voice
                Gallery](https://speech.microsoft.com/portal/voicegallery).)
            - **ElevenLabs:** Use `ElevenLabs.<ModelId>.<VoiceId>` (e.g.,
                `ElevenLabs.BaseModel.John`). The `ModelId` part is optional. To use ElevenLabs,
                you must provide your ElevenLabs API key as an integration secret under
                `"voice_settings": {"api_key_ref": "<secret_id>"}`. See [integration secrets
                documentation](https://developers.telnyx.com/api/secrets-manager/integration-
                secrets/create-integration-secret) for details. Check [available
                voices](https://elevenlabs.io/docs/api-reference/get-voices).
             - **Telnyx:** Use `Telnyx.<model_id>.<voice_id>`
            - **Inworld:** Use `Inworld.<ModelId>.<VoiceId>` (e.g., `Inworld.Mini.Loretta`,
                `Inworld.Max.Oliver`, `Inworld.TTS2.Loretta`). Supported models: `Mini`, `Max`,
                `TTS2`.
            - **Fish Audio:** Use `FishAudio.<ModelId>.<VoiceId>` (e.g.,
                `FishAudio.s2.1-pro.<reference_id>`). Supported models: `s2.1-pro`, `s2-pro`,
                `s1`. `VoiceId` is a Fish Voice-Library reference ID.
            - **xAI:** Use `xAI.<VoiceId>` (e.g., `xAI.eve`). Available voices: `eve`, `ara`,
                `rex`, `sal`, `leo`. Default: `"Telnyx.KokoroTTS.af"`.
            voice_settings (body, optional): The settings associated with the voice selected.

        Returns:
            `CallControlCommandResponseWithConversationID`: Successful response upon making a
                call control command that includes conversation_id.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/gather_using_ai` (operationId `callGatherUsingAI`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_GATHER_USING_AI,
            path_params={"call_control_id": call_control_id},
            body={
                "parameters": parameters,
                "assistant": assistant,
                "client_state": client_state,
                "command_id": command_id,
                "gather_ended_speech": gather_ended_speech,
                "greeting": greeting,
                "interruption_settings": interruption_settings,
                "language": language,
                "message_history": message_history,
                "send_message_history_updates": send_message_history_updates,
                "send_partial_results": send_partial_results,
                "transcription": transcription,
                "user_response_timeout_ms": user_response_timeout_ms,
                "voice": voice,
                "voice_settings": voice_settings,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def gather_using_audio(
        self,
        call_control_id: str,
        *,
        audio_url: str | NotGiven = NOT_GIVEN,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        inter_digit_timeout_millis: int | NotGiven = NOT_GIVEN,
        invalid_audio_url: str | NotGiven = NOT_GIVEN,
        invalid_media_name: str | NotGiven = NOT_GIVEN,
        maximum_digits: int | NotGiven = NOT_GIVEN,
        maximum_tries: int | NotGiven = NOT_GIVEN,
        media_name: str | NotGiven = NOT_GIVEN,
        minimum_digits: int | NotGiven = NOT_GIVEN,
        terminating_digit: str | NotGiven = NOT_GIVEN,
        timeout_millis: int | NotGiven = NOT_GIVEN,
        valid_digits: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Gather using audio.

        Play an audio file on the call until the required DTMF signals are gathered to build
        interactive menus.

        You can pass a list of valid digits along with an 'invalid_audio_url', which will be
        played back at the beginning of each prompt. Playback will be interrupted when a DTMF
        signal is received. The `Answer command must be issued before the `gather_using_audio`
        command.

        **Expected Webhooks:**

        - `call.playback.started`
        - `call.playback.ended`
        - `call.dtmf.received` (you may receive many of these webhooks)
        - `call.gather.ended`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            audio_url (body, optional): The URL of a file to be played back at the beginning of
                each prompt. The URL can point to either a WAV or MP3 file. media_name and
                audio_url cannot be used together in one request.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            inter_digit_timeout_millis (body, optional): The number of milliseconds to wait for
                input between digits. Unit: milliseconds. Default: `5000`.
            invalid_audio_url (body, optional): The URL of a file to play when digits don't
                match the `valid_digits` parameter or the number of digits is not between `min`
                and `max`. The URL can point to either a WAV or MP3 file. invalid_media_name and
                invalid_audio_url cannot be used together in one request.
            invalid_media_name (body, optional): The media_name of a file to be played back when
                digits don't match the `valid_digits` parameter or the number of digits is not
                between `min` and `max`. The media_name must point to a file previously uploaded
                to api.telnyx.com/v2/media by the same user/organization. The file must either
                be a WAV or MP3 file.
            maximum_digits (body, optional): The maximum number of digits to fetch. This
                parameter has a maximum value of 128. Default: `128`.
            maximum_tries (body, optional): The maximum number of times the file should be
                played if there is no input from the user on the call. Default: `3`.
            media_name (body, optional): The media_name of a file to be played back at the
                beginning of each prompt. The media_name must point to a file previously
                uploaded to api.telnyx.com/v2/media by the same user/organization. The file must
                either be a WAV or MP3 file.
            minimum_digits (body, optional): The minimum number of digits to fetch. This
                parameter has a minimum value of 1. Default: `1`.
            terminating_digit (body, optional): The digit used to terminate input if fewer than
                `maximum_digits` digits have been gathered. Default: `"#"`.
            timeout_millis (body, optional): The number of milliseconds to wait for a DTMF
                response after file playback ends before a replaying the sound file. Unit:
                milliseconds. Default: `60000`.
            valid_digits (body, optional): A list of all digits accepted as valid. Default:
                `"0123456789#*"`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/gather_using_audio` (operationId `GatherUsingAudio`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_GATHER_USING_AUDIO,
            path_params={"call_control_id": call_control_id},
            body={
                "audio_url": audio_url,
                "client_state": client_state,
                "command_id": command_id,
                "inter_digit_timeout_millis": inter_digit_timeout_millis,
                "invalid_audio_url": invalid_audio_url,
                "invalid_media_name": invalid_media_name,
                "maximum_digits": maximum_digits,
                "maximum_tries": maximum_tries,
                "media_name": media_name,
                "minimum_digits": minimum_digits,
                "terminating_digit": terminating_digit,
                "timeout_millis": timeout_millis,
                "valid_digits": valid_digits,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def gather_using_speak(
        self,
        call_control_id: str,
        *,
        payload: str,
        voice: str,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        inter_digit_timeout_millis: int | NotGiven = NOT_GIVEN,
        invalid_payload: str | NotGiven = NOT_GIVEN,
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
        | NotGiven = NOT_GIVEN,
        maximum_digits: int | NotGiven = NOT_GIVEN,
        maximum_tries: int | NotGiven = NOT_GIVEN,
        minimum_digits: int | NotGiven = NOT_GIVEN,
        payload_type: Literal["text", "ssml"] | NotGiven = NOT_GIVEN,
        service_level: Literal["basic", "premium"] | NotGiven = NOT_GIVEN,
        terminating_digit: str | NotGiven = NOT_GIVEN,
        timeout_millis: int | NotGiven = NOT_GIVEN,
        valid_digits: str | NotGiven = NOT_GIVEN,
        voice_settings: ElevenLabsVoiceSettings
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
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Gather using speak.

        Convert text to speech and play it on the call until the required DTMF signals are
        gathered to build interactive menus.

        You can pass a list of valid digits along with an 'invalid_payload', which will be
        played back at the beginning of each prompt. Speech will be interrupted when a DTMF
        signal is received. The `Answer` command must be issued before the `gather_using_speak`
        command.

        **Expected Webhooks:**

        - `call.dtmf.received` (you may receive many of these webhooks)
        - `call.gather.ended`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            payload (body, required): The text or SSML to be converted into speech. There is a
                3,000 character limit.
            voice (body, required): Specifies the voice used in speech synthesis.

            - Define voices using the format `<Provider>.<Model>.<VoiceId>`. Specifying only the
                provider will give default values for voice_id and model_id.

             **Supported Providers:**
            - **AWS:** Use `AWS.Polly.<VoiceId>` (e.g., `AWS.Polly.Joanna`). For neural voices,
                which provide more realistic, human-like speech, append `-Neural` to the
                `VoiceId` (e.g., `AWS.Polly.Joanna-Neural`). Check the [available
                voices](https://docs.aws.amazon.com/polly/latest/dg/available-voices.html) for
                compatibility.
            - **Azure:** Use `Azure.<VoiceId>` (e.g., `Azure.en-CA-ClaraNeural`, `Azure.en-US-
                BrianMultilingualNeural`, `Azure.en-US-Ava:DragonHDLatestNeural`). For a
                complete list of voices, go to [Azure Voice
                Gallery](https://speech.microsoft.com/portal/voicegallery). Use `voice_settings`
                to configure custom deployments, regions, or API keys.
            - **ElevenLabs:** Use `ElevenLabs.<ModelId>.<VoiceId>` (e.g.,
                `ElevenLabs.eleven_multilingual_v2.21m00Tcm4TlvDq8ikWAM`). The `ModelId` part is
                optional. To use ElevenLabs, you must provide your ElevenLabs API key as an
                integration identifier secret in `"voice_settings": {"api_key_ref":
                "<secret_identifier>"}`. See [integration secrets
                documentation](https://developers.telnyx.com/api/secrets-manager/integration-
                secrets/create-integration-secret) for details. Check [available
                voices](https://elevenlabs.io/docs/api-reference/get-voices).
            - **Telnyx:** Use `Telnyx.<model_id>.<voice_id>` (e.g., `Telnyx.KokoroTTS.af`). Use
                `voice_settings` to configure voice_speed and other synthesis parameters.
                `Bayan` provides Arabic (multiple dialects) and English voices (e.g.,
                `Telnyx.Bayan.Ahmed`, `Telnyx.Bayan.Amanda`). `Sukhan` provides Urdu voices
                (e.g., `Telnyx.Sukhan.urdu-professor`); `voice_speed` is not supported.
            - **Minimax:** Use `Minimax.<ModelId>.<VoiceId>` (e.g.,
                `Minimax.speech-02-hd.Wise_Woman`). Supported models: `speech-02-turbo`,
                `speech-02-hd`, `speech-2.6-turbo`, `speech-2.8-turbo`. Use `voice_settings` to
                configure speed, volume, pitch, and language_boost.
            - **Rime:** Use `Rime.<model_id>.<voice_id>` (e.g., `Rime.Arcana.cove`). Supported
                model_ids: `Arcana`, `Mist`, `ArcanaV3`, `Coda`. Use `voice_settings` to
                configure voice_speed.
            - **Resemble:** Use `Resemble.Turbo.<voice_id>` (e.g., `Resemble.Turbo.my_voice`).
                Only `Turbo` model is supported. Use `voice_settings` to configure precision,
                sample_rate, and format.
            - **Inworld:** Use `Inworld.<ModelId>.<VoiceId>` (e.g., `Inworld.Mini.Loretta`,
                `Inworld.Max.Oliver`, `Inworld.TTS2.Loretta`). Supported models: `Mini`, `Max`,
                `TTS2`. Use `voice_settings` to configure `delivery_mode` (`STABLE`, `BALANCED`,
                `CREATIVE`), supported by `TTS2` only.
            - **Fish Audio:** Use `FishAudio.<ModelId>.<VoiceId>` (e.g.,
                `FishAudio.s2.1-pro.<reference_id>`). Supported models: `s2.1-pro`, `s2-pro`,
                `s1`. `VoiceId` is a Fish Voice-Library reference ID.
            - **xAI:** Use `xAI.<VoiceId>` (e.g., `xAI.eve`). Available voices: `eve`, `ara`,
                `rex`, `sal`, `leo`.

            For service_level basic, you may define the gender of the speaker (male or female).
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            inter_digit_timeout_millis (body, optional): The number of milliseconds to wait for
                input between digits. Unit: milliseconds. Default: `5000`.
            invalid_payload (body, optional): The text or SSML to be converted into speech when
                digits don't match the `valid_digits` parameter or the number of digits is not
                between `min` and `max`. There is a 3,000 character limit.
            language (body, optional): The language you want spoken. This parameter is ignored
                when a `Polly.*` voice is specified. Allowed values: `"arb"`, `"cmn-CN"`, `"cy-
                GB"`, `"da-DK"`, `"de-DE"`, `"en-AU"`, `"en-GB"`, `"en-GB-WLS"`, `"en-IN"`,
                `"en-US"`, `"es-ES"`, `"es-MX"`, `"es-US"`, `"fr-CA"`, `"fr-FR"`, `"hi-IN"`,
                `"is-IS"`, `"it-IT"`, `"ja-JP"`, `"ko-KR"`, `"nb-NO"`, `"nl-NL"`, `"pl-PL"`,
                `"pt-BR"`, `"pt-PT"`, `"ro-RO"`, `"ru-RU"`, `"sv-SE"`, `"tr-TR"`.
            maximum_digits (body, optional): The maximum number of digits to fetch. This
                parameter has a maximum value of 128. Default: `128`.
            maximum_tries (body, optional): The maximum number of times that a file should be
                played back if there is no input from the user on the call. Default: `3`.
            minimum_digits (body, optional): The minimum number of digits to fetch. This
                parameter has a minimum value of 1. Default: `1`.
            payload_type (body, optional): The type of the provided payload. The payload can
                either be plain text, or Speech Synthesis Markup Language (SSML). Allowed
                values: `"text"`, `"ssml"`. Default: `"text"`.
            service_level (body, optional): This parameter impacts speech quality, language
                options and payload types. When using `basic`, only the `en-US` language and
                payload type `text` are allowed. Allowed values: `"basic"`, `"premium"`.
                Default: `"premium"`.
            terminating_digit (body, optional): The digit used to terminate input if fewer than
                `maximum_digits` digits have been gathered. Default: `"#"`.
            timeout_millis (body, optional): The number of milliseconds to wait for a DTMF
                response after speak ends before a replaying the sound file. Unit: milliseconds.
                Default: `60000`.
            valid_digits (body, optional): A list of all digits accepted as valid. Default:
                `"0123456789#*"`.
            voice_settings (body, optional): The settings associated with the voice selected.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/gather_using_speak` (operationId `GatherUsingSpeak`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_GATHER_USING_SPEAK,
            path_params={"call_control_id": call_control_id},
            body={
                "payload": payload,
                "voice": voice,
                "client_state": client_state,
                "command_id": command_id,
                "inter_digit_timeout_millis": inter_digit_timeout_millis,
                "invalid_payload": invalid_payload,
                "language": language,
                "maximum_digits": maximum_digits,
                "maximum_tries": maximum_tries,
                "minimum_digits": minimum_digits,
                "payload_type": payload_type,
                "service_level": service_level,
                "terminating_digit": terminating_digit,
                "timeout_millis": timeout_millis,
                "valid_digits": valid_digits,
                "voice_settings": voice_settings,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def hangup(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        custom_headers: Sequence[CustomSipHeader | CustomSipHeaderParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Hangup call.

        Hang up the call.

        **Expected Webhooks:**

        - `call.hangup`
        - `call.recording.saved`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            custom_headers (body, optional): Custom headers to be added to the SIP BYE message.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/hangup` (operationId `HangupCall`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_HANGUP,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
                "custom_headers": custom_headers,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def join_ai_assistant(
        self,
        call_control_id: str,
        *,
        conversation_id: str,
        participant: AIAssistantJoinParticipant | AIAssistantJoinParticipantParam,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponseWithConversationID:
        """Join AI Assistant Conversation.

        Add a participant to an existing AI assistant conversation. Use this command to bring an
        additional call leg into a running AI conversation.

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            conversation_id (body, required): The ID of the AI assistant conversation to join.
            participant (body, required):
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.

        Returns:
            `CallControlCommandResponseWithConversationID`: Successful response upon making a
                call control command that includes conversation_id.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/ai_assistant_join` (operationId `CallJoinAIAssistant`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_JOIN_AI_ASSISTANT,
            path_params={"call_control_id": call_control_id},
            body={
                "conversation_id": conversation_id,
                "participant": participant,
                "client_state": client_state,
                "command_id": command_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def leave_queue(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Remove call from a queue.

        Removes the call from a queue.

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/leave_queue` (operationId `LeaveQueue`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_LEAVE_QUEUE,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def pause_recording(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        recording_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Record pause.

        Pause recording the call. Recording can be resumed via Resume recording command.

        **Expected Webhooks:**

        There are no webhooks associated with this command.

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            recording_id (body, optional): Uniquely identifies the resource.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/record_pause` (operationId `PauseCallRecording`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_PAUSE_RECORDING,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
                "recording_id": recording_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def refer(
        self,
        call_control_id: str,
        *,
        sip_address: str,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        custom_headers: Sequence[CustomSipHeader | CustomSipHeaderParam] | NotGiven = NOT_GIVEN,
        sip_auth_password: str | NotGiven = NOT_GIVEN,
        sip_auth_username: str | NotGiven = NOT_GIVEN,
        sip_headers: Sequence[SipHeader | SipHeaderParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """SIP Refer a call.

        Initiate a SIP Refer on a Call Control call. You can initiate a SIP Refer at any point
        in the duration of a call.

        **Expected Webhooks:**

        - `call.refer.started`
        - `call.refer.completed`
        - `call.refer.failed`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            sip_address (body, required): The SIP URI to which the call will be referred to.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid execution of duplicate
                commands. Telnyx will ignore subsequent commands with the same `command_id` as
                one that has already been executed.
            custom_headers (body, optional): Custom headers to be added to the SIP INVITE.
            sip_auth_password (body, optional): SIP Authentication password used for SIP
                challenges.
            sip_auth_username (body, optional): SIP Authentication username used for SIP
                challenges.
            sip_headers (body, optional): SIP headers to be added to the request. Currently only
                User-to-User header is supported.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/refer` (operationId `ReferCall`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_REFER,
            path_params={"call_control_id": call_control_id},
            body={
                "sip_address": sip_address,
                "client_state": client_state,
                "command_id": command_id,
                "custom_headers": custom_headers,
                "sip_auth_password": sip_auth_password,
                "sip_auth_username": sip_auth_username,
                "sip_headers": sip_headers,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def reject(
        self,
        call_control_id: str,
        *,
        cause: Literal["CALL_REJECTED", "USER_BUSY"],
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Reject a call.

        Reject an incoming call.

        **Expected Webhooks:**

        - `call.hangup`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            cause (body, required): Cause for call rejection. Allowed values: `"CALL_REJECTED"`,
                `"USER_BUSY"`.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/reject` (operationId `RejectCall`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_REJECT,
            path_params={"call_control_id": call_control_id},
            body={
                "cause": cause,
                "client_state": client_state,
                "command_id": command_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def resume_recording(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        recording_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Record resume.

        Resume recording the call.

        **Expected Webhooks:**

        There are no webhooks associated with this command.

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            recording_id (body, optional): Uniquely identifies the resource.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/record_resume` (operationId `ResumeCallRecording`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_RESUME_RECORDING,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
                "recording_id": recording_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def send_dtmf(
        self,
        call_control_id: str,
        *,
        digits: str,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        duration_millis: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Send DTMF.

        Sends DTMF tones from this leg. DTMF tones will be heard by the other end of the call.

        **Expected Webhooks:**

        There are no webhooks associated with this command.

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            digits (body, required): DTMF digits to send. Valid digits are 0-9, A-D, *, and #.
                Pauses can be added using w (0.5s) and W (1s).
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            duration_millis (body, optional): Specifies for how many milliseconds each digit
                will be played in the audio stream. Ranges from 100 to 500ms. Unit:
                milliseconds. Default: `250`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/send_dtmf` (operationId `SendDTMF`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_SEND_DTMF,
            path_params={"call_control_id": call_control_id},
            body={
                "digits": digits,
                "client_state": client_state,
                "command_id": command_id,
                "duration_millis": duration_millis,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def send_sip_info(
        self,
        call_control_id: str,
        *,
        body: str,
        content_type: str,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Send SIP info.

        Sends SIP info from this leg.

        **Expected Webhooks:**

        - `call.sip_info.received` (to be received on the target call leg)

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            body (body, required): Content of the SIP INFO.
            content_type (body, required): Content type of the INFO body. Must be MIME type
                compliant. There is a 1,400 bytes limit.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/send_sip_info` (operationId `SendSIPInfo`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_SEND_SIP_INFO,
            path_params={"call_control_id": call_control_id},
            body={
                "body": body,
                "content_type": content_type,
                "client_state": client_state,
                "command_id": command_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def speak(
        self,
        call_control_id: str,
        *,
        payload: str,
        voice: str,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
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
        | NotGiven = NOT_GIVEN,
        loop: str | int | NotGiven = NOT_GIVEN,
        payload_type: Literal["text", "ssml"] | NotGiven = NOT_GIVEN,
        service_level: Literal["basic", "premium"] | NotGiven = NOT_GIVEN,
        stop: str | NotGiven = NOT_GIVEN,
        target_legs: Literal["self", "opposite", "both"] | NotGiven = NOT_GIVEN,
        voice_settings: ElevenLabsVoiceSettings
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
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Speak text.

        Convert text to speech and play it back on the call. If multiple speak text commands are
        issued consecutively, the audio files will be placed in a queue awaiting playback.

        **Expected Webhooks:**

        - `call.speak.started`
        - `call.speak.ended`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            payload (body, required): The text or SSML to be converted into speech. There is a
                3,000 character limit.
            voice (body, required): Specifies the voice used in speech synthesis.

            - Define voices using the format `<Provider>.<Model>.<VoiceId>`. Specifying only the
                provider will give default values for voice_id and model_id.

             **Supported Providers:**
            - **AWS:** Use `AWS.Polly.<VoiceId>` (e.g., `AWS.Polly.Joanna`). For neural voices,
                which provide more realistic, human-like speech, append `-Neural` to the
                `VoiceId` (e.g., `AWS.Polly.Joanna-Neural`). Check the [available
                voices](https://docs.aws.amazon.com/polly/latest/dg/available-voices.html) for
                compatibility.
            - **Azure:** Use `Azure.<VoiceId>` (e.g., `Azure.en-CA-ClaraNeural`, `Azure.en-US-
                BrianMultilingualNeural`, `Azure.en-US-Ava:DragonHDLatestNeural`). For a
                complete list of voices, go to [Azure Voice
                Gallery](https://speech.microsoft.com/portal/voicegallery). Use `voice_settings`
                to configure custom deployments, regions, or API keys.
            - **ElevenLabs:** Use `ElevenLabs.<ModelId>.<VoiceId>` (e.g.,
                `ElevenLabs.eleven_multilingual_v2.21m00Tcm4TlvDq8ikWAM`). The `ModelId` part is
                optional. To use ElevenLabs, you must provide your ElevenLabs API key as an
                integration identifier secret in `"voice_settings": {"api_key_ref":
                "<secret_identifier>"}`. See [integration secrets
                documentation](https://developers.telnyx.com/api/secrets-manager/integration-
                secrets/create-integration-secret) for details. Check [available
                voices](https://elevenlabs.io/docs/api-reference/get-voices).
            - **Telnyx:** Use `Telnyx.<model_id>.<voice_id>` (e.g., `Telnyx.KokoroTTS.af`). Use
                `voice_settings` to configure voice_speed and other synthesis parameters.
                `Bayan` provides Arabic (multiple dialects) and English voices (e.g.,
                `Telnyx.Bayan.Ahmed`, `Telnyx.Bayan.Amanda`). `Sukhan` provides Urdu voices
                (e.g., `Telnyx.Sukhan.urdu-professor`); `voice_speed` is not supported.
            - **Minimax:** Use `Minimax.<ModelId>.<VoiceId>` (e.g.,
                `Minimax.speech-02-hd.Wise_Woman`). Supported models: `speech-02-turbo`,
                `speech-02-hd`, `speech-2.6-turbo`, `speech-2.8-turbo`. Use `voice_settings` to
                configure speed, volume, pitch, and language_boost.
            - **Rime:** Use `Rime.<model_id>.<voice_id>` (e.g., `Rime.Arcana.cove`). Supported
                model_ids: `Arcana`, `Mist`, `ArcanaV3`, `Coda`. Use `voice_settings` to
                configure voice_speed.
            - **Resemble:** Use `Resemble.Turbo.<voice_id>` (e.g., `Resemble.Turbo.my_voice`).
                Only `Turbo` model is supported. Use `voice_settings` to configure precision,
                sample_rate, and format.
            - **Inworld:** Use `Inworld.<ModelId>.<VoiceId>` (e.g., `Inworld.Mini.Loretta`,
                `Inworld.Max.Oliver`, `Inworld.TTS2.Loretta`). Supported models: `Mini`, `Max`,
                `TTS2`. Use `voice_settings` to configure `delivery_mode` (`STABLE`, `BALANCED`,
                `CREATIVE`), supported by `TTS2` only.
            - **Fish Audio:** Use `FishAudio.<ModelId>.<VoiceId>` (e.g.,
                `FishAudio.s2.1-pro.<reference_id>`). Supported models: `s2.1-pro`, `s2-pro`,
                `s1`. `VoiceId` is a Fish Voice-Library reference ID.
            - **xAI:** Use `xAI.<VoiceId>` (e.g., `xAI.eve`). Available voices: `eve`, `ara`,
                `rex`, `sal`, `leo`.

            For service_level basic, you may define the gender of the speaker (male or female).
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            language (body, optional): The language you want spoken. This parameter is ignored
                when a `Polly.*` voice is specified. Allowed values: `"arb"`, `"cmn-CN"`, `"cy-
                GB"`, `"da-DK"`, `"de-DE"`, `"en-AU"`, `"en-GB"`, `"en-GB-WLS"`, `"en-IN"`,
                `"en-US"`, `"es-ES"`, `"es-MX"`, `"es-US"`, `"fr-CA"`, `"fr-FR"`, `"hi-IN"`,
                `"is-IS"`, `"it-IT"`, `"ja-JP"`, `"ko-KR"`, `"nb-NO"`, `"nl-NL"`, `"pl-PL"`,
                `"pt-BR"`, `"pt-PT"`, `"ro-RO"`, `"ru-RU"`, `"sv-SE"`, `"tr-TR"`.
            loop (body, optional): The number of times to play the audio file. Use `infinity` to
                loop indefinitely. Defaults to 1.
            payload_type (body, optional): The type of the provided payload. The payload can
                either be plain text, or Speech Synthesis Markup Language (SSML). Allowed
                values: `"text"`, `"ssml"`. Default: `"text"`.
            service_level (body, optional): This parameter impacts speech quality, language
                options and payload types. When using `basic`, only the `en-US` language and
                payload type `text` are allowed. Allowed values: `"basic"`, `"premium"`.
                Default: `"premium"`.
            stop (body, optional): When specified, it stops the current audio being played.
                Specify `current` to stop the current audio being played, and to play the next
                file in the queue. Specify `all` to stop the current audio file being played and
                to also clear all audio files from the queue.
            target_legs (body, optional): Specifies which legs of the call should receive the
                spoken audio. Allowed values: `"self"`, `"opposite"`, `"both"`. Default:
                `"self"`.
            voice_settings (body, optional): The settings associated with the voice selected.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/speak` (operationId `SpeakCall`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_SPEAK,
            path_params={"call_control_id": call_control_id},
            body={
                "payload": payload,
                "voice": voice,
                "client_state": client_state,
                "command_id": command_id,
                "language": language,
                "loop": loop,
                "payload_type": payload_type,
                "service_level": service_level,
                "stop": stop,
                "target_legs": target_legs,
                "voice_settings": voice_settings,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def start_ai_assistant(
        self,
        call_control_id: str,
        *,
        assistant: CallAssistantRequest | CallAssistantRequestParam | NotGiven = NOT_GIVEN,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        greeting: str | NotGiven = NOT_GIVEN,
        interruption_settings: InterruptionSettings
        | InterruptionSettingsParam
        | NotGiven = NOT_GIVEN,
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
        | NotGiven = NOT_GIVEN,
        participants: Sequence[AIAssistantJoinParticipant | AIAssistantJoinParticipantParam]
        | NotGiven = NOT_GIVEN,
        send_message_history_updates: bool | NotGiven = NOT_GIVEN,
        transcription: TranscriptionConfig | TranscriptionConfigParam | NotGiven = NOT_GIVEN,
        voice: str | NotGiven = NOT_GIVEN,
        voice_settings: ElevenLabsVoiceSettings
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
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponseWithConversationID:
        """Start AI Assistant.

        Start an AI assistant on the call.

        **Expected Webhooks:**

        - `call.conversation.ended`
        - `call.conversation_insights.generated`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            assistant (body, optional): AI Assistant configuration. All fields except `id` are
                optional — the assistant's stored configuration will be used as fallback for any
                omitted fields.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            greeting (body, optional): Text that will be played when the assistant starts, if
                none then nothing will be played when the assistant starts. The greeting can be
                text for any voice or SSML for `AWS.Polly.<voice_id>` voices. There is a 3,000
                character limit.
            interruption_settings (body, optional): Settings for handling user interruptions
                during assistant speech.
            message_history (body, optional): A list of messages to seed the conversation
                history before the assistant starts. Follows the same message format as the
                `ai_assistant_add_messages` command. Default: `[]`.
            participants (body, optional): A list of participants to add to the conversation
                when it starts. Default: `[]`.
            send_message_history_updates (body, optional): When `true`, a webhook is sent each
                time the conversation message history is updated. Default: `false`.
            transcription (body, optional): The settings associated with speech to text for the
                voice assistant. This is only relevant if the assistant uses a text-to-text
                language model. Any assistant using a model with native audio support (e.g.
                `fixie-ai/ultravox-v0_4`) will ignore this field.
            voice (body, optional): The voice to be used by the voice assistant. Currently we
                support ElevenLabs, Telnyx and AWS voices.

             **Supported Providers:**
            - **AWS:** Use `AWS.Polly.<VoiceId>` (e.g., `AWS.Polly.Joanna`). For neural voices,
                which provide more realistic, human-like speech, append `-Neural` to the
                `VoiceId` (e.g., `AWS.Polly.Joanna-Neural`). Check the [available
                voices](https://docs.aws.amazon.com/polly/latest/dg/available-voices.html) for
                compatibility.
            - **Azure:** Use `Azure.<VoiceId>. (e.g. Azure.en-CA-ClaraNeural, Azure.en-CA-
                LiamNeural, Azure.en-US-BrianMultilingualNeural, Azure.en-US-
                Ava:DragonHDLatestNeural. For a complete list of voices, go to [Azure Voice
                Gallery](https://speech.microsoft.com/portal/voicegallery).)
            - **ElevenLabs:** Use `ElevenLabs.<ModelId>.<VoiceId>` (e.g.,
                `ElevenLabs.BaseModel.John`). The `ModelId` part is optional. To use ElevenLabs,
                you must provide your ElevenLabs API key as an integration secret under
                `"voice_settings": {"api_key_ref": "<secret_id>"}`. See [integration secrets
                documentation](https://developers.telnyx.com/api/secrets-manager/integration-
                secrets/create-integration-secret) for details. Check [available
                voices](https://elevenlabs.io/docs/api-reference/get-voices).
             - **Telnyx:** Use `Telnyx.<model_id>.<voice_id>`
            - **Inworld:** Use `Inworld.<ModelId>.<VoiceId>` (e.g., `Inworld.Mini.Loretta`,
                `Inworld.Max.Oliver`, `Inworld.TTS2.Loretta`). Supported models: `Mini`, `Max`,
                `TTS2`.
            - **Fish Audio:** Use `FishAudio.<ModelId>.<VoiceId>` (e.g.,
                `FishAudio.s2.1-pro.<reference_id>`). Supported models: `s2.1-pro`, `s2-pro`,
                `s1`. `VoiceId` is a Fish Voice-Library reference ID.
            - **xAI:** Use `xAI.<VoiceId>` (e.g., `xAI.eve`). Available voices: `eve`, `ara`,
                `rex`, `sal`, `leo`. Default: `"Telnyx.KokoroTTS.af"`.
            voice_settings (body, optional): The settings associated with the voice selected.

        Returns:
            `CallControlCommandResponseWithConversationID`: Successful response upon making a
                call control command that includes conversation_id.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/ai_assistant_start` (operationId `CallStartAIAssistant`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_START_AI_ASSISTANT,
            path_params={"call_control_id": call_control_id},
            body={
                "assistant": assistant,
                "client_state": client_state,
                "command_id": command_id,
                "greeting": greeting,
                "interruption_settings": interruption_settings,
                "message_history": message_history,
                "participants": participants,
                "send_message_history_updates": send_message_history_updates,
                "transcription": transcription,
                "voice": voice,
                "voice_settings": voice_settings,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def start_conversation_relay(
        self,
        call_control_id: str,
        *,
        assistant: ConversationRelayAssistant
        | ConversationRelayAssistantParam
        | NotGiven = NOT_GIVEN,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        conversation_relay_dtmf_detection: bool | NotGiven = NOT_GIVEN,
        conversation_relay_settings: ConversationRelaySettings
        | ConversationRelaySettingsParam
        | NotGiven = NOT_GIVEN,
        conversation_relay_url: str | NotGiven = NOT_GIVEN,
        custom_parameters: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        dtmf_detection: bool | NotGiven = NOT_GIVEN,
        greeting: str | NotGiven = NOT_GIVEN,
        interruptible: Literal["none", "any", "speech", "dtmf"] | NotGiven = NOT_GIVEN,
        interruptible_greeting: Literal["none", "any", "speech", "dtmf"] | NotGiven = NOT_GIVEN,
        interruption_settings: ConversationRelayInterruptionSettings
        | ConversationRelayInterruptionSettingsParam
        | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        languages: Sequence[ConversationRelayLanguage | ConversationRelayLanguageParam]
        | NotGiven = NOT_GIVEN,
        provider: str | NotGiven = NOT_GIVEN,
        structured_provider: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        transcription: Mapping[str, Any] | NotGiven = NOT_GIVEN,
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
        | NotGiven = NOT_GIVEN,
        transcription_engine_config: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tts_provider: str | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        voice: str | NotGiven = NOT_GIVEN,
        voice_settings: ElevenLabsVoiceSettings
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
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponseWithConversationRelayID:
        """Start Conversation Relay.

        Start a Conversation Relay session on an active call. Conversation Relay connects the
        call audio to your WebSocket so your application can exchange realtime messages with the
        caller while Telnyx handles speech recognition and text-to-speech. Only one AI Assistant
        or Conversation Relay session can be active on a call at a time.

        **Expected Webhooks:**

        - `call.conversation.ended` - Sent when the Conversation Relay session ends. If the
        customer WebSocket disconnects, the webhook payload `reason` is `customer_disconnect`.

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            assistant (body, optional): Custom parameters for the Conversation Relay session.
                Pass key-value data as `assistant.dynamic_variables` to make it available to the
                relay session.
            client_state (body, optional): Use this field to add state to subsequent webhooks.
                It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            conversation_relay_dtmf_detection (body, optional): Enable DTMF detection for the
                relay session. Default: `false`.
            conversation_relay_settings (body, optional): Conversation Relay connection
                settings. This object can provide `url`, `dtmf_detection`, `interruptible`,
                `interruptible_greeting`, and `languages`. Top-level aliases override nested
                values when both are present.
            conversation_relay_url (body, optional): WebSocket URL for your Conversation Relay
                server. Must start with `ws://` or `wss://`.
            custom_parameters (body, optional): Custom key-value parameters forwarded to the
                relay session as `assistant.dynamic_variables`. If `assistant.dynamic_variables`
                is also present, these values are merged in.
            dtmf_detection (body, optional): Public alias for
                `conversation_relay_dtmf_detection`. If both are present, this value wins.
                Default: `false`.
            greeting (body, optional): Text played when the relay session starts.
            interruptible (body, optional): Controls when caller input can interrupt assistant
                speech. `any` allows speech or DTMF interruptions; `none` disables
                interruptions; `speech` allows speech only; `dtmf` allows DTMF only. Allowed
                values: `"none"`, `"any"`, `"speech"`, `"dtmf"`. Default: `"any"`.
            interruptible_greeting (body, optional): Controls when caller input can interrupt
                assistant speech. `any` allows speech or DTMF interruptions; `none` disables
                interruptions; `speech` allows speech only; `dtmf` allows DTMF only. Allowed
                values: `"none"`, `"any"`, `"speech"`, `"dtmf"`. Default: `"any"`.
            interruption_settings (body, optional): Settings for handling caller interruptions
                during Conversation Relay speech.
            language (body, optional): Default language for the relay session. This value is
                used for both text-to-speech and speech recognition. Default: `"en"`.
            languages (body, optional): Per-language TTS and transcription settings.
            provider (body, optional): Structured voice provider. Must be supplied together with
                `structured_provider`.
            structured_provider (body, optional): Provider-specific structured voice settings.
                Must be supplied together with `provider`; Telnyx sends the value as the nested
                provider configuration for Conversation Relay.
            transcription (body, optional): Not supported for Conversation Relay start requests.
                Use `transcription_engine` and `transcription_engine_config` instead.
            transcription_engine (body, optional): Engine to use for speech recognition. Legacy
                values `A` - `Google`, `B` - `Telnyx` are supported for backward compatibility.
                For Conversation Relay, use this field with `transcription_engine_config`; the
                `transcription` object is not supported. Allowed values: `"Google"`, `"Telnyx"`,
                `"Deepgram"`, `"Azure"`, `"xAI"`, `"AssemblyAI"`, `"Speechmatics"`, `"Soniox"`,
                `"A"`, `"B"`. Default: `"Google"`.
            transcription_engine_config (body, optional): Engine-specific transcription settings
                for Conversation Relay. This accepts the same provider-specific options used by
                the Call Transcription Start command, such as `transcription_model`, without
                requiring the engine discriminator to be repeated inside this object.
            tts_provider (body, optional): Text-to-speech provider. If omitted, Telnyx derives
                it from `voice` or `provider`.
            url (body, optional): Public alias for `conversation_relay_url`. Must start with
                `ws://` or `wss://`. If both are present, this value wins.
            voice (body, optional): The voice to be used by the voice assistant. Currently we
                support ElevenLabs, Telnyx and AWS voices.

             **Supported Providers:**
            - **AWS:** Use `AWS.Polly.<VoiceId>` (e.g., `AWS.Polly.Joanna`). For neural voices,
                which provide more realistic, human-like speech, append `-Neural` to the
                `VoiceId` (e.g., `AWS.Polly.Joanna-Neural`). Check the [available
                voices](https://docs.aws.amazon.com/polly/latest/dg/available-voices.html) for
                compatibility.
            - **Azure:** Use `Azure.<VoiceId>. (e.g. Azure.en-CA-ClaraNeural, Azure.en-CA-
                LiamNeural, Azure.en-US-BrianMultilingualNeural, Azure.en-US-
                Ava:DragonHDLatestNeural. For a complete list of voices, go to [Azure Voice
                Gallery](https://speech.microsoft.com/portal/voicegallery).)
            - **ElevenLabs:** Use `ElevenLabs.<ModelId>.<VoiceId>` (e.g.,
                `ElevenLabs.BaseModel.John`). The `ModelId` part is optional. To use ElevenLabs,
                you must provide your ElevenLabs API key as an integration secret under
                `"voice_settings": {"api_key_ref": "<secret_id>"}`. See [integration secrets
                documentation](https://developers.telnyx.com/api/secrets-manager/integration-
                secrets/create-integration-secret) for details. Check [available
                voices](https://elevenlabs.io/docs/api-reference/get-voices).
             - **Telnyx:** Use `Telnyx.<model_id>.<voice_id>`
            - **Inworld:** Use `Inworld.<ModelId>.<VoiceId>` (e.g., `Inworld.Mini.Loretta`,
                `Inworld.Max.Oliver`, `Inworld.TTS2.Loretta`). Supported models: `Mini`, `Max`,
                `TTS2`.
            - **Fish Audio:** Use `FishAudio.<ModelId>.<VoiceId>` (e.g.,
                `FishAudio.s2.1-pro.<reference_id>`). Supported models: `s2.1-pro`, `s2-pro`,
                `s1`. `VoiceId` is a Fish Voice-Library reference ID.
            - **xAI:** Use `xAI.<VoiceId>` (e.g., `xAI.eve`). Available voices: `eve`, `ara`,
                `rex`, `sal`, `leo`. Default: `"Telnyx.KokoroTTS.af"`.
            voice_settings (body, optional): The settings associated with the voice selected.

        Returns:
            `CallControlCommandResponseWithConversationRelayID`: Successful response upon
                starting Conversation Relay.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/conversation_relay_start` (operationId `CallStartConversationRelay`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_START_CONVERSATION_RELAY,
            path_params={"call_control_id": call_control_id},
            body={
                "assistant": assistant,
                "client_state": client_state,
                "command_id": command_id,
                "conversation_relay_dtmf_detection": conversation_relay_dtmf_detection,
                "conversation_relay_settings": conversation_relay_settings,
                "conversation_relay_url": conversation_relay_url,
                "custom_parameters": custom_parameters,
                "dtmf_detection": dtmf_detection,
                "greeting": greeting,
                "interruptible": interruptible,
                "interruptible_greeting": interruptible_greeting,
                "interruption_settings": interruption_settings,
                "language": language,
                "languages": languages,
                "provider": provider,
                "structured_provider": structured_provider,
                "transcription": transcription,
                "transcription_engine": transcription_engine,
                "transcription_engine_config": transcription_engine_config,
                "tts_provider": tts_provider,
                "url": url,
                "voice": voice,
                "voice_settings": voice_settings,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def start_forking(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        rx: str | NotGiven = NOT_GIVEN,
        stream_type: Literal["decrypted"] | NotGiven = NOT_GIVEN,
        tx: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Forking start.

        Call forking allows you to stream the media from a call to a specific target in
        realtime.
        This stream can be used to enable realtime audio analysis to support a
        variety of use cases, including fraud detection, or the creation of AI-generated audio
        responses.
        Requests must specify either the `target` attribute or the `rx` and `tx` attributes.

        **Expected Webhooks:**

        - `call.fork.started`
        - `call.fork.stopped`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            rx (body, optional): The network target, <udp:ip_address:port>, where the call's
                incoming RTP media packets should be forwarded.
            stream_type (body, optional): Optionally specify a media type to stream. If
                `decrypted` selected, Telnyx will decrypt incoming SIP media before forking to
                the target. `rx` and `tx` are required fields if `decrypted` selected. Default:
                `"decrypted"`.
            tx (body, optional): The network target, <udp:ip_address:port>, where the call's
                outgoing RTP media packets should be forwarded.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/fork_start` (operationId `StartCallFork`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_START_FORKING,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
                "rx": rx,
                "stream_type": stream_type,
                "tx": tx,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def start_noise_suppression(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        direction: Literal["inbound", "outbound", "both"] | NotGiven = NOT_GIVEN,
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
        | NotGiven = NOT_GIVEN,
        noise_suppression_engine_config: NoiseSuppressionEngineConfig
        | NoiseSuppressionEngineConfigParam
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Noise Suppression Start (BETA).

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            direction (body, optional): The direction of the audio stream to be noise
                suppressed. Allowed values: `"inbound"`, `"outbound"`, `"both"`. Default:
                `"inbound"`.
            noise_suppression_engine (body, optional): The engine to use for noise suppression.
            For backward compatibility, engines A, B, C, and D are also supported, but are
                deprecated:
             A - Denoiser
             B - DeepFilterNet
             C - Krisp
             D - AiCoustics. Allowed values: `"Denoiser"`, `"DeepFilterNet"`, `"Krisp"`,
                `"AiCoustics"`, `"aic_l_quail"`, `"aic_l_rook"`, `"aic_s_quail"`,
                `"aic_s_rook"`, `"quail_voice_focus_s"`, `"quail_voice_focus_xs"`. Default:
                `"Denoiser"`.
            noise_suppression_engine_config (body, optional): Configuration parameters for noise
                suppression engines. Different engines support different parameters.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/suppression_start` (operationId `noiseSuppressionStart`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_START_NOISE_SUPPRESSION,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
                "direction": direction,
                "noise_suppression_engine": noise_suppression_engine,
                "noise_suppression_engine_config": noise_suppression_engine_config,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def start_playback(
        self,
        call_control_id: str,
        *,
        audio_type: Literal["mp3", "wav"] | NotGiven = NOT_GIVEN,
        audio_url: str | NotGiven = NOT_GIVEN,
        cache_audio: bool | NotGiven = NOT_GIVEN,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        loop: str | int | NotGiven = NOT_GIVEN,
        media_name: str | NotGiven = NOT_GIVEN,
        overlay: bool | NotGiven = NOT_GIVEN,
        playback_content: str | NotGiven = NOT_GIVEN,
        stop: str | NotGiven = NOT_GIVEN,
        target_legs: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Play audio URL.

        Play an audio file on the call. If multiple play audio commands are issued
        consecutively,
        the audio files will be placed in a queue awaiting playback.

        *Notes:*

        - When `overlay` is enabled, `target_legs` is limited to `self`.
        - A customer cannot Play Audio with `overlay=true` unless there is a Play Audio with
        `overlay=false` actively playing.

        **Expected Webhooks:**

        - `call.playback.started`
        - `call.playback.ended`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            audio_type (body, optional): Specifies the type of audio provided in `audio_url` or
                `playback_content`. Allowed values: `"mp3"`, `"wav"`. Default: `"mp3"`.
            audio_url (body, optional): The URL of a file to be played back on the call. The URL
                can point to either a WAV or MP3 file. media_name and audio_url cannot be used
                together in one request.
            cache_audio (body, optional): Caches the audio file. Useful when playing the same
                audio file multiple times during the call. Default: `true`.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            loop (body, optional): The number of times the audio file should be played. If
                supplied, the value must be an integer between 1 and 100, or the special string
                `infinity` for an endless loop. Default: `1`.
            media_name (body, optional): The media_name of a file to be played back on the call.
                The media_name must point to a file previously uploaded to
                api.telnyx.com/v2/media by the same user/organization. The file must either be a
                WAV or MP3 file.
            overlay (body, optional): When enabled, audio will be mixed on top of any other
                audio that is actively being played back. Note that `overlay: true` will only
                work if there is another audio file already being played on the call. Default:
                `false`.
            playback_content (body, optional): Allows a user to provide base64 encoded mp3 or
                wav. Note: when using this parameter, `media_url` and `media_name` in the
                `playback_started` and `playback_ended` webhooks will be empty.
            stop (body, optional): When specified, it stops the current audio being played.
                Specify `current` to stop the current audio being played, and to play the next
                file in the queue. Specify `all` to stop the current audio file being played and
                to also clear all audio files from the queue.
            target_legs (body, optional): Specifies the leg or legs on which audio will be
                played. If supplied, the value must be either `self`, `opposite` or `both`.
                Default: `"self"`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/playback_start` (operationId `StartCallPlayback`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_START_PLAYBACK,
            path_params={"call_control_id": call_control_id},
            body={
                "audio_type": audio_type,
                "audio_url": audio_url,
                "cache_audio": cache_audio,
                "client_state": client_state,
                "command_id": command_id,
                "loop": loop,
                "media_name": media_name,
                "overlay": overlay,
                "playback_content": playback_content,
                "stop": stop,
                "target_legs": target_legs,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def start_recording(
        self,
        call_control_id: str,
        *,
        channels: Literal["single", "dual"],
        format: Literal["wav", "mp3"],
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        custom_file_name: str | NotGiven = NOT_GIVEN,
        max_length: int | NotGiven = NOT_GIVEN,
        play_beep: bool | NotGiven = NOT_GIVEN,
        recording_track: Literal["both", "inbound", "outbound"] | NotGiven = NOT_GIVEN,
        timeout_secs: int | NotGiven = NOT_GIVEN,
        transcription: bool | NotGiven = NOT_GIVEN,
        transcription_engine: Literal["A", "B", "deepgram/nova-3"] | NotGiven = NOT_GIVEN,
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
        | NotGiven = NOT_GIVEN,
        transcription_max_speaker_count: int | NotGiven = NOT_GIVEN,
        transcription_min_speaker_count: int | NotGiven = NOT_GIVEN,
        transcription_profanity_filter: bool | NotGiven = NOT_GIVEN,
        transcription_speaker_diarization: bool | NotGiven = NOT_GIVEN,
        trim: Literal["trim-silence"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Recording start.

        Start recording the call. Recording will stop on call hang-up, or can be initiated via
        the Stop Recording command.

        **Expected Webhooks:**

        - `call.recording.saved`
        - `call.recording.transcription.saved`
        - `call.recording.error`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            channels (body, required): When `dual`, final audio file will be stereo recorded
                with the first leg on channel A, and the rest on channel B. Allowed values:
                `"single"`, `"dual"`.
            format (body, required): The audio file format used when storing the call recording.
                Can be either `mp3` or `wav`. Allowed values: `"wav"`, `"mp3"`.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            custom_file_name (body, optional): The custom recording file name to be used instead
                of the default `call_leg_id`. Telnyx will still add a Unix timestamp suffix.
            max_length (body, optional): Defines the maximum length for the recording in
                seconds. The minimum value is 0. The maximum value is 14400. The default value
                is 0 (infinite). Default: `0`.
            play_beep (body, optional): If enabled, a beep sound will be played at the start of
                a recording.
            recording_track (body, optional): The audio track to be recorded. Can be either
                `both`, `inbound` or `outbound`. If only single track is specified (`inbound`,
                `outbound`), `channels` configuration is ignored and it will be recorded as mono
                (single channel). Allowed values: `"both"`, `"inbound"`, `"outbound"`. Default:
                `"both"`.
            timeout_secs (body, optional): The number of seconds that Telnyx will wait for the
                recording to be stopped if silence is detected. The timer only starts when the
                speech is detected. Please note that call transcription is used to detect
                silence and the related charge will be applied. The minimum value is 0. The
                default value is 0 (infinite). Unit: seconds. Default: `0`.
            transcription (body, optional): Enable post recording transcription. The default
                value is false. Default: `false`.
            transcription_engine (body, optional): Engine to use for speech recognition. `A` -
                `Google`, `B` - `Telnyx`, `deepgram/nova-3` - `Deepgram Nova-3`. Note:
                `deepgram/nova-3` supports only `en` and `en-{Region}` languages. Allowed
                values: `"A"`, `"B"`, `"deepgram/nova-3"`. Default: `"A"`.
            transcription_language (body, optional): Language code for transcription. Note: Not
                all languages are supported by all transcription engines (google, telnyx,
                deepgram). See engine-specific documentation for supported values. Allowed
                values: `"af"`, `"af-ZA"`, `"am"`, `"am-ET"`, `"ar"`, `"ar-AE"`, `"ar-BH"`,
                `"ar-DZ"`, `"ar-EG"`, `"ar-IL"`, `"ar-IQ"`, `"ar-JO"`, `"ar-KW"`, `"ar-LB"`,
                `"ar-MA"`, `"ar-MR"`, `"ar-OM"`, `"ar-PS"`, `"ar-QA"`, `"ar-SA"`, `"ar-TN"`,
                `"ar-YE"`, `"as"`, `"auto_detect"`, `"az"`, `"az-AZ"`, `"ba"`, `"be"`, `"bg"`,
                `"bg-BG"`, `"bn"`, `"bn-BD"`, `"bn-IN"`, `"bo"`, `"br"`, `"bs"`, `"bs-BA"`,
                `"ca"`, `"ca-ES"`, `"cs"`, `"cs-CZ"`, `"cy"`, `"da"`, `"da-DK"`, `"de"`, `"de-
                AT"`, `"de-CH"`, `"de-DE"`, `"el"`, `"el-GR"`, `"en"`, `"en-AU"`, `"en-CA"`,
                `"en-GB"`, `"en-GH"`, `"en-HK"`, `"en-IE"`, `"en-IN"`, `"en-KE"`, `"en-NG"`,
                `"en-NZ"`, `"en-PH"`, `"en-PK"`, `"en-SG"`, `"en-TZ"`, `"en-US"`, `"en-ZA"`,
                `"es"`, `"es-419"`, `"es-AR"`, `"es-BO"`, `"es-CL"`, `"es-CO"`, `"es-CR"`, `"es-
                DO"`, `"es-EC"`, `"es-ES"`, `"es-GT"`, `"es-HN"`, `"es-MX"`, `"es-NI"`, `"es-
                PA"`, `"es-PE"`, `"es-PR"`, `"es-PY"`, `"es-SV"`, `"es-US"`, `"es-UY"`, `"es-
                VE"`, `"et"`, `"et-EE"`, `"eu"`, `"eu-ES"`, `"fa"`, `"fa-IR"`, `"fi"`, `"fi-
                FI"`, `"fil-PH"`, `"fo"`, `"fr"`, `"fr-BE"`, `"fr-CA"`, `"fr-CH"`, `"fr-FR"`,
                `"gl"`, `"gl-ES"`, `"gu"`, `"gu-IN"`, `"ha"`, `"haw"`, `"he"`, `"hi"`, `"hi-
                IN"`, `"hr"`, `"hr-HR"`, `"ht"`, `"hu"`, `"hu-HU"`, `"hy"`, `"hy-AM"`, `"id"`,
                `"id-ID"`, `"is"`, `"is-IS"`, `"it"`, `"it-CH"`, `"it-IT"`, `"iw-IL"`, `"ja"`,
                `"ja-JP"`, `"jv-ID"`, `"jw"`, `"ka"`, `"ka-GE"`, `"kk"`, `"kk-KZ"`, `"km"`,
                `"km-KH"`, `"kn"`, `"kn-IN"`, `"ko"`, `"ko-KR"`, `"la"`, `"lb"`, `"ln"`, `"lo"`,
                `"lo-LA"`, `"lt"`, `"lt-LT"`, `"lv"`, `"lv-LV"`, `"mg"`, `"mi"`, `"mk"`, `"mk-
                MK"`, `"ml"`, `"ml-IN"`, `"mn"`, `"mn-MN"`, `"mr"`, `"mr-IN"`, `"ms"`, `"ms-
                MY"`, `"mt"`, `"my"`, `"my-MM"`, `"ne"`, `"ne-NP"`, `"nl"`, `"nl-BE"`, `"nl-
                NL"`, `"nn"`, `"no"`, `"no-NO"`, `"oc"`, `"pa"`, `"pa-Guru-IN"`, `"pl"`, `"pl-
                PL"`, `"ps"`, `"pt"`, `"pt-BR"`, `"pt-PT"`, `"ro"`, `"ro-RO"`, `"ru"`, `"ru-
                RU"`, `"rw-RW"`, `"sa"`, `"sd"`, `"si"`, `"si-LK"`, `"sk"`, `"sk-SK"`, `"sl"`,
                `"sl-SI"`, `"sn"`, `"so"`, `"sq"`, `"sq-AL"`, `"sr"`, `"sr-RS"`, `"ss-latn-za"`,
                `"st-ZA"`, `"su"`, `"su-ID"`, `"sv"`, `"sv-SE"`, `"sw"`, `"sw-KE"`, `"sw-TZ"`,
                `"ta"`, `"ta-IN"`, `"ta-LK"`, `"ta-MY"`, `"ta-SG"`, `"te"`, `"te-IN"`, `"tg"`,
                `"th"`, `"th-TH"`, `"tk"`, `"tl"`, `"tn-latn-za"`, `"tr"`, `"tr-TR"`, `"ts-ZA"`,
                `"tt"`, `"uk"`, `"uk-UA"`, `"ur"`, `"ur-IN"`, `"ur-PK"`, `"uz"`, `"uz-UZ"`,
                `"ve-ZA"`, `"vi"`, `"vi-VN"`, `"xh-ZA"`, `"yi"`, `"yo"`, `"yue-Hant-HK"`,
                `"zh"`, `"zh-TW"`, `"zu-ZA"`. Default: `"en-US"`.
            transcription_max_speaker_count (body, optional): Defines maximum number of speakers
                in the conversation. Applies to `google` engine only. Default: `6`.
            transcription_min_speaker_count (body, optional): Defines minimum number of speakers
                in the conversation. Applies to `google` engine only. Default: `2`.
            transcription_profanity_filter (body, optional): Enables profanity_filter. Applies
                to `google` engine only. Default: `false`.
            transcription_speaker_diarization (body, optional): Enables speaker diarization.
                Applies to `google` engine only. Default: `false`.
            trim (body, optional): When set to `trim-silence`, silence will be removed from the
                beginning and end of the recording.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/record_start` (operationId `StartCallRecord`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_START_RECORDING,
            path_params={"call_control_id": call_control_id},
            body={
                "channels": channels,
                "format": format,
                "client_state": client_state,
                "command_id": command_id,
                "custom_file_name": custom_file_name,
                "max_length": max_length,
                "play_beep": play_beep,
                "recording_track": recording_track,
                "timeout_secs": timeout_secs,
                "transcription": transcription,
                "transcription_engine": transcription_engine,
                "transcription_language": transcription_language,
                "transcription_max_speaker_count": transcription_max_speaker_count,
                "transcription_min_speaker_count": transcription_min_speaker_count,
                "transcription_profanity_filter": transcription_profanity_filter,
                "transcription_speaker_diarization": transcription_speaker_diarization,
                "trim": trim,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def start_siprec(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        connector_name: str | NotGiven = NOT_GIVEN,
        include_metadata_custom_headers: Literal[True, False] | NotGiven = NOT_GIVEN,
        secure: Literal[True, False] | NotGiven = NOT_GIVEN,
        session_timeout_secs: int | NotGiven = NOT_GIVEN,
        sip_transport: Literal["udp", "tcp", "tls"] | NotGiven = NOT_GIVEN,
        siprec_track: Literal["inbound_track", "outbound_track", "both_tracks"]
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """SIPREC start.

        Start siprec session to configured in SIPREC connector SRS.

        **Expected Webhooks:**

        - `siprec.started`
        - `siprec.stopped`
        - `siprec.failed`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            connector_name (body, optional): Name of configured SIPREC connector to be used.
            include_metadata_custom_headers (body, optional): When set, custom parameters will
                be added as metadata (recording.session.ExtensionParameters). Otherwise, they’ll
                be added to sip headers. Allowed values: `true`, `false`.
            secure (body, optional): Controls whether to encrypt media sent to your SRS using
                SRTP and TLS. When set you need to configure SRS port in your connector to 5061.
                Allowed values: `true`, `false`.
            session_timeout_secs (body, optional): Sets `Session-Expires` header to the INVITE.
                A reinvite is sent every half the value set. Usefull for session keep alive.
                Minimum value is 90, set to 0 to disable. Unit: seconds. Default: `1800`.
            sip_transport (body, optional): Specifies SIP transport protocol. Allowed values:
                `"udp"`, `"tcp"`, `"tls"`. Default: `"udp"`.
            siprec_track (body, optional): Specifies which track should be sent on siprec
                session. Allowed values: `"inbound_track"`, `"outbound_track"`, `"both_tracks"`.
                Default: `"both_tracks"`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Not idempotent: retried only when the request surely did not reach Telnyx (a connection
        that failed to open), unless `retry_non_idempotent=True` is given here or on the client.

        Source: `POST /calls/{call_control_id}/actions/siprec_start` (operationId `StartSiprecSession`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_START_SIPREC,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "connector_name": connector_name,
                "include_metadata_custom_headers": include_metadata_custom_headers,
                "secure": secure,
                "session_timeout_secs": session_timeout_secs,
                "sip_transport": sip_transport,
                "siprec_track": siprec_track,
            },
            options=RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                retry_non_idempotent=retry_non_idempotent,
            ),
        )

    def start_streaming(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        custom_parameters: Sequence[
            StartStreamingRequestCustomParametersItem
            | StartStreamingRequestCustomParametersItemParam
        ]
        | NotGiven = NOT_GIVEN,
        dialogflow_config: DialogflowConfig | DialogflowConfigParam | NotGiven = NOT_GIVEN,
        enable_dialogflow: bool | NotGiven = NOT_GIVEN,
        stream_auth_token: str | NotGiven = NOT_GIVEN,
        stream_bidirectional_codec: Literal["PCMU", "PCMA", "G722", "OPUS", "AMR-WB", "L16"]
        | NotGiven = NOT_GIVEN,
        stream_bidirectional_mode: Literal["mp3", "rtp"] | NotGiven = NOT_GIVEN,
        stream_bidirectional_sampling_rate: Literal[8000, 16000, 22050, 24000, 48000]
        | NotGiven = NOT_GIVEN,
        stream_bidirectional_target_legs: Literal["both", "self", "opposite"]
        | NotGiven = NOT_GIVEN,
        stream_codec: Literal["PCMU", "PCMA", "G722", "OPUS", "AMR-WB", "L16", "default"]
        | NotGiven = NOT_GIVEN,
        stream_track: Literal["inbound_track", "outbound_track", "both_tracks"]
        | NotGiven = NOT_GIVEN,
        stream_url: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Streaming start.

        Start streaming the media from a call to a specific WebSocket address or Dialogflow
        connection in near-realtime. Audio will be delivered as base64-encoded RTP payload (raw
        audio), wrapped in JSON payloads.

        Please find more details about media streaming messages specification under the
        [link](https://developers.telnyx.com/docs/voice/programmable-voice/media-streaming).

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            custom_parameters (body, optional): Custom parameters to be sent as part of the
                WebSocket connection.
            dialogflow_config (body, optional): Dialogflow Config.
            enable_dialogflow (body, optional): Enables Dialogflow for the current call. The
                default value is false. Default: `false`.
            stream_auth_token (body, optional): An authentication token to be sent as part of
                the WebSocket connection. Maximum length is 4000 characters.
            stream_bidirectional_codec (body, optional): Indicates codec for bidirectional
                streaming RTP payloads. Used only with stream_bidirectional_mode=rtp. Case
                sensitive. Allowed values: `"PCMU"`, `"PCMA"`, `"G722"`, `"OPUS"`, `"AMR-WB"`,
                `"L16"`. Default: `"PCMU"`.
            stream_bidirectional_mode (body, optional): Configures method of bidirectional
                streaming (mp3, rtp). Allowed values: `"mp3"`, `"rtp"`. Default: `"mp3"`.
            stream_bidirectional_sampling_rate (body, optional): Audio sampling rate. Allowed
                values: `8000`, `16000`, `22050`, `24000`, `48000`. Default: `8000`.
            stream_bidirectional_target_legs (body, optional): Specifies which call legs should
                receive the bidirectional stream audio. Allowed values: `"both"`, `"self"`,
                `"opposite"`. Default: `"opposite"`.
            stream_codec (body, optional): Specifies the codec to be used for the streamed
                audio. When set to 'default' or when transcoding is not possible, the codec from
                the call will be used. Allowed values: `"PCMU"`, `"PCMA"`, `"G722"`, `"OPUS"`,
                `"AMR-WB"`, `"L16"`, `"default"`. Default: `"default"`.
            stream_track (body, optional): Specifies which track should be streamed. Allowed
                values: `"inbound_track"`, `"outbound_track"`, `"both_tracks"`. Default:
                `"inbound_track"`.
            stream_url (body, optional): The destination WebSocket address where the stream is
                going to be delivered.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/streaming_start` (operationId `StartCallStreaming`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_START_STREAMING,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
                "custom_parameters": custom_parameters,
                "dialogflow_config": dialogflow_config,
                "enable_dialogflow": enable_dialogflow,
                "stream_auth_token": stream_auth_token,
                "stream_bidirectional_codec": stream_bidirectional_codec,
                "stream_bidirectional_mode": stream_bidirectional_mode,
                "stream_bidirectional_sampling_rate": stream_bidirectional_sampling_rate,
                "stream_bidirectional_target_legs": stream_bidirectional_target_legs,
                "stream_codec": stream_codec,
                "stream_track": stream_track,
                "stream_url": stream_url,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def start_transcription(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
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
        | NotGiven = NOT_GIVEN,
        transcription_engine_config: TranscriptionEngineGoogleConfig
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
        | NotGiven = NOT_GIVEN,
        transcription_tracks: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Transcription start.

        Start real-time transcription. Transcription will stop on call hang-up, or can be
        initiated via the Transcription stop command.

        **Expected Webhooks:**

        - `call.transcription`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            transcription_engine (body, optional): Engine to use for speech recognition. Legacy
                values `A` - `Google`, `B` - `Telnyx` are supported for backward compatibility.
                Allowed values: `"Google"`, `"Telnyx"`, `"Deepgram"`, `"Azure"`, `"xAI"`,
                `"AssemblyAI"`, `"Speechmatics"`, `"Soniox"`, `"Parakeet"`, `"A"`, `"B"`.
                Default: `"Google"`.
            transcription_engine_config (body, optional):
            transcription_tracks (body, optional): Indicates which leg of the call will be
                transcribed. Use `inbound` for the leg that requested the transcription,
                `outbound` for the other leg, and `both` for both legs of the call. Will default
                to `inbound`. Default: `"inbound"`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/transcription_start` (operationId `StartCallTranscription`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_START_TRANSCRIPTION,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
                "transcription_engine": transcription_engine,
                "transcription_engine_config": transcription_engine_config,
                "transcription_tracks": transcription_tracks,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def stop_ai_assistant(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Stop AI Assistant.

        Stop an AI assistant on the call.

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/ai_assistant_stop` (operationId `CallStopAIAssistant`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_STOP_AI_ASSISTANT,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def stop_conversation_relay(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Stop Conversation Relay.

        Stop the active Conversation Relay session on a call.

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to subsequent webhooks.
                It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/conversation_relay_stop` (operationId `CallStopConversationRelay`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_STOP_CONVERSATION_RELAY,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def stop_forking(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        stream_type: Literal["raw", "decrypted"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Forking stop.

        Stop forking a call.

        **Expected Webhooks:**

        - `call.fork.stopped`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            stream_type (body, optional): Optionally specify a `stream_type`. This should match
                the `stream_type` that was used in `fork_start` command to properly stop the
                fork. Allowed values: `"raw"`, `"decrypted"`. Default: `"raw"`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/fork_stop` (operationId `StopCallFork`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_STOP_FORKING,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
                "stream_type": stream_type,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def stop_gather(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Gather stop.

        Stop current gather.

        **Expected Webhooks:**

        - `call.gather.ended`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/gather_stop` (operationId `StopCallGather`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_STOP_GATHER,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def stop_noise_suppression(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Noise Suppression Stop (BETA).

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/suppression_stop` (operationId `noiseSuppressionStop`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_STOP_NOISE_SUPPRESSION,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def stop_playback(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        overlay: bool | NotGiven = NOT_GIVEN,
        stop: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Stop audio playback.

        Stop audio being played on the call.

        **Expected Webhooks:**

        - `call.playback.ended` or `call.speak.ended`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            overlay (body, optional): When enabled, it stops the audio being played in the
                overlay queue. Default: `false`.
            stop (body, optional): Use `current` to stop the current audio being played. Use
                `all` to stop the current audio file being played and clear all audio files from
                the queue. Default: `"all"`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/playback_stop` (operationId `StopCallPlayback`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_STOP_PLAYBACK,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
                "overlay": overlay,
                "stop": stop,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def stop_recording(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        recording_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Recording stop.

        Stop recording the call.

        **Expected Webhooks:**

        - `call.recording.saved`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            recording_id (body, optional): Uniquely identifies the resource.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/record_stop` (operationId `StopCallRecording`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_STOP_RECORDING,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
                "recording_id": recording_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def stop_siprec(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """SIPREC stop.

        Stop SIPREC session.

        **Expected Webhooks:**

        - `siprec.stopped`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/siprec_stop` (operationId `StopSiprecSession`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_STOP_SIPREC,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def stop_streaming(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        stream_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Streaming stop.

        Stop streaming a call to a WebSocket.

        **Expected Webhooks:**

        - `streaming.stopped`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            stream_id (body, optional): Identifies the stream. If the `stream_id` is not
                provided the command stops all streams associated with a given
                `call_control_id`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/streaming_stop` (operationId `StopCallStreaming`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_STOP_STREAMING,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
                "stream_id": stream_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def stop_transcription(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Transcription stop.

        Stop real-time transcription.

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/transcription_stop` (operationId `StopCallTranscription`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_STOP_TRANSCRIPTION,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def switch_supervisor_role(
        self,
        call_control_id: str,
        *,
        role: Literal["barge", "whisper", "monitor"],
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Switch supervisor role.

        Switch the supervisor role for a bridged call. This allows switching between different
        supervisor modes during an active call

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            role (body, required): The supervisor role to switch to. 'barge' allows speaking to
                both parties, 'whisper' allows speaking to caller only, 'monitor' allows
                listening only. Allowed values: `"barge"`, `"whisper"`, `"monitor"`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Not idempotent: retried only when the request surely did not reach Telnyx (a connection
        that failed to open), unless `retry_non_idempotent=True` is given here or on the client.

        Source: `POST /calls/{call_control_id}/actions/switch_supervisor_role` (operationId `SwitchSupervisorRole`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_SWITCH_SUPERVISOR_ROLE,
            path_params={"call_control_id": call_control_id},
            body={
                "role": role,
            },
            options=RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                retry_non_idempotent=retry_non_idempotent,
            ),
        )

    def transfer(
        self,
        call_control_id: str,
        *,
        to: str,
        answering_machine_detection: Literal[
            "premium", "detect", "detect_beep", "detect_words", "greeting_end", "disabled"
        ]
        | NotGiven = NOT_GIVEN,
        answering_machine_detection_config: TransferCallRequestAnsweringMachineDetectionConfig
        | TransferCallRequestAnsweringMachineDetectionConfigParam
        | NotGiven = NOT_GIVEN,
        audio_url: str | NotGiven = NOT_GIVEN,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        custom_headers: Sequence[CustomSipHeader | CustomSipHeaderParam] | NotGiven = NOT_GIVEN,
        early_media: bool | NotGiven = NOT_GIVEN,
        from_: str | NotGiven = NOT_GIVEN,
        from_display_name: str | NotGiven = NOT_GIVEN,
        media_encryption: Literal["disabled", "SRTP", "DTLS"] | NotGiven = NOT_GIVEN,
        media_name: str | NotGiven = NOT_GIVEN,
        mute_dtmf: Literal["none", "both", "self", "opposite"] | NotGiven = NOT_GIVEN,
        park_after_unbridge: str | NotGiven = NOT_GIVEN,
        preferred_codecs: str | NotGiven = NOT_GIVEN,
        privacy: Literal["id", "none"] | NotGiven = NOT_GIVEN,
        record: Literal["record-from-answer"] | NotGiven = NOT_GIVEN,
        record_channels: Literal["single", "dual"] | NotGiven = NOT_GIVEN,
        record_custom_file_name: str | NotGiven = NOT_GIVEN,
        record_format: Literal["wav", "mp3"] | NotGiven = NOT_GIVEN,
        record_max_length: int | NotGiven = NOT_GIVEN,
        record_timeout_secs: int | NotGiven = NOT_GIVEN,
        record_track: Literal["both", "inbound", "outbound"] | NotGiven = NOT_GIVEN,
        record_trim: Literal["trim-silence"] | NotGiven = NOT_GIVEN,
        send_digits_on_answer: str | NotGiven = NOT_GIVEN,
        sip_auth_password: str | NotGiven = NOT_GIVEN,
        sip_auth_username: str | NotGiven = NOT_GIVEN,
        sip_headers: Sequence[SipHeader | SipHeaderParam] | NotGiven = NOT_GIVEN,
        sip_region: Literal["US", "Europe", "Canada", "Australia", "Middle East"]
        | NotGiven = NOT_GIVEN,
        sip_transport_protocol: Literal["UDP", "TCP", "TLS"] | NotGiven = NOT_GIVEN,
        sound_modifications: SoundModifications | SoundModificationsParam | NotGiven = NOT_GIVEN,
        target_leg_client_state: str | NotGiven = NOT_GIVEN,
        time_limit_secs: int | NotGiven = NOT_GIVEN,
        timeout_secs: int | NotGiven = NOT_GIVEN,
        webhook_retries_policies: Mapping[
            str,
            TransferCallRequestWebhookRetriesPoliciesValue
            | TransferCallRequestWebhookRetriesPoliciesValueParam,
        ]
        | NotGiven = NOT_GIVEN,
        webhook_url: str | NotGiven = NOT_GIVEN,
        webhook_url_method: Literal["POST", "GET"] | NotGiven = NOT_GIVEN,
        webhook_urls: Mapping[str, str] | NotGiven = NOT_GIVEN,
        webhook_urls_method: Literal["POST", "GET"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Transfer call.

        Transfer a call to a new destination. If the transfer is unsuccessful, a `call.hangup`
        webhook for the other call (Leg B) will be sent indicating that the transfer could not
        be completed. The original call will remain active and may be issued additional
        commands, potentially transfering the call to an alternate destination.

        **Expected Webhooks:**

        - `call.initiated`
        - `call.bridged` to Leg B
        - `call.answered` or `call.hangup`
        - `call.machine.detection.ended` if `answering_machine_detection` was requested
        - `call.machine.greeting.ended` if `answering_machine_detection` was requested to detect
        the end of machine greeting
        - `call.machine.premium.detection.ended` if `answering_machine_detection=premium` was
        requested
        - `call.machine.premium.greeting.ended` if `answering_machine_detection=premium` was
        requested and a beep was detected

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            to (body, required): The DID or SIP URI to dial out to. For SIP URI destinations,
                append `;secure=true` or `;secure=srtp` to enable SRTP media encryption for that
                endpoint, or `;secure=dtls` to enable DTLS media encryption for that endpoint.
                If `media_encryption` is set to `SRTP` or `DTLS`, it takes precedence over any
                per-endpoint `secure` URI parameter. You may also append a comma followed by
                DTMF digits (e.g. `+18004247767,200`) to play those digits as DTMF once the
                transfer destination answers — equivalent to setting `send_digits_on_answer`
                separately. If both are present, the explicit `send_digits_on_answer` parameter
                takes precedence.
            answering_machine_detection (body, optional): Enables Answering Machine Detection.
                When a call is answered, Telnyx runs real-time detection to determine if it was
                picked up by a human or a machine and sends an `call.machine.detection.ended`
                webhook with the analysis result. If 'greeting_end' or 'detect_words' is used
                and a 'machine' is detected, you will receive another
                'call.machine.greeting.ended' webhook when the answering machine greeting ends
                with a beep or silence. If `detect_beep` is used, you will only receive
                'call.machine.greeting.ended' if a beep is detected. Allowed values:
                `"premium"`, `"detect"`, `"detect_beep"`, `"detect_words"`, `"greeting_end"`,
                `"disabled"`. Default: `"disabled"`.
            answering_machine_detection_config (body, optional): Optional configuration
                parameters to modify 'answering_machine_detection' performance. Only
                `total_analysis_time_millis` and `greeting_duration_millis` parameters are
                applicable when `premium` is selected as answering_machine_detection.
            audio_url (body, optional): The URL of a file to be played back when the transfer
                destination answers before bridging the call. The URL can point to either a WAV
                or MP3 file. media_name and audio_url cannot be used together in one request.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            custom_headers (body, optional): Custom headers to be added to the SIP INVITE.
            early_media (body, optional): If set to false, early media will not be passed to the
                originating leg. Default: `true`.
            from_ (body, optional, sent as 'from'): The `from` number to be used as the caller
                id presented to the destination (`to` number). The number should be in +E164
                format. This attribute will default to the `to` number of the original call if
                omitted.
            from_display_name (body, optional): The `from_display_name` string to be used as the
                caller id name (SIP From Display Name) presented to the destination (`to`
                number). The string should have a maximum of 128 characters, containing only
                letters, numbers, spaces, and -_~!.+ special characters. If ommited, the display
                name will be the same as the number in the `from` field.
            media_encryption (body, optional): Defines whether media should be encrypted on the
                new call leg. For SIP URI destinations, media encryption can also be requested
                per endpoint with the `secure` URI parameter: `;secure=true` or `;secure=srtp`
                enables SRTP, and `;secure=dtls` enables DTLS. This parameter, when set to
                `SRTP` or `DTLS`, takes precedence over the per-endpoint `secure` value. Allowed
                values: `"disabled"`, `"SRTP"`, `"DTLS"`. Default: `"disabled"`.
            media_name (body, optional): The media_name of a file to be played back when the
                transfer destination answers before bridging the call. The media_name must point
                to a file previously uploaded to api.telnyx.com/v2/media by the same
                user/organization. The file must either be a WAV or MP3 file.
            mute_dtmf (body, optional): When enabled, DTMF tones are not passed to the call
                participant. The webhooks containing the DTMF information will be sent. Allowed
                values: `"none"`, `"both"`, `"self"`, `"opposite"`. Default: `"none"`.
            park_after_unbridge (body, optional): Specifies behavior after the bridge ends (i.e.
                the opposite leg either hangs up or is transferred). If supplied with the value
                `self`, the current leg will be parked after unbridge. If not set, the default
                behavior is to hang up the leg.
            preferred_codecs (body, optional): The list of comma-separated codecs in order of
                preference to be used during the call. The codecs supported are `G722`, `PCMU`,
                `PCMA`, `G729`, `OPUS`, `VP8`, `H264`, `AMR-WB`.
            privacy (body, optional): Indicates the privacy level to be used for the call. When
                set to `id`, caller ID information (name and number) will be hidden from the
                called party. When set to `none` or omitted, caller ID will be shown normally.
                Allowed values: `"id"`, `"none"`.
            record (body, optional): Start recording automatically after an event. Disabled by
                default.
            record_channels (body, optional): Defines which channel should be recorded ('single'
                or 'dual') when `record` is specified. Allowed values: `"single"`, `"dual"`.
                Default: `"dual"`.
            record_custom_file_name (body, optional): The custom recording file name to be used
                instead of the default `call_leg_id`. Telnyx will still add a Unix timestamp
                suffix.
            record_format (body, optional): Defines the format of the recording ('wav' or 'mp3')
                when `record` is specified. Allowed values: `"wav"`, `"mp3"`. Default: `"mp3"`.
            record_max_length (body, optional): Defines the maximum length for the recording in
                seconds when `record` is specified. The minimum value is 0. The maximum value is
                43200. The default value is 0 (infinite). Default: `0`.
            record_timeout_secs (body, optional): The number of seconds that Telnyx will wait
                for the recording to be stopped if silence is detected when `record` is
                specified. The timer only starts when the speech is detected. Please note that
                call transcription is used to detect silence and the related charge will be
                applied. The minimum value is 0. The default value is 0 (infinite). Unit:
                seconds. Default: `0`.
            record_track (body, optional): The audio track to be recorded. Can be either `both`,
                `inbound` or `outbound`. If only single track is specified (`inbound`,
                `outbound`), `channels` configuration is ignored and it will be recorded as mono
                (single channel). Allowed values: `"both"`, `"inbound"`, `"outbound"`. Default:
                `"both"`.
            record_trim (body, optional): When set to `trim-silence`, silence will be removed
                from the beginning and end of the recording.
            send_digits_on_answer (body, optional): DTMF digits to send automatically after the
                transfer destination answers. Useful for reaching an extension behind an IVR
                (e.g. `"200"` to dial extension 200 once the called party picks up). Allowed
                characters: `0-9`, `A-D`, `w` (0.5s pause), `W` (1s pause), `*`, `#`. Maximum 64
                characters. When omitted, no automatic DTMF is sent. May also be supplied inline
                by appending `,<digits>` to `to` (e.g. `to=+18004247767,200`); if both forms are
                present, this explicit field takes precedence.
            sip_auth_password (body, optional): SIP Authentication password used for SIP
                challenges.
            sip_auth_username (body, optional): SIP Authentication username used for SIP
                challenges.
            sip_headers (body, optional): SIP headers to be added to the SIP INVITE. Currently
                only User-to-User header is supported.
            sip_region (body, optional): Defines the SIP region to be used for the call. Allowed
                values: `"US"`, `"Europe"`, `"Canada"`, `"Australia"`, `"Middle East"`. Default:
                `"US"`.
            sip_transport_protocol (body, optional): Defines SIP transport protocol to be used
                on the call. Allowed values: `"UDP"`, `"TCP"`, `"TLS"`. Default: `"UDP"`.
            sound_modifications (body, optional): Use this field to modify sound effects, for
                example adjust the pitch.
            target_leg_client_state (body, optional): Use this field to add state to every
                subsequent webhook for the new leg. It must be a valid Base-64 encoded string.
            time_limit_secs (body, optional): Sets the maximum duration of a Call Control Leg in
                seconds. If the time limit is reached, the call will hangup and a `call.hangup`
                webhook with a `hangup_cause` of `time_limit` will be sent. For example, by
                setting a time limit of 120 seconds, a Call Leg will be automatically terminated
                two minutes after being answered. The default time limit is 14400 seconds or 4
                hours and this is also the maximum allowed call length. Unit: seconds. Default:
                `14400`. Minimum: 30. Maximum: 14400.
            timeout_secs (body, optional): The number of seconds that Telnyx will wait for the
                call to be answered by the destination to which it is being transferred. If the
                timeout is reached before an answer is received, the call will hangup and a
                `call.hangup` webhook with a `hangup_cause` of `timeout` will be sent. Minimum
                value is 5 seconds. Maximum value is 600 seconds. Unit: seconds. Default: `30`.
            webhook_retries_policies (body, optional): A map of event types to retry policies.
                Each retry policy contains an array of `retries_ms` specifying the delays
                between retry attempts in milliseconds. Maximum 5 retries, total delay cannot
                exceed 60 seconds.
            webhook_url (body, optional): Use this field to override the URL for which Telnyx
                will send subsequent webhooks to for this call.
            webhook_url_method (body, optional): HTTP request type used for `webhook_url`.
                Allowed values: `"POST"`, `"GET"`. Default: `"POST"`.
            webhook_urls (body, optional): A map of event types to webhook URLs. When an event
                of the specified type occurs, the webhook URL associated with that event type
                will be called instead of `webhook_url`. Events not mapped here will use the
                default `webhook_url`.
            webhook_urls_method (body, optional): HTTP request method to invoke `webhook_urls`.
                Allowed values: `"POST"`, `"GET"`. Default: `"POST"`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/transfer` (operationId `TransferCall`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_TRANSFER,
            path_params={"call_control_id": call_control_id},
            body={
                "to": to,
                "answering_machine_detection": answering_machine_detection,
                "answering_machine_detection_config": answering_machine_detection_config,
                "audio_url": audio_url,
                "client_state": client_state,
                "command_id": command_id,
                "custom_headers": custom_headers,
                "early_media": early_media,
                "from": from_,
                "from_display_name": from_display_name,
                "media_encryption": media_encryption,
                "media_name": media_name,
                "mute_dtmf": mute_dtmf,
                "park_after_unbridge": park_after_unbridge,
                "preferred_codecs": preferred_codecs,
                "privacy": privacy,
                "record": record,
                "record_channels": record_channels,
                "record_custom_file_name": record_custom_file_name,
                "record_format": record_format,
                "record_max_length": record_max_length,
                "record_timeout_secs": record_timeout_secs,
                "record_track": record_track,
                "record_trim": record_trim,
                "send_digits_on_answer": send_digits_on_answer,
                "sip_auth_password": sip_auth_password,
                "sip_auth_username": sip_auth_username,
                "sip_headers": sip_headers,
                "sip_region": sip_region,
                "sip_transport_protocol": sip_transport_protocol,
                "sound_modifications": sound_modifications,
                "target_leg_client_state": target_leg_client_state,
                "time_limit_secs": time_limit_secs,
                "timeout_secs": timeout_secs,
                "webhook_retries_policies": webhook_retries_policies,
                "webhook_url": webhook_url,
                "webhook_url_method": webhook_url_method,
                "webhook_urls": webhook_urls,
                "webhook_urls_method": webhook_urls_method,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def update_client_state(
        self,
        call_control_id: str,
        *,
        client_state: str,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Update client state.

        Updates client state

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, required): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Source: `PUT /calls/{call_control_id}/actions/client_state_update` (operationId `UpdateClientState`).
        """
        return self._client.request(
            _operations.CALLS_ACTIONS_UPDATE_CLIENT_STATE,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
            },
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class CallsActionsResourceWithRawResponse:
    """`calls.actions.with_raw_response`: each method returns the raw response."""

    def __init__(self, resource: CallsActionsResource) -> None:
        self._resource = resource
        self.add_ai_assistant_messages = to_raw_response_wrapper(resource.add_ai_assistant_messages)
        self.answer = to_raw_response_wrapper(resource.answer)
        self.bridge = to_raw_response_wrapper(resource.bridge)
        self.enqueue = to_raw_response_wrapper(resource.enqueue)
        self.gather = to_raw_response_wrapper(resource.gather)
        self.gather_using_ai = to_raw_response_wrapper(resource.gather_using_ai)
        self.gather_using_audio = to_raw_response_wrapper(resource.gather_using_audio)
        self.gather_using_speak = to_raw_response_wrapper(resource.gather_using_speak)
        self.hangup = to_raw_response_wrapper(resource.hangup)
        self.join_ai_assistant = to_raw_response_wrapper(resource.join_ai_assistant)
        self.leave_queue = to_raw_response_wrapper(resource.leave_queue)
        self.pause_recording = to_raw_response_wrapper(resource.pause_recording)
        self.refer = to_raw_response_wrapper(resource.refer)
        self.reject = to_raw_response_wrapper(resource.reject)
        self.resume_recording = to_raw_response_wrapper(resource.resume_recording)
        self.send_dtmf = to_raw_response_wrapper(resource.send_dtmf)
        self.send_sip_info = to_raw_response_wrapper(resource.send_sip_info)
        self.speak = to_raw_response_wrapper(resource.speak)
        self.start_ai_assistant = to_raw_response_wrapper(resource.start_ai_assistant)
        self.start_conversation_relay = to_raw_response_wrapper(resource.start_conversation_relay)
        self.start_forking = to_raw_response_wrapper(resource.start_forking)
        self.start_noise_suppression = to_raw_response_wrapper(resource.start_noise_suppression)
        self.start_playback = to_raw_response_wrapper(resource.start_playback)
        self.start_recording = to_raw_response_wrapper(resource.start_recording)
        self.start_siprec = to_raw_response_wrapper(resource.start_siprec)
        self.start_streaming = to_raw_response_wrapper(resource.start_streaming)
        self.start_transcription = to_raw_response_wrapper(resource.start_transcription)
        self.stop_ai_assistant = to_raw_response_wrapper(resource.stop_ai_assistant)
        self.stop_conversation_relay = to_raw_response_wrapper(resource.stop_conversation_relay)
        self.stop_forking = to_raw_response_wrapper(resource.stop_forking)
        self.stop_gather = to_raw_response_wrapper(resource.stop_gather)
        self.stop_noise_suppression = to_raw_response_wrapper(resource.stop_noise_suppression)
        self.stop_playback = to_raw_response_wrapper(resource.stop_playback)
        self.stop_recording = to_raw_response_wrapper(resource.stop_recording)
        self.stop_siprec = to_raw_response_wrapper(resource.stop_siprec)
        self.stop_streaming = to_raw_response_wrapper(resource.stop_streaming)
        self.stop_transcription = to_raw_response_wrapper(resource.stop_transcription)
        self.switch_supervisor_role = to_raw_response_wrapper(resource.switch_supervisor_role)
        self.transfer = to_raw_response_wrapper(resource.transfer)
        self.update_client_state = to_raw_response_wrapper(resource.update_client_state)


class CallsActionsResourceWithStreamingResponse:
    """`calls.actions.with_streaming_response`: each method returns a context manager of the streamed response."""

    def __init__(self, resource: CallsActionsResource) -> None:
        self._resource = resource
        self.add_ai_assistant_messages = to_streamed_response_wrapper(
            resource.add_ai_assistant_messages
        )
        self.answer = to_streamed_response_wrapper(resource.answer)
        self.bridge = to_streamed_response_wrapper(resource.bridge)
        self.enqueue = to_streamed_response_wrapper(resource.enqueue)
        self.gather = to_streamed_response_wrapper(resource.gather)
        self.gather_using_ai = to_streamed_response_wrapper(resource.gather_using_ai)
        self.gather_using_audio = to_streamed_response_wrapper(resource.gather_using_audio)
        self.gather_using_speak = to_streamed_response_wrapper(resource.gather_using_speak)
        self.hangup = to_streamed_response_wrapper(resource.hangup)
        self.join_ai_assistant = to_streamed_response_wrapper(resource.join_ai_assistant)
        self.leave_queue = to_streamed_response_wrapper(resource.leave_queue)
        self.pause_recording = to_streamed_response_wrapper(resource.pause_recording)
        self.refer = to_streamed_response_wrapper(resource.refer)
        self.reject = to_streamed_response_wrapper(resource.reject)
        self.resume_recording = to_streamed_response_wrapper(resource.resume_recording)
        self.send_dtmf = to_streamed_response_wrapper(resource.send_dtmf)
        self.send_sip_info = to_streamed_response_wrapper(resource.send_sip_info)
        self.speak = to_streamed_response_wrapper(resource.speak)
        self.start_ai_assistant = to_streamed_response_wrapper(resource.start_ai_assistant)
        self.start_conversation_relay = to_streamed_response_wrapper(
            resource.start_conversation_relay
        )
        self.start_forking = to_streamed_response_wrapper(resource.start_forking)
        self.start_noise_suppression = to_streamed_response_wrapper(
            resource.start_noise_suppression
        )
        self.start_playback = to_streamed_response_wrapper(resource.start_playback)
        self.start_recording = to_streamed_response_wrapper(resource.start_recording)
        self.start_siprec = to_streamed_response_wrapper(resource.start_siprec)
        self.start_streaming = to_streamed_response_wrapper(resource.start_streaming)
        self.start_transcription = to_streamed_response_wrapper(resource.start_transcription)
        self.stop_ai_assistant = to_streamed_response_wrapper(resource.stop_ai_assistant)
        self.stop_conversation_relay = to_streamed_response_wrapper(
            resource.stop_conversation_relay
        )
        self.stop_forking = to_streamed_response_wrapper(resource.stop_forking)
        self.stop_gather = to_streamed_response_wrapper(resource.stop_gather)
        self.stop_noise_suppression = to_streamed_response_wrapper(resource.stop_noise_suppression)
        self.stop_playback = to_streamed_response_wrapper(resource.stop_playback)
        self.stop_recording = to_streamed_response_wrapper(resource.stop_recording)
        self.stop_siprec = to_streamed_response_wrapper(resource.stop_siprec)
        self.stop_streaming = to_streamed_response_wrapper(resource.stop_streaming)
        self.stop_transcription = to_streamed_response_wrapper(resource.stop_transcription)
        self.switch_supervisor_role = to_streamed_response_wrapper(resource.switch_supervisor_role)
        self.transfer = to_streamed_response_wrapper(resource.transfer)
        self.update_client_state = to_streamed_response_wrapper(resource.update_client_state)


class AsyncCallsActionsResource(AsyncAPIResource):
    """`client.calls.actions` (async).

    Every method raises `RequestValidationError` when an argument does not match the
    request schema (nothing is sent), an `APIStatusError` subclass per status code when
    Telnyx answers with an error, and `APIConnectionError` (or `APITimeoutError`) when the
    request could not be completed after its retries.
    """

    @cached_property
    def with_raw_response(self) -> AsyncCallsActionsResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, `.parse()`)."""
        return AsyncCallsActionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCallsActionsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response body is read only
        when asked (`iter_bytes()`, `read()`, `parse()`, ...) and closed on exit."""
        return AsyncCallsActionsResourceWithStreamingResponse(self)

    async def add_ai_assistant_messages(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
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
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Add messages to AI Assistant.

        Add messages to the conversation started by an AI assistant on the call.

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            messages (body, optional): The messages to add to the conversation.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/ai_assistant_add_messages` (operationId `CallAddMessagesToAIAssistant`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_ADD_AI_ASSISTANT_MESSAGES,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
                "messages": messages,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def answer(
        self,
        call_control_id: str,
        *,
        assistant: CallAssistantRequest | CallAssistantRequestParam | NotGiven = NOT_GIVEN,
        billing_group_id: str | NotGiven = NOT_GIVEN,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        conversation_relay_config: ConversationRelayEmbeddedConfig
        | ConversationRelayEmbeddedConfigParam
        | NotGiven = NOT_GIVEN,
        custom_headers: Sequence[CustomSipHeader | CustomSipHeaderParam] | NotGiven = NOT_GIVEN,
        deepfake_detection: AnswerRequestDeepfakeDetection
        | AnswerRequestDeepfakeDetectionParam
        | NotGiven = NOT_GIVEN,
        preferred_codecs: Literal["G722,PCMU,PCMA,G729,OPUS,VP8,H264"] | NotGiven = NOT_GIVEN,
        record: Literal["record-from-answer"] | NotGiven = NOT_GIVEN,
        record_channels: Literal["single", "dual"] | NotGiven = NOT_GIVEN,
        record_custom_file_name: str | NotGiven = NOT_GIVEN,
        record_format: Literal["wav", "mp3"] | NotGiven = NOT_GIVEN,
        record_max_length: int | NotGiven = NOT_GIVEN,
        record_timeout_secs: int | NotGiven = NOT_GIVEN,
        record_track: Literal["both", "inbound", "outbound"] | NotGiven = NOT_GIVEN,
        record_trim: Literal["trim-silence"] | NotGiven = NOT_GIVEN,
        send_silence_when_idle: bool | NotGiven = NOT_GIVEN,
        sip_headers: Sequence[SipHeader | SipHeaderParam] | NotGiven = NOT_GIVEN,
        sound_modifications: SoundModifications | SoundModificationsParam | NotGiven = NOT_GIVEN,
        stream_bidirectional_codec: Literal["PCMU", "PCMA", "G722", "OPUS", "AMR-WB", "L16"]
        | NotGiven = NOT_GIVEN,
        stream_bidirectional_mode: Literal["mp3", "rtp"] | NotGiven = NOT_GIVEN,
        stream_bidirectional_target_legs: Literal["both", "self", "opposite"]
        | NotGiven = NOT_GIVEN,
        stream_codec: Literal["PCMU", "PCMA", "G722", "OPUS", "AMR-WB", "L16", "default"]
        | NotGiven = NOT_GIVEN,
        stream_track: Literal["inbound_track", "outbound_track", "both_tracks"]
        | NotGiven = NOT_GIVEN,
        stream_url: str | NotGiven = NOT_GIVEN,
        transcription: bool | NotGiven = NOT_GIVEN,
        transcription_config: TranscriptionStartRequest
        | TranscriptionStartRequestParam
        | NotGiven = NOT_GIVEN,
        webhook_retries_policies: Mapping[
            str,
            AnswerRequestWebhookRetriesPoliciesValue
            | AnswerRequestWebhookRetriesPoliciesValueParam,
        ]
        | NotGiven = NOT_GIVEN,
        webhook_url: str | NotGiven = NOT_GIVEN,
        webhook_url_method: Literal["POST", "GET"] | NotGiven = NOT_GIVEN,
        webhook_urls: Mapping[str, str] | NotGiven = NOT_GIVEN,
        webhook_urls_method: Literal["POST", "GET"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponseWithRecordingID:
        """Answer call.

        Answer an incoming call. You must issue this command before executing subsequent
        commands on an incoming call.

        **Expected Webhooks:**

        - `call.answered`
        - `call.hold` and `call.unhold` if the call is held/unheld
        - `call.deepfake_detection.result` if `deepfake_detection` was enabled
        - `call.deepfake_detection.error` if `deepfake_detection` was enabled and an error
        occurred
        - `streaming.started`, `streaming.stopped` or `streaming.failed` if `stream_url` was set

        When the `record` parameter is set to `record-from-answer`, the response will include a
        `recording_id` field.

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            assistant (body, optional): AI Assistant configuration. All fields except `id` are
                optional — the assistant's stored configuration will be used as fallback for any
                omitted fields.
            billing_group_id (body, optional): Use this field to set the Billing Group ID for
                the call. Must be a valid and existing Billing Group ID.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            conversation_relay_config (body, optional): Starts a Conversation Relay session
                automatically when the answered/dialed call is answered. This embedded shape is
                supported on `answer` and `dial`. It uses public field names (`url`,
                `dtmf_detection`, `greeting`, `voice`, `language`, etc.) and maps them to the
                underlying Conversation Relay action. `client_state`, `tts_language`, and
                `transcription_language` inside this object are ignored; use the parent
                command's `client_state` and `command_id` fields instead.
            custom_headers (body, optional): Custom headers to be added to the SIP INVITE
                response.
            deepfake_detection (body, optional): Enables deepfake detection on the call. When
                enabled, audio from the remote party is streamed to a detection service that
                analyzes whether the voice is AI-generated. Results are delivered via the
                `call.deepfake_detection.result` webhook.
            preferred_codecs (body, optional): The list of comma-separated codecs in a preferred
                order for the forked media to be received.
            record (body, optional): Start recording automatically after an event. Disabled by
                default.
            record_channels (body, optional): Defines which channel should be recorded ('single'
                or 'dual') when `record` is specified. Allowed values: `"single"`, `"dual"`.
                Default: `"dual"`.
            record_custom_file_name (body, optional): The custom recording file name to be used
                instead of the default `call_leg_id`. Telnyx will still add a Unix timestamp
                suffix.
            record_format (body, optional): Defines the format of the recording ('wav' or 'mp3')
                when `record` is specified. Allowed values: `"wav"`, `"mp3"`. Default: `"mp3"`.
            record_max_length (body, optional): Defines the maximum length for the recording in
                seconds when `record` is specified. The minimum value is 0. The maximum value is
                43200. The default value is 0 (infinite). Default: `0`.
            record_timeout_secs (body, optional): The number of seconds that Telnyx will wait
                for the recording to be stopped if silence is detected when `record` is
                specified. The timer only starts when the speech is detected. Please note that
                call transcription is used to detect silence and the related charge will be
                applied. The minimum value is 0. The default value is 0 (infinite). Unit:
                seconds. Default: `0`.
            record_track (body, optional): The audio track to be recorded. Can be either `both`,
                `inbound` or `outbound`. If only single track is specified (`inbound`,
                `outbound`), `channels` configuration is ignored and it will be recorded as mono
                (single channel). Allowed values: `"both"`, `"inbound"`, `"outbound"`. Default:
                `"both"`.
            record_trim (body, optional): When set to `trim-silence`, silence will be removed
                from the beginning and end of the recording.
            send_silence_when_idle (body, optional): Generate silence RTP packets when no
                transmission available. Default: `false`.
            sip_headers (body, optional): SIP headers to be added to the SIP INVITE response.
                Currently only User-to-User header is supported.
            sound_modifications (body, optional): Use this field to modify sound effects, for
                example adjust the pitch.
            stream_bidirectional_codec (body, optional): Indicates codec for bidirectional
                streaming RTP payloads. Used only with stream_bidirectional_mode=rtp. Case
                sensitive. Allowed values: `"PCMU"`, `"PCMA"`, `"G722"`, `"OPUS"`, `"AMR-WB"`,
                `"L16"`. Default: `"PCMU"`.
            stream_bidirectional_mode (body, optional): Configures method of bidirectional
                streaming (mp3, rtp). Allowed values: `"mp3"`, `"rtp"`. Default: `"mp3"`.
            stream_bidirectional_target_legs (body, optional): Specifies which call legs should
                receive the bidirectional stream audio. Allowed values: `"both"`, `"self"`,
                `"opposite"`. Default: `"opposite"`.
            stream_codec (body, optional): Specifies the codec to be used for the streamed
                audio. When set to 'default' or when transcoding is not possible, the codec from
                the call will be used. Allowed values: `"PCMU"`, `"PCMA"`, `"G722"`, `"OPUS"`,
                `"AMR-WB"`, `"L16"`, `"default"`. Default: `"default"`.
            stream_track (body, optional): Specifies which track should be streamed. Allowed
                values: `"inbound_track"`, `"outbound_track"`, `"both_tracks"`. Default:
                `"inbound_track"`.
            stream_url (body, optional): The destination WebSocket address where the stream is
                going to be delivered.
            transcription (body, optional): Enable transcription upon call answer. The default
                value is false. Default: `false`.
            transcription_config (body, optional): Transcription start request.
            webhook_retries_policies (body, optional): A map of event types to retry policies.
                Each retry policy contains an array of `retries_ms` specifying the delays
                between retry attempts in milliseconds. Maximum 5 retries, total delay cannot
                exceed 60 seconds.
            webhook_url (body, optional): Use this field to override the URL for which Telnyx
                will send subsequent webhooks to for this call.
            webhook_url_method (body, optional): HTTP request type used for `webhook_url`.
                Allowed values: `"POST"`, `"GET"`. Default: `"POST"`.
            webhook_urls (body, optional): A map of event types to webhook URLs. When an event
                of the specified type occurs, the webhook URL associated with that event type
                will be called instead of `webhook_url`. Events not mapped here will use the
                default `webhook_url`.
            webhook_urls_method (body, optional): HTTP request method to invoke `webhook_urls`.
                Allowed values: `"POST"`, `"GET"`. Default: `"POST"`.

        Returns:
            `CallControlCommandResponseWithRecordingID`: Successful response upon making a call
                control command that includes recording_id.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/answer` (operationId `AnswerCall`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_ANSWER,
            path_params={"call_control_id": call_control_id},
            body={
                "assistant": assistant,
                "billing_group_id": billing_group_id,
                "client_state": client_state,
                "command_id": command_id,
                "conversation_relay_config": conversation_relay_config,
                "custom_headers": custom_headers,
                "deepfake_detection": deepfake_detection,
                "preferred_codecs": preferred_codecs,
                "record": record,
                "record_channels": record_channels,
                "record_custom_file_name": record_custom_file_name,
                "record_format": record_format,
                "record_max_length": record_max_length,
                "record_timeout_secs": record_timeout_secs,
                "record_track": record_track,
                "record_trim": record_trim,
                "send_silence_when_idle": send_silence_when_idle,
                "sip_headers": sip_headers,
                "sound_modifications": sound_modifications,
                "stream_bidirectional_codec": stream_bidirectional_codec,
                "stream_bidirectional_mode": stream_bidirectional_mode,
                "stream_bidirectional_target_legs": stream_bidirectional_target_legs,
                "stream_codec": stream_codec,
                "stream_track": stream_track,
                "stream_url": stream_url,
                "transcription": transcription,
                "transcription_config": transcription_config,
                "webhook_retries_policies": webhook_retries_policies,
                "webhook_url": webhook_url,
                "webhook_url_method": webhook_url_method,
                "webhook_urls": webhook_urls,
                "webhook_urls_method": webhook_urls_method,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def bridge(
        self,
        call_control_id_to_bridge: str,
        *,
        call_control_id_to_bridge_with: str,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        hold_after_unbridge: bool | NotGiven = NOT_GIVEN,
        mute_dtmf: Literal["none", "both", "self", "opposite"] | NotGiven = NOT_GIVEN,
        park_after_unbridge: str | NotGiven = NOT_GIVEN,
        play_ringtone: bool | NotGiven = NOT_GIVEN,
        prevent_double_bridge: bool | NotGiven = NOT_GIVEN,
        queue: str | NotGiven = NOT_GIVEN,
        record: Literal["record-from-answer"] | NotGiven = NOT_GIVEN,
        record_channels: Literal["single", "dual"] | NotGiven = NOT_GIVEN,
        record_custom_file_name: str | NotGiven = NOT_GIVEN,
        record_format: Literal["wav", "mp3"] | NotGiven = NOT_GIVEN,
        record_max_length: int | NotGiven = NOT_GIVEN,
        record_timeout_secs: int | NotGiven = NOT_GIVEN,
        record_track: Literal["both", "inbound", "outbound"] | NotGiven = NOT_GIVEN,
        record_trim: Literal["trim-silence"] | NotGiven = NOT_GIVEN,
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
        | NotGiven = NOT_GIVEN,
        video_room_context: str | NotGiven = NOT_GIVEN,
        video_room_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Bridge calls.

        Bridge two call control calls.

        **Expected Webhooks:**

        - `call.bridged` for Leg A
        - `call.bridged` for Leg B

        Args:
            call_control_id_to_bridge (path, required, sent as 'call_control_id'): Unique
                identifier and token for controlling the call.
            call_control_id_to_bridge_with (body, required, sent as 'call_control_id'): The Call
                Control ID of the call you want to bridge with, can't be used together with
                queue parameter or video_room_id parameter.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            hold_after_unbridge (body, optional): Specifies behavior after the bridge ends. If
                set to `true`, the current leg will be put on hold after unbridge instead of
                being hung up.
            mute_dtmf (body, optional): When enabled, DTMF tones are not passed to the call
                participant. The webhooks containing the DTMF information will be sent. Allowed
                values: `"none"`, `"both"`, `"self"`, `"opposite"`. Default: `"none"`.
            park_after_unbridge (body, optional): Specifies behavior after the bridge ends (i.e.
                the opposite leg either hangs up or is transferred). If supplied with the value
                `self`, the current leg will be parked after unbridge. If not set, the default
                behavior is to hang up the leg.
            play_ringtone (body, optional): Specifies whether to play a ringtone if the call you
                want to bridge with has not yet been answered. Default: `false`.
            prevent_double_bridge (body, optional): When set to `true`, it prevents bridging if
                the target call is already bridged to another call. Disabled by default.
                Default: `false`.
            queue (body, optional): The name of the queue you want to bridge with, can't be used
                together with call_control_id parameter or video_room_id parameter. Bridging
                with a queue means bridging with the first call in the queue. The call will
                always be removed from the queue regardless of whether bridging succeeds.
                Returns an error when the queue is empty.
            record (body, optional): Start recording automatically after an event. Disabled by
                default.
            record_channels (body, optional): Defines which channel should be recorded ('single'
                or 'dual') when `record` is specified. Allowed values: `"single"`, `"dual"`.
                Default: `"dual"`.
            record_custom_file_name (body, optional): The custom recording file name to be used
                instead of the default `call_leg_id`. Telnyx will still add a Unix timestamp
                suffix.
            record_format (body, optional): Defines the format of the recording ('wav' or 'mp3')
                when `record` is specified. Allowed values: `"wav"`, `"mp3"`. Default: `"mp3"`.
            record_max_length (body, optional): Defines the maximum length for the recording in
                seconds when `record` is specified. The minimum value is 0. The maximum value is
                43200. The default value is 0 (infinite). Default: `0`.
            record_timeout_secs (body, optional): The number of seconds that Telnyx will wait
                for the recording to be stopped if silence is detected when `record` is
                specified. The timer only starts when the speech is detected. Please note that
                call transcription is used to detect silence and the related charge will be
                applied. The minimum value is 0. The default value is 0 (infinite). Unit:
                seconds. Default: `0`.
            record_track (body, optional): The audio track to be recorded. Can be either `both`,
                `inbound` or `outbound`. If only single track is specified (`inbound`,
                `outbound`), `channels` configuration is ignored and it will be recorded as mono
                (single channel). Allowed values: `"both"`, `"inbound"`, `"outbound"`. Default:
                `"both"`.
            record_trim (body, optional): When set to `trim-silence`, silence will be removed
                from the beginning and end of the recording.
            ringtone (body, optional): Specifies which country ringtone to play when
                `play_ringtone` is set to `true`. If not set, the US ringtone will be played.
                Allowed values: `"at"`, `"au"`, `"be"`, `"bg"`, `"br"`, `"ch"`, `"cl"`, `"cn"`,
                `"cz"`, `"de"`, `"dk"`, `"ee"`, `"es"`, `"fi"`, `"fr"`, `"gr"`, `"hu"`, `"il"`,
                `"in"`, `"it"`, `"jp"`, `"lt"`, `"mx"`, `"my"`, `"nl"`, `"no"`, `"nz"`, `"ph"`,
                `"pl"`, `"pt"`, `"ru"`, `"se"`, `"sg"`, `"th"`, `"tw"`, `"uk"`, `"us-old"`,
                `"us"`, `"ve"`, `"za"`. Default: `"us"`.
            video_room_context (body, optional): The additional parameter that will be passed to
                the video conference. It is a text field and the user can decide how to use it.
                For example, you can set the participant name or pass JSON text. It can be used
                only with video_room_id parameter.
            video_room_id (body, optional): The ID of the video room you want to bridge with,
                can't be used together with call_control_id parameter or queue parameter.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/bridge` (operationId `BridgeCall`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_BRIDGE,
            path_params={"call_control_id": call_control_id_to_bridge},
            body={
                "call_control_id": call_control_id_to_bridge_with,
                "client_state": client_state,
                "command_id": command_id,
                "hold_after_unbridge": hold_after_unbridge,
                "mute_dtmf": mute_dtmf,
                "park_after_unbridge": park_after_unbridge,
                "play_ringtone": play_ringtone,
                "prevent_double_bridge": prevent_double_bridge,
                "queue": queue,
                "record": record,
                "record_channels": record_channels,
                "record_custom_file_name": record_custom_file_name,
                "record_format": record_format,
                "record_max_length": record_max_length,
                "record_timeout_secs": record_timeout_secs,
                "record_track": record_track,
                "record_trim": record_trim,
                "ringtone": ringtone,
                "video_room_context": video_room_context,
                "video_room_id": video_room_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def enqueue(
        self,
        call_control_id: str,
        *,
        queue_name: str,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        keep_after_hangup: bool | NotGiven = NOT_GIVEN,
        max_size: int | NotGiven = NOT_GIVEN,
        max_wait_time_secs: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Enqueue call.

        Put the call in a queue.

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            queue_name (body, required): The name of the queue the call should be put in. If a
                queue with a given name doesn't exist yet it will be created.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            keep_after_hangup (body, optional): If set to true, the call will remain in the
                queue after hangup. In this case bridging to such call will fail with necessary
                information needed to re-establish the call. Default: `false`.
            max_size (body, optional): The maximum number of calls allowed in the queue at a
                given time. Can't be modified for an existing queue. Default: `100`.
            max_wait_time_secs (body, optional): The number of seconds after which the call will
                be removed from the queue. Unit: seconds.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/enqueue` (operationId `EnqueueCall`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_ENQUEUE,
            path_params={"call_control_id": call_control_id},
            body={
                "queue_name": queue_name,
                "client_state": client_state,
                "command_id": command_id,
                "keep_after_hangup": keep_after_hangup,
                "max_size": max_size,
                "max_wait_time_secs": max_wait_time_secs,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def gather(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        gather_id: str | NotGiven = NOT_GIVEN,
        initial_timeout_millis: int | NotGiven = NOT_GIVEN,
        inter_digit_timeout_millis: int | NotGiven = NOT_GIVEN,
        maximum_digits: int | NotGiven = NOT_GIVEN,
        minimum_digits: int | NotGiven = NOT_GIVEN,
        terminating_digit: str | NotGiven = NOT_GIVEN,
        timeout_millis: int | NotGiven = NOT_GIVEN,
        valid_digits: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Gather.

        Gather DTMF signals to build interactive menus.

        You can pass a list of valid digits. The `Answer` command must be issued before the
        `gather` command.

        **Expected Webhooks:**

        - `call.dtmf.received` (you may receive many of these webhooks)
        - `call.gather.ended`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            gather_id (body, optional): An id that will be sent back in the corresponding
                `call.gather.ended` webhook. Will be randomly generated if not specified.
            initial_timeout_millis (body, optional): The number of milliseconds to wait for the
                first DTMF. Unit: milliseconds. Default: `5000`.
            inter_digit_timeout_millis (body, optional): The number of milliseconds to wait for
                input between digits. Unit: milliseconds. Default: `5000`.
            maximum_digits (body, optional): The maximum number of digits to fetch. This
                parameter has a maximum value of 128. Default: `128`.
            minimum_digits (body, optional): The minimum number of digits to fetch. This
                parameter has a minimum value of 1. Default: `1`.
            terminating_digit (body, optional): The digit used to terminate input if fewer than
                `maximum_digits` digits have been gathered. Default: `"#"`.
            timeout_millis (body, optional): The number of milliseconds to wait to complete the
                request. Unit: milliseconds. Default: `60000`.
            valid_digits (body, optional): A list of all digits accepted as valid. Default:
                `"0123456789#*"`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/gather` (operationId `GatherCall`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_GATHER,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
                "gather_id": gather_id,
                "initial_timeout_millis": initial_timeout_millis,
                "inter_digit_timeout_millis": inter_digit_timeout_millis,
                "maximum_digits": maximum_digits,
                "minimum_digits": minimum_digits,
                "terminating_digit": terminating_digit,
                "timeout_millis": timeout_millis,
                "valid_digits": valid_digits,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def gather_using_ai(
        self,
        call_control_id: str,
        *,
        parameters: Mapping[str, Any],
        assistant: Assistant | AssistantParam | NotGiven = NOT_GIVEN,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        gather_ended_speech: str | NotGiven = NOT_GIVEN,
        greeting: str | NotGiven = NOT_GIVEN,
        interruption_settings: InterruptionSettings
        | InterruptionSettingsParam
        | NotGiven = NOT_GIVEN,
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
        | NotGiven = NOT_GIVEN,
        message_history: Sequence[
            GatherUsingAIRequestMessageHistoryItem | GatherUsingAIRequestMessageHistoryItemParam
        ]
        | NotGiven = NOT_GIVEN,
        send_message_history_updates: bool | NotGiven = NOT_GIVEN,
        send_partial_results: bool | NotGiven = NOT_GIVEN,
        transcription: TranscriptionConfig | TranscriptionConfigParam | NotGiven = NOT_GIVEN,
        user_response_timeout_ms: int | NotGiven = NOT_GIVEN,
        voice: str | NotGiven = NOT_GIVEN,
        voice_settings: ElevenLabsVoiceSettings
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
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponseWithConversationID:
        """Gather using AI.

        Gather parameters defined in the request payload using a voice assistant.

         You can pass parameters described as a JSON Schema object and the voice assistant will
        attempt to gather these informations.

        **Expected Webhooks:**

        - `call.ai_gather.ended`
        - `call.conversation.ended`
        - `call.ai_gather.partial_results` (if `send_partial_results` is set to `true`)
        - `call.ai_gather.message_history_updated` (if `send_message_history_updates` is set to
        `true`)

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            parameters (body, required): The parameters described as a JSON Schema object that
                needs to be gathered by the voice assistant. See the [JSON Schema
                reference](https://json-schema.org/understanding-json-schema) for documentation
                about the format.
            assistant (body, optional): Assistant configuration including choice of LLM, custom
                instructions, and tools.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            gather_ended_speech (body, optional): Text that will be played when the gathering
                has finished. There is a 3,000 character limit.
            greeting (body, optional): Text that will be played when the gathering starts, if
                none then nothing will be played when the gathering starts. The greeting can be
                text for any voice or SSML for `AWS.Polly.<voice_id>` voices. There is a 3,000
                character limit.
            interruption_settings (body, optional): Settings for handling user interruptions
                during assistant speech.
            language (body, optional):
            message_history (body, optional): The message history you want the voice assistant
                to be aware of, this can be useful to keep the context of the conversation, or
                to pass additional information to the voice assistant.
            send_message_history_updates (body, optional): Default is `false`. If set to `true`,
                the voice assistant will send updates to the message history via the
                `call.ai_gather.message_history_updated` callback in real time as the message
                history is updated.
            send_partial_results (body, optional): Default is `false`. If set to `true`, the
                voice assistant will send partial results via the
                `call.ai_gather.partial_results` callback in real time as individual fields are
                gathered. If set to `false`, the voice assistant will only send the final result
                via the `call.ai_gather.ended` callback.
            transcription (body, optional): The settings associated with speech to text for the
                voice assistant. This is only relevant if the assistant uses a text-to-text
                language model. Any assistant using a model with native audio support (e.g.
                `fixie-ai/ultravox-v0_4`) will ignore this field.
            user_response_timeout_ms (body, optional): The maximum time in milliseconds to wait
                for user response before timing out. Unit: milliseconds. Default: `10000`.
            voice (body, optional): The voice to be used by the voice assistant. Currently we
                support ElevenLabs, Telnyx and AWS voices.

             **Supported Providers:**
            - **AWS:** Use `AWS.Polly.<VoiceId>` (e.g., `AWS.Polly.Joanna`). For neural voices,
                which provide more realistic, human-like speech, append `-Neural` to the
                `VoiceId` (e.g., `AWS.Polly.Joanna-Neural`). Check the [available
                voices](https://docs.aws.amazon.com/polly/latest/dg/available-voices.html) for
                compatibility.
            - **Azure:** Use `Azure.<VoiceId>. (e.g. Azure.en-CA-ClaraNeural, Azure.en-CA-
                LiamNeural, Azure.en-US-BrianMultilingualNeural, Azure.en-US-
                Ava:DragonHDLatestNeural. For a complete list of voices, go to [Azure Voice
                Gallery](https://speech.microsoft.com/portal/voicegallery).)
            - **ElevenLabs:** Use `ElevenLabs.<ModelId>.<VoiceId>` (e.g.,
                `ElevenLabs.BaseModel.John`). The `ModelId` part is optional. To use ElevenLabs,
                you must provide your ElevenLabs API key as an integration secret under
                `"voice_settings": {"api_key_ref": "<secret_id>"}`. See [integration secrets
                documentation](https://developers.telnyx.com/api/secrets-manager/integration-
                secrets/create-integration-secret) for details. Check [available
                voices](https://elevenlabs.io/docs/api-reference/get-voices).
             - **Telnyx:** Use `Telnyx.<model_id>.<voice_id>`
            - **Inworld:** Use `Inworld.<ModelId>.<VoiceId>` (e.g., `Inworld.Mini.Loretta`,
                `Inworld.Max.Oliver`, `Inworld.TTS2.Loretta`). Supported models: `Mini`, `Max`,
                `TTS2`.
            - **Fish Audio:** Use `FishAudio.<ModelId>.<VoiceId>` (e.g.,
                `FishAudio.s2.1-pro.<reference_id>`). Supported models: `s2.1-pro`, `s2-pro`,
                `s1`. `VoiceId` is a Fish Voice-Library reference ID.
            - **xAI:** Use `xAI.<VoiceId>` (e.g., `xAI.eve`). Available voices: `eve`, `ara`,
                `rex`, `sal`, `leo`. Default: `"Telnyx.KokoroTTS.af"`.
            voice_settings (body, optional): The settings associated with the voice selected.

        Returns:
            `CallControlCommandResponseWithConversationID`: Successful response upon making a
                call control command that includes conversation_id.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/gather_using_ai` (operationId `callGatherUsingAI`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_GATHER_USING_AI,
            path_params={"call_control_id": call_control_id},
            body={
                "parameters": parameters,
                "assistant": assistant,
                "client_state": client_state,
                "command_id": command_id,
                "gather_ended_speech": gather_ended_speech,
                "greeting": greeting,
                "interruption_settings": interruption_settings,
                "language": language,
                "message_history": message_history,
                "send_message_history_updates": send_message_history_updates,
                "send_partial_results": send_partial_results,
                "transcription": transcription,
                "user_response_timeout_ms": user_response_timeout_ms,
                "voice": voice,
                "voice_settings": voice_settings,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def gather_using_audio(
        self,
        call_control_id: str,
        *,
        audio_url: str | NotGiven = NOT_GIVEN,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        inter_digit_timeout_millis: int | NotGiven = NOT_GIVEN,
        invalid_audio_url: str | NotGiven = NOT_GIVEN,
        invalid_media_name: str | NotGiven = NOT_GIVEN,
        maximum_digits: int | NotGiven = NOT_GIVEN,
        maximum_tries: int | NotGiven = NOT_GIVEN,
        media_name: str | NotGiven = NOT_GIVEN,
        minimum_digits: int | NotGiven = NOT_GIVEN,
        terminating_digit: str | NotGiven = NOT_GIVEN,
        timeout_millis: int | NotGiven = NOT_GIVEN,
        valid_digits: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Gather using audio.

        Play an audio file on the call until the required DTMF signals are gathered to build
        interactive menus.

        You can pass a list of valid digits along with an 'invalid_audio_url', which will be
        played back at the beginning of each prompt. Playback will be interrupted when a DTMF
        signal is received. The `Answer command must be issued before the `gather_using_audio`
        command.

        **Expected Webhooks:**

        - `call.playback.started`
        - `call.playback.ended`
        - `call.dtmf.received` (you may receive many of these webhooks)
        - `call.gather.ended`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            audio_url (body, optional): The URL of a file to be played back at the beginning of
                each prompt. The URL can point to either a WAV or MP3 file. media_name and
                audio_url cannot be used together in one request.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            inter_digit_timeout_millis (body, optional): The number of milliseconds to wait for
                input between digits. Unit: milliseconds. Default: `5000`.
            invalid_audio_url (body, optional): The URL of a file to play when digits don't
                match the `valid_digits` parameter or the number of digits is not between `min`
                and `max`. The URL can point to either a WAV or MP3 file. invalid_media_name and
                invalid_audio_url cannot be used together in one request.
            invalid_media_name (body, optional): The media_name of a file to be played back when
                digits don't match the `valid_digits` parameter or the number of digits is not
                between `min` and `max`. The media_name must point to a file previously uploaded
                to api.telnyx.com/v2/media by the same user/organization. The file must either
                be a WAV or MP3 file.
            maximum_digits (body, optional): The maximum number of digits to fetch. This
                parameter has a maximum value of 128. Default: `128`.
            maximum_tries (body, optional): The maximum number of times the file should be
                played if there is no input from the user on the call. Default: `3`.
            media_name (body, optional): The media_name of a file to be played back at the
                beginning of each prompt. The media_name must point to a file previously
                uploaded to api.telnyx.com/v2/media by the same user/organization. The file must
                either be a WAV or MP3 file.
            minimum_digits (body, optional): The minimum number of digits to fetch. This
                parameter has a minimum value of 1. Default: `1`.
            terminating_digit (body, optional): The digit used to terminate input if fewer than
                `maximum_digits` digits have been gathered. Default: `"#"`.
            timeout_millis (body, optional): The number of milliseconds to wait for a DTMF
                response after file playback ends before a replaying the sound file. Unit:
                milliseconds. Default: `60000`.
            valid_digits (body, optional): A list of all digits accepted as valid. Default:
                `"0123456789#*"`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/gather_using_audio` (operationId `GatherUsingAudio`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_GATHER_USING_AUDIO,
            path_params={"call_control_id": call_control_id},
            body={
                "audio_url": audio_url,
                "client_state": client_state,
                "command_id": command_id,
                "inter_digit_timeout_millis": inter_digit_timeout_millis,
                "invalid_audio_url": invalid_audio_url,
                "invalid_media_name": invalid_media_name,
                "maximum_digits": maximum_digits,
                "maximum_tries": maximum_tries,
                "media_name": media_name,
                "minimum_digits": minimum_digits,
                "terminating_digit": terminating_digit,
                "timeout_millis": timeout_millis,
                "valid_digits": valid_digits,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def gather_using_speak(
        self,
        call_control_id: str,
        *,
        payload: str,
        voice: str,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        inter_digit_timeout_millis: int | NotGiven = NOT_GIVEN,
        invalid_payload: str | NotGiven = NOT_GIVEN,
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
        | NotGiven = NOT_GIVEN,
        maximum_digits: int | NotGiven = NOT_GIVEN,
        maximum_tries: int | NotGiven = NOT_GIVEN,
        minimum_digits: int | NotGiven = NOT_GIVEN,
        payload_type: Literal["text", "ssml"] | NotGiven = NOT_GIVEN,
        service_level: Literal["basic", "premium"] | NotGiven = NOT_GIVEN,
        terminating_digit: str | NotGiven = NOT_GIVEN,
        timeout_millis: int | NotGiven = NOT_GIVEN,
        valid_digits: str | NotGiven = NOT_GIVEN,
        voice_settings: ElevenLabsVoiceSettings
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
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Gather using speak.

        Convert text to speech and play it on the call until the required DTMF signals are
        gathered to build interactive menus.

        You can pass a list of valid digits along with an 'invalid_payload', which will be
        played back at the beginning of each prompt. Speech will be interrupted when a DTMF
        signal is received. The `Answer` command must be issued before the `gather_using_speak`
        command.

        **Expected Webhooks:**

        - `call.dtmf.received` (you may receive many of these webhooks)
        - `call.gather.ended`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            payload (body, required): The text or SSML to be converted into speech. There is a
                3,000 character limit.
            voice (body, required): Specifies the voice used in speech synthesis.

            - Define voices using the format `<Provider>.<Model>.<VoiceId>`. Specifying only the
                provider will give default values for voice_id and model_id.

             **Supported Providers:**
            - **AWS:** Use `AWS.Polly.<VoiceId>` (e.g., `AWS.Polly.Joanna`). For neural voices,
                which provide more realistic, human-like speech, append `-Neural` to the
                `VoiceId` (e.g., `AWS.Polly.Joanna-Neural`). Check the [available
                voices](https://docs.aws.amazon.com/polly/latest/dg/available-voices.html) for
                compatibility.
            - **Azure:** Use `Azure.<VoiceId>` (e.g., `Azure.en-CA-ClaraNeural`, `Azure.en-US-
                BrianMultilingualNeural`, `Azure.en-US-Ava:DragonHDLatestNeural`). For a
                complete list of voices, go to [Azure Voice
                Gallery](https://speech.microsoft.com/portal/voicegallery). Use `voice_settings`
                to configure custom deployments, regions, or API keys.
            - **ElevenLabs:** Use `ElevenLabs.<ModelId>.<VoiceId>` (e.g.,
                `ElevenLabs.eleven_multilingual_v2.21m00Tcm4TlvDq8ikWAM`). The `ModelId` part is
                optional. To use ElevenLabs, you must provide your ElevenLabs API key as an
                integration identifier secret in `"voice_settings": {"api_key_ref":
                "<secret_identifier>"}`. See [integration secrets
                documentation](https://developers.telnyx.com/api/secrets-manager/integration-
                secrets/create-integration-secret) for details. Check [available
                voices](https://elevenlabs.io/docs/api-reference/get-voices).
            - **Telnyx:** Use `Telnyx.<model_id>.<voice_id>` (e.g., `Telnyx.KokoroTTS.af`). Use
                `voice_settings` to configure voice_speed and other synthesis parameters.
                `Bayan` provides Arabic (multiple dialects) and English voices (e.g.,
                `Telnyx.Bayan.Ahmed`, `Telnyx.Bayan.Amanda`). `Sukhan` provides Urdu voices
                (e.g., `Telnyx.Sukhan.urdu-professor`); `voice_speed` is not supported.
            - **Minimax:** Use `Minimax.<ModelId>.<VoiceId>` (e.g.,
                `Minimax.speech-02-hd.Wise_Woman`). Supported models: `speech-02-turbo`,
                `speech-02-hd`, `speech-2.6-turbo`, `speech-2.8-turbo`. Use `voice_settings` to
                configure speed, volume, pitch, and language_boost.
            - **Rime:** Use `Rime.<model_id>.<voice_id>` (e.g., `Rime.Arcana.cove`). Supported
                model_ids: `Arcana`, `Mist`, `ArcanaV3`, `Coda`. Use `voice_settings` to
                configure voice_speed.
            - **Resemble:** Use `Resemble.Turbo.<voice_id>` (e.g., `Resemble.Turbo.my_voice`).
                Only `Turbo` model is supported. Use `voice_settings` to configure precision,
                sample_rate, and format.
            - **Inworld:** Use `Inworld.<ModelId>.<VoiceId>` (e.g., `Inworld.Mini.Loretta`,
                `Inworld.Max.Oliver`, `Inworld.TTS2.Loretta`). Supported models: `Mini`, `Max`,
                `TTS2`. Use `voice_settings` to configure `delivery_mode` (`STABLE`, `BALANCED`,
                `CREATIVE`), supported by `TTS2` only.
            - **Fish Audio:** Use `FishAudio.<ModelId>.<VoiceId>` (e.g.,
                `FishAudio.s2.1-pro.<reference_id>`). Supported models: `s2.1-pro`, `s2-pro`,
                `s1`. `VoiceId` is a Fish Voice-Library reference ID.
            - **xAI:** Use `xAI.<VoiceId>` (e.g., `xAI.eve`). Available voices: `eve`, `ara`,
                `rex`, `sal`, `leo`.

            For service_level basic, you may define the gender of the speaker (male or female).
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            inter_digit_timeout_millis (body, optional): The number of milliseconds to wait for
                input between digits. Unit: milliseconds. Default: `5000`.
            invalid_payload (body, optional): The text or SSML to be converted into speech when
                digits don't match the `valid_digits` parameter or the number of digits is not
                between `min` and `max`. There is a 3,000 character limit.
            language (body, optional): The language you want spoken. This parameter is ignored
                when a `Polly.*` voice is specified. Allowed values: `"arb"`, `"cmn-CN"`, `"cy-
                GB"`, `"da-DK"`, `"de-DE"`, `"en-AU"`, `"en-GB"`, `"en-GB-WLS"`, `"en-IN"`,
                `"en-US"`, `"es-ES"`, `"es-MX"`, `"es-US"`, `"fr-CA"`, `"fr-FR"`, `"hi-IN"`,
                `"is-IS"`, `"it-IT"`, `"ja-JP"`, `"ko-KR"`, `"nb-NO"`, `"nl-NL"`, `"pl-PL"`,
                `"pt-BR"`, `"pt-PT"`, `"ro-RO"`, `"ru-RU"`, `"sv-SE"`, `"tr-TR"`.
            maximum_digits (body, optional): The maximum number of digits to fetch. This
                parameter has a maximum value of 128. Default: `128`.
            maximum_tries (body, optional): The maximum number of times that a file should be
                played back if there is no input from the user on the call. Default: `3`.
            minimum_digits (body, optional): The minimum number of digits to fetch. This
                parameter has a minimum value of 1. Default: `1`.
            payload_type (body, optional): The type of the provided payload. The payload can
                either be plain text, or Speech Synthesis Markup Language (SSML). Allowed
                values: `"text"`, `"ssml"`. Default: `"text"`.
            service_level (body, optional): This parameter impacts speech quality, language
                options and payload types. When using `basic`, only the `en-US` language and
                payload type `text` are allowed. Allowed values: `"basic"`, `"premium"`.
                Default: `"premium"`.
            terminating_digit (body, optional): The digit used to terminate input if fewer than
                `maximum_digits` digits have been gathered. Default: `"#"`.
            timeout_millis (body, optional): The number of milliseconds to wait for a DTMF
                response after speak ends before a replaying the sound file. Unit: milliseconds.
                Default: `60000`.
            valid_digits (body, optional): A list of all digits accepted as valid. Default:
                `"0123456789#*"`.
            voice_settings (body, optional): The settings associated with the voice selected.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/gather_using_speak` (operationId `GatherUsingSpeak`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_GATHER_USING_SPEAK,
            path_params={"call_control_id": call_control_id},
            body={
                "payload": payload,
                "voice": voice,
                "client_state": client_state,
                "command_id": command_id,
                "inter_digit_timeout_millis": inter_digit_timeout_millis,
                "invalid_payload": invalid_payload,
                "language": language,
                "maximum_digits": maximum_digits,
                "maximum_tries": maximum_tries,
                "minimum_digits": minimum_digits,
                "payload_type": payload_type,
                "service_level": service_level,
                "terminating_digit": terminating_digit,
                "timeout_millis": timeout_millis,
                "valid_digits": valid_digits,
                "voice_settings": voice_settings,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def hangup(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        custom_headers: Sequence[CustomSipHeader | CustomSipHeaderParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Hangup call.

        Hang up the call.

        **Expected Webhooks:**

        - `call.hangup`
        - `call.recording.saved`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            custom_headers (body, optional): Custom headers to be added to the SIP BYE message.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/hangup` (operationId `HangupCall`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_HANGUP,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
                "custom_headers": custom_headers,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def join_ai_assistant(
        self,
        call_control_id: str,
        *,
        conversation_id: str,
        participant: AIAssistantJoinParticipant | AIAssistantJoinParticipantParam,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponseWithConversationID:
        """Join AI Assistant Conversation.

        Add a participant to an existing AI assistant conversation. Use this command to bring an
        additional call leg into a running AI conversation.

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            conversation_id (body, required): The ID of the AI assistant conversation to join.
            participant (body, required):
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.

        Returns:
            `CallControlCommandResponseWithConversationID`: Successful response upon making a
                call control command that includes conversation_id.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/ai_assistant_join` (operationId `CallJoinAIAssistant`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_JOIN_AI_ASSISTANT,
            path_params={"call_control_id": call_control_id},
            body={
                "conversation_id": conversation_id,
                "participant": participant,
                "client_state": client_state,
                "command_id": command_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def leave_queue(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Remove call from a queue.

        Removes the call from a queue.

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/leave_queue` (operationId `LeaveQueue`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_LEAVE_QUEUE,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def pause_recording(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        recording_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Record pause.

        Pause recording the call. Recording can be resumed via Resume recording command.

        **Expected Webhooks:**

        There are no webhooks associated with this command.

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            recording_id (body, optional): Uniquely identifies the resource.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/record_pause` (operationId `PauseCallRecording`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_PAUSE_RECORDING,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
                "recording_id": recording_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def refer(
        self,
        call_control_id: str,
        *,
        sip_address: str,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        custom_headers: Sequence[CustomSipHeader | CustomSipHeaderParam] | NotGiven = NOT_GIVEN,
        sip_auth_password: str | NotGiven = NOT_GIVEN,
        sip_auth_username: str | NotGiven = NOT_GIVEN,
        sip_headers: Sequence[SipHeader | SipHeaderParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """SIP Refer a call.

        Initiate a SIP Refer on a Call Control call. You can initiate a SIP Refer at any point
        in the duration of a call.

        **Expected Webhooks:**

        - `call.refer.started`
        - `call.refer.completed`
        - `call.refer.failed`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            sip_address (body, required): The SIP URI to which the call will be referred to.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid execution of duplicate
                commands. Telnyx will ignore subsequent commands with the same `command_id` as
                one that has already been executed.
            custom_headers (body, optional): Custom headers to be added to the SIP INVITE.
            sip_auth_password (body, optional): SIP Authentication password used for SIP
                challenges.
            sip_auth_username (body, optional): SIP Authentication username used for SIP
                challenges.
            sip_headers (body, optional): SIP headers to be added to the request. Currently only
                User-to-User header is supported.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/refer` (operationId `ReferCall`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_REFER,
            path_params={"call_control_id": call_control_id},
            body={
                "sip_address": sip_address,
                "client_state": client_state,
                "command_id": command_id,
                "custom_headers": custom_headers,
                "sip_auth_password": sip_auth_password,
                "sip_auth_username": sip_auth_username,
                "sip_headers": sip_headers,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def reject(
        self,
        call_control_id: str,
        *,
        cause: Literal["CALL_REJECTED", "USER_BUSY"],
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Reject a call.

        Reject an incoming call.

        **Expected Webhooks:**

        - `call.hangup`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            cause (body, required): Cause for call rejection. Allowed values: `"CALL_REJECTED"`,
                `"USER_BUSY"`.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/reject` (operationId `RejectCall`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_REJECT,
            path_params={"call_control_id": call_control_id},
            body={
                "cause": cause,
                "client_state": client_state,
                "command_id": command_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def resume_recording(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        recording_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Record resume.

        Resume recording the call.

        **Expected Webhooks:**

        There are no webhooks associated with this command.

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            recording_id (body, optional): Uniquely identifies the resource.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/record_resume` (operationId `ResumeCallRecording`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_RESUME_RECORDING,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
                "recording_id": recording_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def send_dtmf(
        self,
        call_control_id: str,
        *,
        digits: str,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        duration_millis: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Send DTMF.

        Sends DTMF tones from this leg. DTMF tones will be heard by the other end of the call.

        **Expected Webhooks:**

        There are no webhooks associated with this command.

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            digits (body, required): DTMF digits to send. Valid digits are 0-9, A-D, *, and #.
                Pauses can be added using w (0.5s) and W (1s).
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            duration_millis (body, optional): Specifies for how many milliseconds each digit
                will be played in the audio stream. Ranges from 100 to 500ms. Unit:
                milliseconds. Default: `250`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/send_dtmf` (operationId `SendDTMF`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_SEND_DTMF,
            path_params={"call_control_id": call_control_id},
            body={
                "digits": digits,
                "client_state": client_state,
                "command_id": command_id,
                "duration_millis": duration_millis,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def send_sip_info(
        self,
        call_control_id: str,
        *,
        body: str,
        content_type: str,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Send SIP info.

        Sends SIP info from this leg.

        **Expected Webhooks:**

        - `call.sip_info.received` (to be received on the target call leg)

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            body (body, required): Content of the SIP INFO.
            content_type (body, required): Content type of the INFO body. Must be MIME type
                compliant. There is a 1,400 bytes limit.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/send_sip_info` (operationId `SendSIPInfo`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_SEND_SIP_INFO,
            path_params={"call_control_id": call_control_id},
            body={
                "body": body,
                "content_type": content_type,
                "client_state": client_state,
                "command_id": command_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def speak(
        self,
        call_control_id: str,
        *,
        payload: str,
        voice: str,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
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
        | NotGiven = NOT_GIVEN,
        loop: str | int | NotGiven = NOT_GIVEN,
        payload_type: Literal["text", "ssml"] | NotGiven = NOT_GIVEN,
        service_level: Literal["basic", "premium"] | NotGiven = NOT_GIVEN,
        stop: str | NotGiven = NOT_GIVEN,
        target_legs: Literal["self", "opposite", "both"] | NotGiven = NOT_GIVEN,
        voice_settings: ElevenLabsVoiceSettings
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
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Speak text.

        Convert text to speech and play it back on the call. If multiple speak text commands are
        issued consecutively, the audio files will be placed in a queue awaiting playback.

        **Expected Webhooks:**

        - `call.speak.started`
        - `call.speak.ended`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            payload (body, required): The text or SSML to be converted into speech. There is a
                3,000 character limit.
            voice (body, required): Specifies the voice used in speech synthesis.

            - Define voices using the format `<Provider>.<Model>.<VoiceId>`. Specifying only the
                provider will give default values for voice_id and model_id.

             **Supported Providers:**
            - **AWS:** Use `AWS.Polly.<VoiceId>` (e.g., `AWS.Polly.Joanna`). For neural voices,
                which provide more realistic, human-like speech, append `-Neural` to the
                `VoiceId` (e.g., `AWS.Polly.Joanna-Neural`). Check the [available
                voices](https://docs.aws.amazon.com/polly/latest/dg/available-voices.html) for
                compatibility.
            - **Azure:** Use `Azure.<VoiceId>` (e.g., `Azure.en-CA-ClaraNeural`, `Azure.en-US-
                BrianMultilingualNeural`, `Azure.en-US-Ava:DragonHDLatestNeural`). For a
                complete list of voices, go to [Azure Voice
                Gallery](https://speech.microsoft.com/portal/voicegallery). Use `voice_settings`
                to configure custom deployments, regions, or API keys.
            - **ElevenLabs:** Use `ElevenLabs.<ModelId>.<VoiceId>` (e.g.,
                `ElevenLabs.eleven_multilingual_v2.21m00Tcm4TlvDq8ikWAM`). The `ModelId` part is
                optional. To use ElevenLabs, you must provide your ElevenLabs API key as an
                integration identifier secret in `"voice_settings": {"api_key_ref":
                "<secret_identifier>"}`. See [integration secrets
                documentation](https://developers.telnyx.com/api/secrets-manager/integration-
                secrets/create-integration-secret) for details. Check [available
                voices](https://elevenlabs.io/docs/api-reference/get-voices).
            - **Telnyx:** Use `Telnyx.<model_id>.<voice_id>` (e.g., `Telnyx.KokoroTTS.af`). Use
                `voice_settings` to configure voice_speed and other synthesis parameters.
                `Bayan` provides Arabic (multiple dialects) and English voices (e.g.,
                `Telnyx.Bayan.Ahmed`, `Telnyx.Bayan.Amanda`). `Sukhan` provides Urdu voices
                (e.g., `Telnyx.Sukhan.urdu-professor`); `voice_speed` is not supported.
            - **Minimax:** Use `Minimax.<ModelId>.<VoiceId>` (e.g.,
                `Minimax.speech-02-hd.Wise_Woman`). Supported models: `speech-02-turbo`,
                `speech-02-hd`, `speech-2.6-turbo`, `speech-2.8-turbo`. Use `voice_settings` to
                configure speed, volume, pitch, and language_boost.
            - **Rime:** Use `Rime.<model_id>.<voice_id>` (e.g., `Rime.Arcana.cove`). Supported
                model_ids: `Arcana`, `Mist`, `ArcanaV3`, `Coda`. Use `voice_settings` to
                configure voice_speed.
            - **Resemble:** Use `Resemble.Turbo.<voice_id>` (e.g., `Resemble.Turbo.my_voice`).
                Only `Turbo` model is supported. Use `voice_settings` to configure precision,
                sample_rate, and format.
            - **Inworld:** Use `Inworld.<ModelId>.<VoiceId>` (e.g., `Inworld.Mini.Loretta`,
                `Inworld.Max.Oliver`, `Inworld.TTS2.Loretta`). Supported models: `Mini`, `Max`,
                `TTS2`. Use `voice_settings` to configure `delivery_mode` (`STABLE`, `BALANCED`,
                `CREATIVE`), supported by `TTS2` only.
            - **Fish Audio:** Use `FishAudio.<ModelId>.<VoiceId>` (e.g.,
                `FishAudio.s2.1-pro.<reference_id>`). Supported models: `s2.1-pro`, `s2-pro`,
                `s1`. `VoiceId` is a Fish Voice-Library reference ID.
            - **xAI:** Use `xAI.<VoiceId>` (e.g., `xAI.eve`). Available voices: `eve`, `ara`,
                `rex`, `sal`, `leo`.

            For service_level basic, you may define the gender of the speaker (male or female).
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            language (body, optional): The language you want spoken. This parameter is ignored
                when a `Polly.*` voice is specified. Allowed values: `"arb"`, `"cmn-CN"`, `"cy-
                GB"`, `"da-DK"`, `"de-DE"`, `"en-AU"`, `"en-GB"`, `"en-GB-WLS"`, `"en-IN"`,
                `"en-US"`, `"es-ES"`, `"es-MX"`, `"es-US"`, `"fr-CA"`, `"fr-FR"`, `"hi-IN"`,
                `"is-IS"`, `"it-IT"`, `"ja-JP"`, `"ko-KR"`, `"nb-NO"`, `"nl-NL"`, `"pl-PL"`,
                `"pt-BR"`, `"pt-PT"`, `"ro-RO"`, `"ru-RU"`, `"sv-SE"`, `"tr-TR"`.
            loop (body, optional): The number of times to play the audio file. Use `infinity` to
                loop indefinitely. Defaults to 1.
            payload_type (body, optional): The type of the provided payload. The payload can
                either be plain text, or Speech Synthesis Markup Language (SSML). Allowed
                values: `"text"`, `"ssml"`. Default: `"text"`.
            service_level (body, optional): This parameter impacts speech quality, language
                options and payload types. When using `basic`, only the `en-US` language and
                payload type `text` are allowed. Allowed values: `"basic"`, `"premium"`.
                Default: `"premium"`.
            stop (body, optional): When specified, it stops the current audio being played.
                Specify `current` to stop the current audio being played, and to play the next
                file in the queue. Specify `all` to stop the current audio file being played and
                to also clear all audio files from the queue.
            target_legs (body, optional): Specifies which legs of the call should receive the
                spoken audio. Allowed values: `"self"`, `"opposite"`, `"both"`. Default:
                `"self"`.
            voice_settings (body, optional): The settings associated with the voice selected.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/speak` (operationId `SpeakCall`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_SPEAK,
            path_params={"call_control_id": call_control_id},
            body={
                "payload": payload,
                "voice": voice,
                "client_state": client_state,
                "command_id": command_id,
                "language": language,
                "loop": loop,
                "payload_type": payload_type,
                "service_level": service_level,
                "stop": stop,
                "target_legs": target_legs,
                "voice_settings": voice_settings,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def start_ai_assistant(
        self,
        call_control_id: str,
        *,
        assistant: CallAssistantRequest | CallAssistantRequestParam | NotGiven = NOT_GIVEN,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        greeting: str | NotGiven = NOT_GIVEN,
        interruption_settings: InterruptionSettings
        | InterruptionSettingsParam
        | NotGiven = NOT_GIVEN,
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
        | NotGiven = NOT_GIVEN,
        participants: Sequence[AIAssistantJoinParticipant | AIAssistantJoinParticipantParam]
        | NotGiven = NOT_GIVEN,
        send_message_history_updates: bool | NotGiven = NOT_GIVEN,
        transcription: TranscriptionConfig | TranscriptionConfigParam | NotGiven = NOT_GIVEN,
        voice: str | NotGiven = NOT_GIVEN,
        voice_settings: ElevenLabsVoiceSettings
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
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponseWithConversationID:
        """Start AI Assistant.

        Start an AI assistant on the call.

        **Expected Webhooks:**

        - `call.conversation.ended`
        - `call.conversation_insights.generated`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            assistant (body, optional): AI Assistant configuration. All fields except `id` are
                optional — the assistant's stored configuration will be used as fallback for any
                omitted fields.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            greeting (body, optional): Text that will be played when the assistant starts, if
                none then nothing will be played when the assistant starts. The greeting can be
                text for any voice or SSML for `AWS.Polly.<voice_id>` voices. There is a 3,000
                character limit.
            interruption_settings (body, optional): Settings for handling user interruptions
                during assistant speech.
            message_history (body, optional): A list of messages to seed the conversation
                history before the assistant starts. Follows the same message format as the
                `ai_assistant_add_messages` command. Default: `[]`.
            participants (body, optional): A list of participants to add to the conversation
                when it starts. Default: `[]`.
            send_message_history_updates (body, optional): When `true`, a webhook is sent each
                time the conversation message history is updated. Default: `false`.
            transcription (body, optional): The settings associated with speech to text for the
                voice assistant. This is only relevant if the assistant uses a text-to-text
                language model. Any assistant using a model with native audio support (e.g.
                `fixie-ai/ultravox-v0_4`) will ignore this field.
            voice (body, optional): The voice to be used by the voice assistant. Currently we
                support ElevenLabs, Telnyx and AWS voices.

             **Supported Providers:**
            - **AWS:** Use `AWS.Polly.<VoiceId>` (e.g., `AWS.Polly.Joanna`). For neural voices,
                which provide more realistic, human-like speech, append `-Neural` to the
                `VoiceId` (e.g., `AWS.Polly.Joanna-Neural`). Check the [available
                voices](https://docs.aws.amazon.com/polly/latest/dg/available-voices.html) for
                compatibility.
            - **Azure:** Use `Azure.<VoiceId>. (e.g. Azure.en-CA-ClaraNeural, Azure.en-CA-
                LiamNeural, Azure.en-US-BrianMultilingualNeural, Azure.en-US-
                Ava:DragonHDLatestNeural. For a complete list of voices, go to [Azure Voice
                Gallery](https://speech.microsoft.com/portal/voicegallery).)
            - **ElevenLabs:** Use `ElevenLabs.<ModelId>.<VoiceId>` (e.g.,
                `ElevenLabs.BaseModel.John`). The `ModelId` part is optional. To use ElevenLabs,
                you must provide your ElevenLabs API key as an integration secret under
                `"voice_settings": {"api_key_ref": "<secret_id>"}`. See [integration secrets
                documentation](https://developers.telnyx.com/api/secrets-manager/integration-
                secrets/create-integration-secret) for details. Check [available
                voices](https://elevenlabs.io/docs/api-reference/get-voices).
             - **Telnyx:** Use `Telnyx.<model_id>.<voice_id>`
            - **Inworld:** Use `Inworld.<ModelId>.<VoiceId>` (e.g., `Inworld.Mini.Loretta`,
                `Inworld.Max.Oliver`, `Inworld.TTS2.Loretta`). Supported models: `Mini`, `Max`,
                `TTS2`.
            - **Fish Audio:** Use `FishAudio.<ModelId>.<VoiceId>` (e.g.,
                `FishAudio.s2.1-pro.<reference_id>`). Supported models: `s2.1-pro`, `s2-pro`,
                `s1`. `VoiceId` is a Fish Voice-Library reference ID.
            - **xAI:** Use `xAI.<VoiceId>` (e.g., `xAI.eve`). Available voices: `eve`, `ara`,
                `rex`, `sal`, `leo`. Default: `"Telnyx.KokoroTTS.af"`.
            voice_settings (body, optional): The settings associated with the voice selected.

        Returns:
            `CallControlCommandResponseWithConversationID`: Successful response upon making a
                call control command that includes conversation_id.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/ai_assistant_start` (operationId `CallStartAIAssistant`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_START_AI_ASSISTANT,
            path_params={"call_control_id": call_control_id},
            body={
                "assistant": assistant,
                "client_state": client_state,
                "command_id": command_id,
                "greeting": greeting,
                "interruption_settings": interruption_settings,
                "message_history": message_history,
                "participants": participants,
                "send_message_history_updates": send_message_history_updates,
                "transcription": transcription,
                "voice": voice,
                "voice_settings": voice_settings,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def start_conversation_relay(
        self,
        call_control_id: str,
        *,
        assistant: ConversationRelayAssistant
        | ConversationRelayAssistantParam
        | NotGiven = NOT_GIVEN,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        conversation_relay_dtmf_detection: bool | NotGiven = NOT_GIVEN,
        conversation_relay_settings: ConversationRelaySettings
        | ConversationRelaySettingsParam
        | NotGiven = NOT_GIVEN,
        conversation_relay_url: str | NotGiven = NOT_GIVEN,
        custom_parameters: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        dtmf_detection: bool | NotGiven = NOT_GIVEN,
        greeting: str | NotGiven = NOT_GIVEN,
        interruptible: Literal["none", "any", "speech", "dtmf"] | NotGiven = NOT_GIVEN,
        interruptible_greeting: Literal["none", "any", "speech", "dtmf"] | NotGiven = NOT_GIVEN,
        interruption_settings: ConversationRelayInterruptionSettings
        | ConversationRelayInterruptionSettingsParam
        | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        languages: Sequence[ConversationRelayLanguage | ConversationRelayLanguageParam]
        | NotGiven = NOT_GIVEN,
        provider: str | NotGiven = NOT_GIVEN,
        structured_provider: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        transcription: Mapping[str, Any] | NotGiven = NOT_GIVEN,
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
        | NotGiven = NOT_GIVEN,
        transcription_engine_config: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tts_provider: str | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        voice: str | NotGiven = NOT_GIVEN,
        voice_settings: ElevenLabsVoiceSettings
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
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponseWithConversationRelayID:
        """Start Conversation Relay.

        Start a Conversation Relay session on an active call. Conversation Relay connects the
        call audio to your WebSocket so your application can exchange realtime messages with the
        caller while Telnyx handles speech recognition and text-to-speech. Only one AI Assistant
        or Conversation Relay session can be active on a call at a time.

        **Expected Webhooks:**

        - `call.conversation.ended` - Sent when the Conversation Relay session ends. If the
        customer WebSocket disconnects, the webhook payload `reason` is `customer_disconnect`.

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            assistant (body, optional): Custom parameters for the Conversation Relay session.
                Pass key-value data as `assistant.dynamic_variables` to make it available to the
                relay session.
            client_state (body, optional): Use this field to add state to subsequent webhooks.
                It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            conversation_relay_dtmf_detection (body, optional): Enable DTMF detection for the
                relay session. Default: `false`.
            conversation_relay_settings (body, optional): Conversation Relay connection
                settings. This object can provide `url`, `dtmf_detection`, `interruptible`,
                `interruptible_greeting`, and `languages`. Top-level aliases override nested
                values when both are present.
            conversation_relay_url (body, optional): WebSocket URL for your Conversation Relay
                server. Must start with `ws://` or `wss://`.
            custom_parameters (body, optional): Custom key-value parameters forwarded to the
                relay session as `assistant.dynamic_variables`. If `assistant.dynamic_variables`
                is also present, these values are merged in.
            dtmf_detection (body, optional): Public alias for
                `conversation_relay_dtmf_detection`. If both are present, this value wins.
                Default: `false`.
            greeting (body, optional): Text played when the relay session starts.
            interruptible (body, optional): Controls when caller input can interrupt assistant
                speech. `any` allows speech or DTMF interruptions; `none` disables
                interruptions; `speech` allows speech only; `dtmf` allows DTMF only. Allowed
                values: `"none"`, `"any"`, `"speech"`, `"dtmf"`. Default: `"any"`.
            interruptible_greeting (body, optional): Controls when caller input can interrupt
                assistant speech. `any` allows speech or DTMF interruptions; `none` disables
                interruptions; `speech` allows speech only; `dtmf` allows DTMF only. Allowed
                values: `"none"`, `"any"`, `"speech"`, `"dtmf"`. Default: `"any"`.
            interruption_settings (body, optional): Settings for handling caller interruptions
                during Conversation Relay speech.
            language (body, optional): Default language for the relay session. This value is
                used for both text-to-speech and speech recognition. Default: `"en"`.
            languages (body, optional): Per-language TTS and transcription settings.
            provider (body, optional): Structured voice provider. Must be supplied together with
                `structured_provider`.
            structured_provider (body, optional): Provider-specific structured voice settings.
                Must be supplied together with `provider`; Telnyx sends the value as the nested
                provider configuration for Conversation Relay.
            transcription (body, optional): Not supported for Conversation Relay start requests.
                Use `transcription_engine` and `transcription_engine_config` instead.
            transcription_engine (body, optional): Engine to use for speech recognition. Legacy
                values `A` - `Google`, `B` - `Telnyx` are supported for backward compatibility.
                For Conversation Relay, use this field with `transcription_engine_config`; the
                `transcription` object is not supported. Allowed values: `"Google"`, `"Telnyx"`,
                `"Deepgram"`, `"Azure"`, `"xAI"`, `"AssemblyAI"`, `"Speechmatics"`, `"Soniox"`,
                `"A"`, `"B"`. Default: `"Google"`.
            transcription_engine_config (body, optional): Engine-specific transcription settings
                for Conversation Relay. This accepts the same provider-specific options used by
                the Call Transcription Start command, such as `transcription_model`, without
                requiring the engine discriminator to be repeated inside this object.
            tts_provider (body, optional): Text-to-speech provider. If omitted, Telnyx derives
                it from `voice` or `provider`.
            url (body, optional): Public alias for `conversation_relay_url`. Must start with
                `ws://` or `wss://`. If both are present, this value wins.
            voice (body, optional): The voice to be used by the voice assistant. Currently we
                support ElevenLabs, Telnyx and AWS voices.

             **Supported Providers:**
            - **AWS:** Use `AWS.Polly.<VoiceId>` (e.g., `AWS.Polly.Joanna`). For neural voices,
                which provide more realistic, human-like speech, append `-Neural` to the
                `VoiceId` (e.g., `AWS.Polly.Joanna-Neural`). Check the [available
                voices](https://docs.aws.amazon.com/polly/latest/dg/available-voices.html) for
                compatibility.
            - **Azure:** Use `Azure.<VoiceId>. (e.g. Azure.en-CA-ClaraNeural, Azure.en-CA-
                LiamNeural, Azure.en-US-BrianMultilingualNeural, Azure.en-US-
                Ava:DragonHDLatestNeural. For a complete list of voices, go to [Azure Voice
                Gallery](https://speech.microsoft.com/portal/voicegallery).)
            - **ElevenLabs:** Use `ElevenLabs.<ModelId>.<VoiceId>` (e.g.,
                `ElevenLabs.BaseModel.John`). The `ModelId` part is optional. To use ElevenLabs,
                you must provide your ElevenLabs API key as an integration secret under
                `"voice_settings": {"api_key_ref": "<secret_id>"}`. See [integration secrets
                documentation](https://developers.telnyx.com/api/secrets-manager/integration-
                secrets/create-integration-secret) for details. Check [available
                voices](https://elevenlabs.io/docs/api-reference/get-voices).
             - **Telnyx:** Use `Telnyx.<model_id>.<voice_id>`
            - **Inworld:** Use `Inworld.<ModelId>.<VoiceId>` (e.g., `Inworld.Mini.Loretta`,
                `Inworld.Max.Oliver`, `Inworld.TTS2.Loretta`). Supported models: `Mini`, `Max`,
                `TTS2`.
            - **Fish Audio:** Use `FishAudio.<ModelId>.<VoiceId>` (e.g.,
                `FishAudio.s2.1-pro.<reference_id>`). Supported models: `s2.1-pro`, `s2-pro`,
                `s1`. `VoiceId` is a Fish Voice-Library reference ID.
            - **xAI:** Use `xAI.<VoiceId>` (e.g., `xAI.eve`). Available voices: `eve`, `ara`,
                `rex`, `sal`, `leo`. Default: `"Telnyx.KokoroTTS.af"`.
            voice_settings (body, optional): The settings associated with the voice selected.

        Returns:
            `CallControlCommandResponseWithConversationRelayID`: Successful response upon
                starting Conversation Relay.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/conversation_relay_start` (operationId `CallStartConversationRelay`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_START_CONVERSATION_RELAY,
            path_params={"call_control_id": call_control_id},
            body={
                "assistant": assistant,
                "client_state": client_state,
                "command_id": command_id,
                "conversation_relay_dtmf_detection": conversation_relay_dtmf_detection,
                "conversation_relay_settings": conversation_relay_settings,
                "conversation_relay_url": conversation_relay_url,
                "custom_parameters": custom_parameters,
                "dtmf_detection": dtmf_detection,
                "greeting": greeting,
                "interruptible": interruptible,
                "interruptible_greeting": interruptible_greeting,
                "interruption_settings": interruption_settings,
                "language": language,
                "languages": languages,
                "provider": provider,
                "structured_provider": structured_provider,
                "transcription": transcription,
                "transcription_engine": transcription_engine,
                "transcription_engine_config": transcription_engine_config,
                "tts_provider": tts_provider,
                "url": url,
                "voice": voice,
                "voice_settings": voice_settings,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def start_forking(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        rx: str | NotGiven = NOT_GIVEN,
        stream_type: Literal["decrypted"] | NotGiven = NOT_GIVEN,
        tx: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Forking start.

        Call forking allows you to stream the media from a call to a specific target in
        realtime.
        This stream can be used to enable realtime audio analysis to support a
        variety of use cases, including fraud detection, or the creation of AI-generated audio
        responses.
        Requests must specify either the `target` attribute or the `rx` and `tx` attributes.

        **Expected Webhooks:**

        - `call.fork.started`
        - `call.fork.stopped`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            rx (body, optional): The network target, <udp:ip_address:port>, where the call's
                incoming RTP media packets should be forwarded.
            stream_type (body, optional): Optionally specify a media type to stream. If
                `decrypted` selected, Telnyx will decrypt incoming SIP media before forking to
                the target. `rx` and `tx` are required fields if `decrypted` selected. Default:
                `"decrypted"`.
            tx (body, optional): The network target, <udp:ip_address:port>, where the call's
                outgoing RTP media packets should be forwarded.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/fork_start` (operationId `StartCallFork`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_START_FORKING,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
                "rx": rx,
                "stream_type": stream_type,
                "tx": tx,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def start_noise_suppression(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        direction: Literal["inbound", "outbound", "both"] | NotGiven = NOT_GIVEN,
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
        | NotGiven = NOT_GIVEN,
        noise_suppression_engine_config: NoiseSuppressionEngineConfig
        | NoiseSuppressionEngineConfigParam
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Noise Suppression Start (BETA).

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            direction (body, optional): The direction of the audio stream to be noise
                suppressed. Allowed values: `"inbound"`, `"outbound"`, `"both"`. Default:
                `"inbound"`.
            noise_suppression_engine (body, optional): The engine to use for noise suppression.
            For backward compatibility, engines A, B, C, and D are also supported, but are
                deprecated:
             A - Denoiser
             B - DeepFilterNet
             C - Krisp
             D - AiCoustics. Allowed values: `"Denoiser"`, `"DeepFilterNet"`, `"Krisp"`,
                `"AiCoustics"`, `"aic_l_quail"`, `"aic_l_rook"`, `"aic_s_quail"`,
                `"aic_s_rook"`, `"quail_voice_focus_s"`, `"quail_voice_focus_xs"`. Default:
                `"Denoiser"`.
            noise_suppression_engine_config (body, optional): Configuration parameters for noise
                suppression engines. Different engines support different parameters.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/suppression_start` (operationId `noiseSuppressionStart`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_START_NOISE_SUPPRESSION,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
                "direction": direction,
                "noise_suppression_engine": noise_suppression_engine,
                "noise_suppression_engine_config": noise_suppression_engine_config,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def start_playback(
        self,
        call_control_id: str,
        *,
        audio_type: Literal["mp3", "wav"] | NotGiven = NOT_GIVEN,
        audio_url: str | NotGiven = NOT_GIVEN,
        cache_audio: bool | NotGiven = NOT_GIVEN,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        loop: str | int | NotGiven = NOT_GIVEN,
        media_name: str | NotGiven = NOT_GIVEN,
        overlay: bool | NotGiven = NOT_GIVEN,
        playback_content: str | NotGiven = NOT_GIVEN,
        stop: str | NotGiven = NOT_GIVEN,
        target_legs: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Play audio URL.

        Play an audio file on the call. If multiple play audio commands are issued
        consecutively,
        the audio files will be placed in a queue awaiting playback.

        *Notes:*

        - When `overlay` is enabled, `target_legs` is limited to `self`.
        - A customer cannot Play Audio with `overlay=true` unless there is a Play Audio with
        `overlay=false` actively playing.

        **Expected Webhooks:**

        - `call.playback.started`
        - `call.playback.ended`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            audio_type (body, optional): Specifies the type of audio provided in `audio_url` or
                `playback_content`. Allowed values: `"mp3"`, `"wav"`. Default: `"mp3"`.
            audio_url (body, optional): The URL of a file to be played back on the call. The URL
                can point to either a WAV or MP3 file. media_name and audio_url cannot be used
                together in one request.
            cache_audio (body, optional): Caches the audio file. Useful when playing the same
                audio file multiple times during the call. Default: `true`.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            loop (body, optional): The number of times the audio file should be played. If
                supplied, the value must be an integer between 1 and 100, or the special string
                `infinity` for an endless loop. Default: `1`.
            media_name (body, optional): The media_name of a file to be played back on the call.
                The media_name must point to a file previously uploaded to
                api.telnyx.com/v2/media by the same user/organization. The file must either be a
                WAV or MP3 file.
            overlay (body, optional): When enabled, audio will be mixed on top of any other
                audio that is actively being played back. Note that `overlay: true` will only
                work if there is another audio file already being played on the call. Default:
                `false`.
            playback_content (body, optional): Allows a user to provide base64 encoded mp3 or
                wav. Note: when using this parameter, `media_url` and `media_name` in the
                `playback_started` and `playback_ended` webhooks will be empty.
            stop (body, optional): When specified, it stops the current audio being played.
                Specify `current` to stop the current audio being played, and to play the next
                file in the queue. Specify `all` to stop the current audio file being played and
                to also clear all audio files from the queue.
            target_legs (body, optional): Specifies the leg or legs on which audio will be
                played. If supplied, the value must be either `self`, `opposite` or `both`.
                Default: `"self"`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/playback_start` (operationId `StartCallPlayback`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_START_PLAYBACK,
            path_params={"call_control_id": call_control_id},
            body={
                "audio_type": audio_type,
                "audio_url": audio_url,
                "cache_audio": cache_audio,
                "client_state": client_state,
                "command_id": command_id,
                "loop": loop,
                "media_name": media_name,
                "overlay": overlay,
                "playback_content": playback_content,
                "stop": stop,
                "target_legs": target_legs,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def start_recording(
        self,
        call_control_id: str,
        *,
        channels: Literal["single", "dual"],
        format: Literal["wav", "mp3"],
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        custom_file_name: str | NotGiven = NOT_GIVEN,
        max_length: int | NotGiven = NOT_GIVEN,
        play_beep: bool | NotGiven = NOT_GIVEN,
        recording_track: Literal["both", "inbound", "outbound"] | NotGiven = NOT_GIVEN,
        timeout_secs: int | NotGiven = NOT_GIVEN,
        transcription: bool | NotGiven = NOT_GIVEN,
        transcription_engine: Literal["A", "B", "deepgram/nova-3"] | NotGiven = NOT_GIVEN,
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
        | NotGiven = NOT_GIVEN,
        transcription_max_speaker_count: int | NotGiven = NOT_GIVEN,
        transcription_min_speaker_count: int | NotGiven = NOT_GIVEN,
        transcription_profanity_filter: bool | NotGiven = NOT_GIVEN,
        transcription_speaker_diarization: bool | NotGiven = NOT_GIVEN,
        trim: Literal["trim-silence"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Recording start.

        Start recording the call. Recording will stop on call hang-up, or can be initiated via
        the Stop Recording command.

        **Expected Webhooks:**

        - `call.recording.saved`
        - `call.recording.transcription.saved`
        - `call.recording.error`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            channels (body, required): When `dual`, final audio file will be stereo recorded
                with the first leg on channel A, and the rest on channel B. Allowed values:
                `"single"`, `"dual"`.
            format (body, required): The audio file format used when storing the call recording.
                Can be either `mp3` or `wav`. Allowed values: `"wav"`, `"mp3"`.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            custom_file_name (body, optional): The custom recording file name to be used instead
                of the default `call_leg_id`. Telnyx will still add a Unix timestamp suffix.
            max_length (body, optional): Defines the maximum length for the recording in
                seconds. The minimum value is 0. The maximum value is 14400. The default value
                is 0 (infinite). Default: `0`.
            play_beep (body, optional): If enabled, a beep sound will be played at the start of
                a recording.
            recording_track (body, optional): The audio track to be recorded. Can be either
                `both`, `inbound` or `outbound`. If only single track is specified (`inbound`,
                `outbound`), `channels` configuration is ignored and it will be recorded as mono
                (single channel). Allowed values: `"both"`, `"inbound"`, `"outbound"`. Default:
                `"both"`.
            timeout_secs (body, optional): The number of seconds that Telnyx will wait for the
                recording to be stopped if silence is detected. The timer only starts when the
                speech is detected. Please note that call transcription is used to detect
                silence and the related charge will be applied. The minimum value is 0. The
                default value is 0 (infinite). Unit: seconds. Default: `0`.
            transcription (body, optional): Enable post recording transcription. The default
                value is false. Default: `false`.
            transcription_engine (body, optional): Engine to use for speech recognition. `A` -
                `Google`, `B` - `Telnyx`, `deepgram/nova-3` - `Deepgram Nova-3`. Note:
                `deepgram/nova-3` supports only `en` and `en-{Region}` languages. Allowed
                values: `"A"`, `"B"`, `"deepgram/nova-3"`. Default: `"A"`.
            transcription_language (body, optional): Language code for transcription. Note: Not
                all languages are supported by all transcription engines (google, telnyx,
                deepgram). See engine-specific documentation for supported values. Allowed
                values: `"af"`, `"af-ZA"`, `"am"`, `"am-ET"`, `"ar"`, `"ar-AE"`, `"ar-BH"`,
                `"ar-DZ"`, `"ar-EG"`, `"ar-IL"`, `"ar-IQ"`, `"ar-JO"`, `"ar-KW"`, `"ar-LB"`,
                `"ar-MA"`, `"ar-MR"`, `"ar-OM"`, `"ar-PS"`, `"ar-QA"`, `"ar-SA"`, `"ar-TN"`,
                `"ar-YE"`, `"as"`, `"auto_detect"`, `"az"`, `"az-AZ"`, `"ba"`, `"be"`, `"bg"`,
                `"bg-BG"`, `"bn"`, `"bn-BD"`, `"bn-IN"`, `"bo"`, `"br"`, `"bs"`, `"bs-BA"`,
                `"ca"`, `"ca-ES"`, `"cs"`, `"cs-CZ"`, `"cy"`, `"da"`, `"da-DK"`, `"de"`, `"de-
                AT"`, `"de-CH"`, `"de-DE"`, `"el"`, `"el-GR"`, `"en"`, `"en-AU"`, `"en-CA"`,
                `"en-GB"`, `"en-GH"`, `"en-HK"`, `"en-IE"`, `"en-IN"`, `"en-KE"`, `"en-NG"`,
                `"en-NZ"`, `"en-PH"`, `"en-PK"`, `"en-SG"`, `"en-TZ"`, `"en-US"`, `"en-ZA"`,
                `"es"`, `"es-419"`, `"es-AR"`, `"es-BO"`, `"es-CL"`, `"es-CO"`, `"es-CR"`, `"es-
                DO"`, `"es-EC"`, `"es-ES"`, `"es-GT"`, `"es-HN"`, `"es-MX"`, `"es-NI"`, `"es-
                PA"`, `"es-PE"`, `"es-PR"`, `"es-PY"`, `"es-SV"`, `"es-US"`, `"es-UY"`, `"es-
                VE"`, `"et"`, `"et-EE"`, `"eu"`, `"eu-ES"`, `"fa"`, `"fa-IR"`, `"fi"`, `"fi-
                FI"`, `"fil-PH"`, `"fo"`, `"fr"`, `"fr-BE"`, `"fr-CA"`, `"fr-CH"`, `"fr-FR"`,
                `"gl"`, `"gl-ES"`, `"gu"`, `"gu-IN"`, `"ha"`, `"haw"`, `"he"`, `"hi"`, `"hi-
                IN"`, `"hr"`, `"hr-HR"`, `"ht"`, `"hu"`, `"hu-HU"`, `"hy"`, `"hy-AM"`, `"id"`,
                `"id-ID"`, `"is"`, `"is-IS"`, `"it"`, `"it-CH"`, `"it-IT"`, `"iw-IL"`, `"ja"`,
                `"ja-JP"`, `"jv-ID"`, `"jw"`, `"ka"`, `"ka-GE"`, `"kk"`, `"kk-KZ"`, `"km"`,
                `"km-KH"`, `"kn"`, `"kn-IN"`, `"ko"`, `"ko-KR"`, `"la"`, `"lb"`, `"ln"`, `"lo"`,
                `"lo-LA"`, `"lt"`, `"lt-LT"`, `"lv"`, `"lv-LV"`, `"mg"`, `"mi"`, `"mk"`, `"mk-
                MK"`, `"ml"`, `"ml-IN"`, `"mn"`, `"mn-MN"`, `"mr"`, `"mr-IN"`, `"ms"`, `"ms-
                MY"`, `"mt"`, `"my"`, `"my-MM"`, `"ne"`, `"ne-NP"`, `"nl"`, `"nl-BE"`, `"nl-
                NL"`, `"nn"`, `"no"`, `"no-NO"`, `"oc"`, `"pa"`, `"pa-Guru-IN"`, `"pl"`, `"pl-
                PL"`, `"ps"`, `"pt"`, `"pt-BR"`, `"pt-PT"`, `"ro"`, `"ro-RO"`, `"ru"`, `"ru-
                RU"`, `"rw-RW"`, `"sa"`, `"sd"`, `"si"`, `"si-LK"`, `"sk"`, `"sk-SK"`, `"sl"`,
                `"sl-SI"`, `"sn"`, `"so"`, `"sq"`, `"sq-AL"`, `"sr"`, `"sr-RS"`, `"ss-latn-za"`,
                `"st-ZA"`, `"su"`, `"su-ID"`, `"sv"`, `"sv-SE"`, `"sw"`, `"sw-KE"`, `"sw-TZ"`,
                `"ta"`, `"ta-IN"`, `"ta-LK"`, `"ta-MY"`, `"ta-SG"`, `"te"`, `"te-IN"`, `"tg"`,
                `"th"`, `"th-TH"`, `"tk"`, `"tl"`, `"tn-latn-za"`, `"tr"`, `"tr-TR"`, `"ts-ZA"`,
                `"tt"`, `"uk"`, `"uk-UA"`, `"ur"`, `"ur-IN"`, `"ur-PK"`, `"uz"`, `"uz-UZ"`,
                `"ve-ZA"`, `"vi"`, `"vi-VN"`, `"xh-ZA"`, `"yi"`, `"yo"`, `"yue-Hant-HK"`,
                `"zh"`, `"zh-TW"`, `"zu-ZA"`. Default: `"en-US"`.
            transcription_max_speaker_count (body, optional): Defines maximum number of speakers
                in the conversation. Applies to `google` engine only. Default: `6`.
            transcription_min_speaker_count (body, optional): Defines minimum number of speakers
                in the conversation. Applies to `google` engine only. Default: `2`.
            transcription_profanity_filter (body, optional): Enables profanity_filter. Applies
                to `google` engine only. Default: `false`.
            transcription_speaker_diarization (body, optional): Enables speaker diarization.
                Applies to `google` engine only. Default: `false`.
            trim (body, optional): When set to `trim-silence`, silence will be removed from the
                beginning and end of the recording.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/record_start` (operationId `StartCallRecord`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_START_RECORDING,
            path_params={"call_control_id": call_control_id},
            body={
                "channels": channels,
                "format": format,
                "client_state": client_state,
                "command_id": command_id,
                "custom_file_name": custom_file_name,
                "max_length": max_length,
                "play_beep": play_beep,
                "recording_track": recording_track,
                "timeout_secs": timeout_secs,
                "transcription": transcription,
                "transcription_engine": transcription_engine,
                "transcription_language": transcription_language,
                "transcription_max_speaker_count": transcription_max_speaker_count,
                "transcription_min_speaker_count": transcription_min_speaker_count,
                "transcription_profanity_filter": transcription_profanity_filter,
                "transcription_speaker_diarization": transcription_speaker_diarization,
                "trim": trim,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def start_siprec(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        connector_name: str | NotGiven = NOT_GIVEN,
        include_metadata_custom_headers: Literal[True, False] | NotGiven = NOT_GIVEN,
        secure: Literal[True, False] | NotGiven = NOT_GIVEN,
        session_timeout_secs: int | NotGiven = NOT_GIVEN,
        sip_transport: Literal["udp", "tcp", "tls"] | NotGiven = NOT_GIVEN,
        siprec_track: Literal["inbound_track", "outbound_track", "both_tracks"]
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """SIPREC start.

        Start siprec session to configured in SIPREC connector SRS.

        **Expected Webhooks:**

        - `siprec.started`
        - `siprec.stopped`
        - `siprec.failed`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            connector_name (body, optional): Name of configured SIPREC connector to be used.
            include_metadata_custom_headers (body, optional): When set, custom parameters will
                be added as metadata (recording.session.ExtensionParameters). Otherwise, they’ll
                be added to sip headers. Allowed values: `true`, `false`.
            secure (body, optional): Controls whether to encrypt media sent to your SRS using
                SRTP and TLS. When set you need to configure SRS port in your connector to 5061.
                Allowed values: `true`, `false`.
            session_timeout_secs (body, optional): Sets `Session-Expires` header to the INVITE.
                A reinvite is sent every half the value set. Usefull for session keep alive.
                Minimum value is 90, set to 0 to disable. Unit: seconds. Default: `1800`.
            sip_transport (body, optional): Specifies SIP transport protocol. Allowed values:
                `"udp"`, `"tcp"`, `"tls"`. Default: `"udp"`.
            siprec_track (body, optional): Specifies which track should be sent on siprec
                session. Allowed values: `"inbound_track"`, `"outbound_track"`, `"both_tracks"`.
                Default: `"both_tracks"`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Not idempotent: retried only when the request surely did not reach Telnyx (a connection
        that failed to open), unless `retry_non_idempotent=True` is given here or on the client.

        Source: `POST /calls/{call_control_id}/actions/siprec_start` (operationId `StartSiprecSession`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_START_SIPREC,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "connector_name": connector_name,
                "include_metadata_custom_headers": include_metadata_custom_headers,
                "secure": secure,
                "session_timeout_secs": session_timeout_secs,
                "sip_transport": sip_transport,
                "siprec_track": siprec_track,
            },
            options=RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                retry_non_idempotent=retry_non_idempotent,
            ),
        )

    async def start_streaming(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        custom_parameters: Sequence[
            StartStreamingRequestCustomParametersItem
            | StartStreamingRequestCustomParametersItemParam
        ]
        | NotGiven = NOT_GIVEN,
        dialogflow_config: DialogflowConfig | DialogflowConfigParam | NotGiven = NOT_GIVEN,
        enable_dialogflow: bool | NotGiven = NOT_GIVEN,
        stream_auth_token: str | NotGiven = NOT_GIVEN,
        stream_bidirectional_codec: Literal["PCMU", "PCMA", "G722", "OPUS", "AMR-WB", "L16"]
        | NotGiven = NOT_GIVEN,
        stream_bidirectional_mode: Literal["mp3", "rtp"] | NotGiven = NOT_GIVEN,
        stream_bidirectional_sampling_rate: Literal[8000, 16000, 22050, 24000, 48000]
        | NotGiven = NOT_GIVEN,
        stream_bidirectional_target_legs: Literal["both", "self", "opposite"]
        | NotGiven = NOT_GIVEN,
        stream_codec: Literal["PCMU", "PCMA", "G722", "OPUS", "AMR-WB", "L16", "default"]
        | NotGiven = NOT_GIVEN,
        stream_track: Literal["inbound_track", "outbound_track", "both_tracks"]
        | NotGiven = NOT_GIVEN,
        stream_url: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Streaming start.

        Start streaming the media from a call to a specific WebSocket address or Dialogflow
        connection in near-realtime. Audio will be delivered as base64-encoded RTP payload (raw
        audio), wrapped in JSON payloads.

        Please find more details about media streaming messages specification under the
        [link](https://developers.telnyx.com/docs/voice/programmable-voice/media-streaming).

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            custom_parameters (body, optional): Custom parameters to be sent as part of the
                WebSocket connection.
            dialogflow_config (body, optional): Dialogflow Config.
            enable_dialogflow (body, optional): Enables Dialogflow for the current call. The
                default value is false. Default: `false`.
            stream_auth_token (body, optional): An authentication token to be sent as part of
                the WebSocket connection. Maximum length is 4000 characters.
            stream_bidirectional_codec (body, optional): Indicates codec for bidirectional
                streaming RTP payloads. Used only with stream_bidirectional_mode=rtp. Case
                sensitive. Allowed values: `"PCMU"`, `"PCMA"`, `"G722"`, `"OPUS"`, `"AMR-WB"`,
                `"L16"`. Default: `"PCMU"`.
            stream_bidirectional_mode (body, optional): Configures method of bidirectional
                streaming (mp3, rtp). Allowed values: `"mp3"`, `"rtp"`. Default: `"mp3"`.
            stream_bidirectional_sampling_rate (body, optional): Audio sampling rate. Allowed
                values: `8000`, `16000`, `22050`, `24000`, `48000`. Default: `8000`.
            stream_bidirectional_target_legs (body, optional): Specifies which call legs should
                receive the bidirectional stream audio. Allowed values: `"both"`, `"self"`,
                `"opposite"`. Default: `"opposite"`.
            stream_codec (body, optional): Specifies the codec to be used for the streamed
                audio. When set to 'default' or when transcoding is not possible, the codec from
                the call will be used. Allowed values: `"PCMU"`, `"PCMA"`, `"G722"`, `"OPUS"`,
                `"AMR-WB"`, `"L16"`, `"default"`. Default: `"default"`.
            stream_track (body, optional): Specifies which track should be streamed. Allowed
                values: `"inbound_track"`, `"outbound_track"`, `"both_tracks"`. Default:
                `"inbound_track"`.
            stream_url (body, optional): The destination WebSocket address where the stream is
                going to be delivered.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/streaming_start` (operationId `StartCallStreaming`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_START_STREAMING,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
                "custom_parameters": custom_parameters,
                "dialogflow_config": dialogflow_config,
                "enable_dialogflow": enable_dialogflow,
                "stream_auth_token": stream_auth_token,
                "stream_bidirectional_codec": stream_bidirectional_codec,
                "stream_bidirectional_mode": stream_bidirectional_mode,
                "stream_bidirectional_sampling_rate": stream_bidirectional_sampling_rate,
                "stream_bidirectional_target_legs": stream_bidirectional_target_legs,
                "stream_codec": stream_codec,
                "stream_track": stream_track,
                "stream_url": stream_url,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def start_transcription(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
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
        | NotGiven = NOT_GIVEN,
        transcription_engine_config: TranscriptionEngineGoogleConfig
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
        | NotGiven = NOT_GIVEN,
        transcription_tracks: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Transcription start.

        Start real-time transcription. Transcription will stop on call hang-up, or can be
        initiated via the Transcription stop command.

        **Expected Webhooks:**

        - `call.transcription`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            transcription_engine (body, optional): Engine to use for speech recognition. Legacy
                values `A` - `Google`, `B` - `Telnyx` are supported for backward compatibility.
                Allowed values: `"Google"`, `"Telnyx"`, `"Deepgram"`, `"Azure"`, `"xAI"`,
                `"AssemblyAI"`, `"Speechmatics"`, `"Soniox"`, `"Parakeet"`, `"A"`, `"B"`.
                Default: `"Google"`.
            transcription_engine_config (body, optional):
            transcription_tracks (body, optional): Indicates which leg of the call will be
                transcribed. Use `inbound` for the leg that requested the transcription,
                `outbound` for the other leg, and `both` for both legs of the call. Will default
                to `inbound`. Default: `"inbound"`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/transcription_start` (operationId `StartCallTranscription`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_START_TRANSCRIPTION,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
                "transcription_engine": transcription_engine,
                "transcription_engine_config": transcription_engine_config,
                "transcription_tracks": transcription_tracks,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def stop_ai_assistant(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Stop AI Assistant.

        Stop an AI assistant on the call.

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/ai_assistant_stop` (operationId `CallStopAIAssistant`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_STOP_AI_ASSISTANT,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def stop_conversation_relay(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Stop Conversation Relay.

        Stop the active Conversation Relay session on a call.

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to subsequent webhooks.
                It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/conversation_relay_stop` (operationId `CallStopConversationRelay`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_STOP_CONVERSATION_RELAY,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def stop_forking(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        stream_type: Literal["raw", "decrypted"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Forking stop.

        Stop forking a call.

        **Expected Webhooks:**

        - `call.fork.stopped`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            stream_type (body, optional): Optionally specify a `stream_type`. This should match
                the `stream_type` that was used in `fork_start` command to properly stop the
                fork. Allowed values: `"raw"`, `"decrypted"`. Default: `"raw"`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/fork_stop` (operationId `StopCallFork`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_STOP_FORKING,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
                "stream_type": stream_type,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def stop_gather(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Gather stop.

        Stop current gather.

        **Expected Webhooks:**

        - `call.gather.ended`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/gather_stop` (operationId `StopCallGather`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_STOP_GATHER,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def stop_noise_suppression(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Noise Suppression Stop (BETA).

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/suppression_stop` (operationId `noiseSuppressionStop`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_STOP_NOISE_SUPPRESSION,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def stop_playback(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        overlay: bool | NotGiven = NOT_GIVEN,
        stop: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Stop audio playback.

        Stop audio being played on the call.

        **Expected Webhooks:**

        - `call.playback.ended` or `call.speak.ended`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            overlay (body, optional): When enabled, it stops the audio being played in the
                overlay queue. Default: `false`.
            stop (body, optional): Use `current` to stop the current audio being played. Use
                `all` to stop the current audio file being played and clear all audio files from
                the queue. Default: `"all"`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/playback_stop` (operationId `StopCallPlayback`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_STOP_PLAYBACK,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
                "overlay": overlay,
                "stop": stop,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def stop_recording(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        recording_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Recording stop.

        Stop recording the call.

        **Expected Webhooks:**

        - `call.recording.saved`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            recording_id (body, optional): Uniquely identifies the resource.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/record_stop` (operationId `StopCallRecording`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_STOP_RECORDING,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
                "recording_id": recording_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def stop_siprec(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """SIPREC stop.

        Stop SIPREC session.

        **Expected Webhooks:**

        - `siprec.stopped`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/siprec_stop` (operationId `StopSiprecSession`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_STOP_SIPREC,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def stop_streaming(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        stream_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Streaming stop.

        Stop streaming a call to a WebSocket.

        **Expected Webhooks:**

        - `streaming.stopped`

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            stream_id (body, optional): Identifies the stream. If the `stream_id` is not
                provided the command stops all streams associated with a given
                `call_control_id`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/streaming_stop` (operationId `StopCallStreaming`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_STOP_STREAMING,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
                "stream_id": stream_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def stop_transcription(
        self,
        call_control_id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Transcription stop.

        Stop real-time transcription.

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/transcription_stop` (operationId `StopCallTranscription`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_STOP_TRANSCRIPTION,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
                "command_id": command_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def switch_supervisor_role(
        self,
        call_control_id: str,
        *,
        role: Literal["barge", "whisper", "monitor"],
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Switch supervisor role.

        Switch the supervisor role for a bridged call. This allows switching between different
        supervisor modes during an active call

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            role (body, required): The supervisor role to switch to. 'barge' allows speaking to
                both parties, 'whisper' allows speaking to caller only, 'monitor' allows
                listening only. Allowed values: `"barge"`, `"whisper"`, `"monitor"`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Not idempotent: retried only when the request surely did not reach Telnyx (a connection
        that failed to open), unless `retry_non_idempotent=True` is given here or on the client.

        Source: `POST /calls/{call_control_id}/actions/switch_supervisor_role` (operationId `SwitchSupervisorRole`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_SWITCH_SUPERVISOR_ROLE,
            path_params={"call_control_id": call_control_id},
            body={
                "role": role,
            },
            options=RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                retry_non_idempotent=retry_non_idempotent,
            ),
        )

    async def transfer(
        self,
        call_control_id: str,
        *,
        to: str,
        answering_machine_detection: Literal[
            "premium", "detect", "detect_beep", "detect_words", "greeting_end", "disabled"
        ]
        | NotGiven = NOT_GIVEN,
        answering_machine_detection_config: TransferCallRequestAnsweringMachineDetectionConfig
        | TransferCallRequestAnsweringMachineDetectionConfigParam
        | NotGiven = NOT_GIVEN,
        audio_url: str | NotGiven = NOT_GIVEN,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        custom_headers: Sequence[CustomSipHeader | CustomSipHeaderParam] | NotGiven = NOT_GIVEN,
        early_media: bool | NotGiven = NOT_GIVEN,
        from_: str | NotGiven = NOT_GIVEN,
        from_display_name: str | NotGiven = NOT_GIVEN,
        media_encryption: Literal["disabled", "SRTP", "DTLS"] | NotGiven = NOT_GIVEN,
        media_name: str | NotGiven = NOT_GIVEN,
        mute_dtmf: Literal["none", "both", "self", "opposite"] | NotGiven = NOT_GIVEN,
        park_after_unbridge: str | NotGiven = NOT_GIVEN,
        preferred_codecs: str | NotGiven = NOT_GIVEN,
        privacy: Literal["id", "none"] | NotGiven = NOT_GIVEN,
        record: Literal["record-from-answer"] | NotGiven = NOT_GIVEN,
        record_channels: Literal["single", "dual"] | NotGiven = NOT_GIVEN,
        record_custom_file_name: str | NotGiven = NOT_GIVEN,
        record_format: Literal["wav", "mp3"] | NotGiven = NOT_GIVEN,
        record_max_length: int | NotGiven = NOT_GIVEN,
        record_timeout_secs: int | NotGiven = NOT_GIVEN,
        record_track: Literal["both", "inbound", "outbound"] | NotGiven = NOT_GIVEN,
        record_trim: Literal["trim-silence"] | NotGiven = NOT_GIVEN,
        send_digits_on_answer: str | NotGiven = NOT_GIVEN,
        sip_auth_password: str | NotGiven = NOT_GIVEN,
        sip_auth_username: str | NotGiven = NOT_GIVEN,
        sip_headers: Sequence[SipHeader | SipHeaderParam] | NotGiven = NOT_GIVEN,
        sip_region: Literal["US", "Europe", "Canada", "Australia", "Middle East"]
        | NotGiven = NOT_GIVEN,
        sip_transport_protocol: Literal["UDP", "TCP", "TLS"] | NotGiven = NOT_GIVEN,
        sound_modifications: SoundModifications | SoundModificationsParam | NotGiven = NOT_GIVEN,
        target_leg_client_state: str | NotGiven = NOT_GIVEN,
        time_limit_secs: int | NotGiven = NOT_GIVEN,
        timeout_secs: int | NotGiven = NOT_GIVEN,
        webhook_retries_policies: Mapping[
            str,
            TransferCallRequestWebhookRetriesPoliciesValue
            | TransferCallRequestWebhookRetriesPoliciesValueParam,
        ]
        | NotGiven = NOT_GIVEN,
        webhook_url: str | NotGiven = NOT_GIVEN,
        webhook_url_method: Literal["POST", "GET"] | NotGiven = NOT_GIVEN,
        webhook_urls: Mapping[str, str] | NotGiven = NOT_GIVEN,
        webhook_urls_method: Literal["POST", "GET"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Transfer call.

        Transfer a call to a new destination. If the transfer is unsuccessful, a `call.hangup`
        webhook for the other call (Leg B) will be sent indicating that the transfer could not
        be completed. The original call will remain active and may be issued additional
        commands, potentially transfering the call to an alternate destination.

        **Expected Webhooks:**

        - `call.initiated`
        - `call.bridged` to Leg B
        - `call.answered` or `call.hangup`
        - `call.machine.detection.ended` if `answering_machine_detection` was requested
        - `call.machine.greeting.ended` if `answering_machine_detection` was requested to detect
        the end of machine greeting
        - `call.machine.premium.detection.ended` if `answering_machine_detection=premium` was
        requested
        - `call.machine.premium.greeting.ended` if `answering_machine_detection=premium` was
        requested and a beep was detected

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            to (body, required): The DID or SIP URI to dial out to. For SIP URI destinations,
                append `;secure=true` or `;secure=srtp` to enable SRTP media encryption for that
                endpoint, or `;secure=dtls` to enable DTLS media encryption for that endpoint.
                If `media_encryption` is set to `SRTP` or `DTLS`, it takes precedence over any
                per-endpoint `secure` URI parameter. You may also append a comma followed by
                DTMF digits (e.g. `+18004247767,200`) to play those digits as DTMF once the
                transfer destination answers — equivalent to setting `send_digits_on_answer`
                separately. If both are present, the explicit `send_digits_on_answer` parameter
                takes precedence.
            answering_machine_detection (body, optional): Enables Answering Machine Detection.
                When a call is answered, Telnyx runs real-time detection to determine if it was
                picked up by a human or a machine and sends an `call.machine.detection.ended`
                webhook with the analysis result. If 'greeting_end' or 'detect_words' is used
                and a 'machine' is detected, you will receive another
                'call.machine.greeting.ended' webhook when the answering machine greeting ends
                with a beep or silence. If `detect_beep` is used, you will only receive
                'call.machine.greeting.ended' if a beep is detected. Allowed values:
                `"premium"`, `"detect"`, `"detect_beep"`, `"detect_words"`, `"greeting_end"`,
                `"disabled"`. Default: `"disabled"`.
            answering_machine_detection_config (body, optional): Optional configuration
                parameters to modify 'answering_machine_detection' performance. Only
                `total_analysis_time_millis` and `greeting_duration_millis` parameters are
                applicable when `premium` is selected as answering_machine_detection.
            audio_url (body, optional): The URL of a file to be played back when the transfer
                destination answers before bridging the call. The URL can point to either a WAV
                or MP3 file. media_name and audio_url cannot be used together in one request.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            custom_headers (body, optional): Custom headers to be added to the SIP INVITE.
            early_media (body, optional): If set to false, early media will not be passed to the
                originating leg. Default: `true`.
            from_ (body, optional, sent as 'from'): The `from` number to be used as the caller
                id presented to the destination (`to` number). The number should be in +E164
                format. This attribute will default to the `to` number of the original call if
                omitted.
            from_display_name (body, optional): The `from_display_name` string to be used as the
                caller id name (SIP From Display Name) presented to the destination (`to`
                number). The string should have a maximum of 128 characters, containing only
                letters, numbers, spaces, and -_~!.+ special characters. If ommited, the display
                name will be the same as the number in the `from` field.
            media_encryption (body, optional): Defines whether media should be encrypted on the
                new call leg. For SIP URI destinations, media encryption can also be requested
                per endpoint with the `secure` URI parameter: `;secure=true` or `;secure=srtp`
                enables SRTP, and `;secure=dtls` enables DTLS. This parameter, when set to
                `SRTP` or `DTLS`, takes precedence over the per-endpoint `secure` value. Allowed
                values: `"disabled"`, `"SRTP"`, `"DTLS"`. Default: `"disabled"`.
            media_name (body, optional): The media_name of a file to be played back when the
                transfer destination answers before bridging the call. The media_name must point
                to a file previously uploaded to api.telnyx.com/v2/media by the same
                user/organization. The file must either be a WAV or MP3 file.
            mute_dtmf (body, optional): When enabled, DTMF tones are not passed to the call
                participant. The webhooks containing the DTMF information will be sent. Allowed
                values: `"none"`, `"both"`, `"self"`, `"opposite"`. Default: `"none"`.
            park_after_unbridge (body, optional): Specifies behavior after the bridge ends (i.e.
                the opposite leg either hangs up or is transferred). If supplied with the value
                `self`, the current leg will be parked after unbridge. If not set, the default
                behavior is to hang up the leg.
            preferred_codecs (body, optional): The list of comma-separated codecs in order of
                preference to be used during the call. The codecs supported are `G722`, `PCMU`,
                `PCMA`, `G729`, `OPUS`, `VP8`, `H264`, `AMR-WB`.
            privacy (body, optional): Indicates the privacy level to be used for the call. When
                set to `id`, caller ID information (name and number) will be hidden from the
                called party. When set to `none` or omitted, caller ID will be shown normally.
                Allowed values: `"id"`, `"none"`.
            record (body, optional): Start recording automatically after an event. Disabled by
                default.
            record_channels (body, optional): Defines which channel should be recorded ('single'
                or 'dual') when `record` is specified. Allowed values: `"single"`, `"dual"`.
                Default: `"dual"`.
            record_custom_file_name (body, optional): The custom recording file name to be used
                instead of the default `call_leg_id`. Telnyx will still add a Unix timestamp
                suffix.
            record_format (body, optional): Defines the format of the recording ('wav' or 'mp3')
                when `record` is specified. Allowed values: `"wav"`, `"mp3"`. Default: `"mp3"`.
            record_max_length (body, optional): Defines the maximum length for the recording in
                seconds when `record` is specified. The minimum value is 0. The maximum value is
                43200. The default value is 0 (infinite). Default: `0`.
            record_timeout_secs (body, optional): The number of seconds that Telnyx will wait
                for the recording to be stopped if silence is detected when `record` is
                specified. The timer only starts when the speech is detected. Please note that
                call transcription is used to detect silence and the related charge will be
                applied. The minimum value is 0. The default value is 0 (infinite). Unit:
                seconds. Default: `0`.
            record_track (body, optional): The audio track to be recorded. Can be either `both`,
                `inbound` or `outbound`. If only single track is specified (`inbound`,
                `outbound`), `channels` configuration is ignored and it will be recorded as mono
                (single channel). Allowed values: `"both"`, `"inbound"`, `"outbound"`. Default:
                `"both"`.
            record_trim (body, optional): When set to `trim-silence`, silence will be removed
                from the beginning and end of the recording.
            send_digits_on_answer (body, optional): DTMF digits to send automatically after the
                transfer destination answers. Useful for reaching an extension behind an IVR
                (e.g. `"200"` to dial extension 200 once the called party picks up). Allowed
                characters: `0-9`, `A-D`, `w` (0.5s pause), `W` (1s pause), `*`, `#`. Maximum 64
                characters. When omitted, no automatic DTMF is sent. May also be supplied inline
                by appending `,<digits>` to `to` (e.g. `to=+18004247767,200`); if both forms are
                present, this explicit field takes precedence.
            sip_auth_password (body, optional): SIP Authentication password used for SIP
                challenges.
            sip_auth_username (body, optional): SIP Authentication username used for SIP
                challenges.
            sip_headers (body, optional): SIP headers to be added to the SIP INVITE. Currently
                only User-to-User header is supported.
            sip_region (body, optional): Defines the SIP region to be used for the call. Allowed
                values: `"US"`, `"Europe"`, `"Canada"`, `"Australia"`, `"Middle East"`. Default:
                `"US"`.
            sip_transport_protocol (body, optional): Defines SIP transport protocol to be used
                on the call. Allowed values: `"UDP"`, `"TCP"`, `"TLS"`. Default: `"UDP"`.
            sound_modifications (body, optional): Use this field to modify sound effects, for
                example adjust the pitch.
            target_leg_client_state (body, optional): Use this field to add state to every
                subsequent webhook for the new leg. It must be a valid Base-64 encoded string.
            time_limit_secs (body, optional): Sets the maximum duration of a Call Control Leg in
                seconds. If the time limit is reached, the call will hangup and a `call.hangup`
                webhook with a `hangup_cause` of `time_limit` will be sent. For example, by
                setting a time limit of 120 seconds, a Call Leg will be automatically terminated
                two minutes after being answered. The default time limit is 14400 seconds or 4
                hours and this is also the maximum allowed call length. Unit: seconds. Default:
                `14400`. Minimum: 30. Maximum: 14400.
            timeout_secs (body, optional): The number of seconds that Telnyx will wait for the
                call to be answered by the destination to which it is being transferred. If the
                timeout is reached before an answer is received, the call will hangup and a
                `call.hangup` webhook with a `hangup_cause` of `timeout` will be sent. Minimum
                value is 5 seconds. Maximum value is 600 seconds. Unit: seconds. Default: `30`.
            webhook_retries_policies (body, optional): A map of event types to retry policies.
                Each retry policy contains an array of `retries_ms` specifying the delays
                between retry attempts in milliseconds. Maximum 5 retries, total delay cannot
                exceed 60 seconds.
            webhook_url (body, optional): Use this field to override the URL for which Telnyx
                will send subsequent webhooks to for this call.
            webhook_url_method (body, optional): HTTP request type used for `webhook_url`.
                Allowed values: `"POST"`, `"GET"`. Default: `"POST"`.
            webhook_urls (body, optional): A map of event types to webhook URLs. When an event
                of the specified type occurs, the webhook URL associated with that event type
                will be called instead of `webhook_url`. Events not mapped here will use the
                default `webhook_url`.
            webhook_urls_method (body, optional): HTTP request method to invoke `webhook_urls`.
                Allowed values: `"POST"`, `"GET"`. Default: `"POST"`.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls/{call_control_id}/actions/transfer` (operationId `TransferCall`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_TRANSFER,
            path_params={"call_control_id": call_control_id},
            body={
                "to": to,
                "answering_machine_detection": answering_machine_detection,
                "answering_machine_detection_config": answering_machine_detection_config,
                "audio_url": audio_url,
                "client_state": client_state,
                "command_id": command_id,
                "custom_headers": custom_headers,
                "early_media": early_media,
                "from": from_,
                "from_display_name": from_display_name,
                "media_encryption": media_encryption,
                "media_name": media_name,
                "mute_dtmf": mute_dtmf,
                "park_after_unbridge": park_after_unbridge,
                "preferred_codecs": preferred_codecs,
                "privacy": privacy,
                "record": record,
                "record_channels": record_channels,
                "record_custom_file_name": record_custom_file_name,
                "record_format": record_format,
                "record_max_length": record_max_length,
                "record_timeout_secs": record_timeout_secs,
                "record_track": record_track,
                "record_trim": record_trim,
                "send_digits_on_answer": send_digits_on_answer,
                "sip_auth_password": sip_auth_password,
                "sip_auth_username": sip_auth_username,
                "sip_headers": sip_headers,
                "sip_region": sip_region,
                "sip_transport_protocol": sip_transport_protocol,
                "sound_modifications": sound_modifications,
                "target_leg_client_state": target_leg_client_state,
                "time_limit_secs": time_limit_secs,
                "timeout_secs": timeout_secs,
                "webhook_retries_policies": webhook_retries_policies,
                "webhook_url": webhook_url,
                "webhook_url_method": webhook_url_method,
                "webhook_urls": webhook_urls,
                "webhook_urls_method": webhook_urls_method,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def update_client_state(
        self,
        call_control_id: str,
        *,
        client_state: str,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CallControlCommandResponse:
        """Update client state.

        Updates client state

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            client_state (body, required): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.

        Returns:
            `CallControlCommandResponse`: Successful response upon making a call control
                command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Source: `PUT /calls/{call_control_id}/actions/client_state_update` (operationId `UpdateClientState`).
        """
        return await self._client.request(
            _operations.CALLS_ACTIONS_UPDATE_CLIENT_STATE,
            path_params={"call_control_id": call_control_id},
            body={
                "client_state": client_state,
            },
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class AsyncCallsActionsResourceWithRawResponse:
    """`calls.actions.with_raw_response`: each method returns the raw response."""

    def __init__(self, resource: AsyncCallsActionsResource) -> None:
        self._resource = resource
        self.add_ai_assistant_messages = async_to_raw_response_wrapper(
            resource.add_ai_assistant_messages
        )
        self.answer = async_to_raw_response_wrapper(resource.answer)
        self.bridge = async_to_raw_response_wrapper(resource.bridge)
        self.enqueue = async_to_raw_response_wrapper(resource.enqueue)
        self.gather = async_to_raw_response_wrapper(resource.gather)
        self.gather_using_ai = async_to_raw_response_wrapper(resource.gather_using_ai)
        self.gather_using_audio = async_to_raw_response_wrapper(resource.gather_using_audio)
        self.gather_using_speak = async_to_raw_response_wrapper(resource.gather_using_speak)
        self.hangup = async_to_raw_response_wrapper(resource.hangup)
        self.join_ai_assistant = async_to_raw_response_wrapper(resource.join_ai_assistant)
        self.leave_queue = async_to_raw_response_wrapper(resource.leave_queue)
        self.pause_recording = async_to_raw_response_wrapper(resource.pause_recording)
        self.refer = async_to_raw_response_wrapper(resource.refer)
        self.reject = async_to_raw_response_wrapper(resource.reject)
        self.resume_recording = async_to_raw_response_wrapper(resource.resume_recording)
        self.send_dtmf = async_to_raw_response_wrapper(resource.send_dtmf)
        self.send_sip_info = async_to_raw_response_wrapper(resource.send_sip_info)
        self.speak = async_to_raw_response_wrapper(resource.speak)
        self.start_ai_assistant = async_to_raw_response_wrapper(resource.start_ai_assistant)
        self.start_conversation_relay = async_to_raw_response_wrapper(
            resource.start_conversation_relay
        )
        self.start_forking = async_to_raw_response_wrapper(resource.start_forking)
        self.start_noise_suppression = async_to_raw_response_wrapper(
            resource.start_noise_suppression
        )
        self.start_playback = async_to_raw_response_wrapper(resource.start_playback)
        self.start_recording = async_to_raw_response_wrapper(resource.start_recording)
        self.start_siprec = async_to_raw_response_wrapper(resource.start_siprec)
        self.start_streaming = async_to_raw_response_wrapper(resource.start_streaming)
        self.start_transcription = async_to_raw_response_wrapper(resource.start_transcription)
        self.stop_ai_assistant = async_to_raw_response_wrapper(resource.stop_ai_assistant)
        self.stop_conversation_relay = async_to_raw_response_wrapper(
            resource.stop_conversation_relay
        )
        self.stop_forking = async_to_raw_response_wrapper(resource.stop_forking)
        self.stop_gather = async_to_raw_response_wrapper(resource.stop_gather)
        self.stop_noise_suppression = async_to_raw_response_wrapper(resource.stop_noise_suppression)
        self.stop_playback = async_to_raw_response_wrapper(resource.stop_playback)
        self.stop_recording = async_to_raw_response_wrapper(resource.stop_recording)
        self.stop_siprec = async_to_raw_response_wrapper(resource.stop_siprec)
        self.stop_streaming = async_to_raw_response_wrapper(resource.stop_streaming)
        self.stop_transcription = async_to_raw_response_wrapper(resource.stop_transcription)
        self.switch_supervisor_role = async_to_raw_response_wrapper(resource.switch_supervisor_role)
        self.transfer = async_to_raw_response_wrapper(resource.transfer)
        self.update_client_state = async_to_raw_response_wrapper(resource.update_client_state)


class AsyncCallsActionsResourceWithStreamingResponse:
    """`calls.actions.with_streaming_response`: each method returns a context manager of the streamed response."""

    def __init__(self, resource: AsyncCallsActionsResource) -> None:
        self._resource = resource
        self.add_ai_assistant_messages = async_to_streamed_response_wrapper(
            resource.add_ai_assistant_messages
        )
        self.answer = async_to_streamed_response_wrapper(resource.answer)
        self.bridge = async_to_streamed_response_wrapper(resource.bridge)
        self.enqueue = async_to_streamed_response_wrapper(resource.enqueue)
        self.gather = async_to_streamed_response_wrapper(resource.gather)
        self.gather_using_ai = async_to_streamed_response_wrapper(resource.gather_using_ai)
        self.gather_using_audio = async_to_streamed_response_wrapper(resource.gather_using_audio)
        self.gather_using_speak = async_to_streamed_response_wrapper(resource.gather_using_speak)
        self.hangup = async_to_streamed_response_wrapper(resource.hangup)
        self.join_ai_assistant = async_to_streamed_response_wrapper(resource.join_ai_assistant)
        self.leave_queue = async_to_streamed_response_wrapper(resource.leave_queue)
        self.pause_recording = async_to_streamed_response_wrapper(resource.pause_recording)
        self.refer = async_to_streamed_response_wrapper(resource.refer)
        self.reject = async_to_streamed_response_wrapper(resource.reject)
        self.resume_recording = async_to_streamed_response_wrapper(resource.resume_recording)
        self.send_dtmf = async_to_streamed_response_wrapper(resource.send_dtmf)
        self.send_sip_info = async_to_streamed_response_wrapper(resource.send_sip_info)
        self.speak = async_to_streamed_response_wrapper(resource.speak)
        self.start_ai_assistant = async_to_streamed_response_wrapper(resource.start_ai_assistant)
        self.start_conversation_relay = async_to_streamed_response_wrapper(
            resource.start_conversation_relay
        )
        self.start_forking = async_to_streamed_response_wrapper(resource.start_forking)
        self.start_noise_suppression = async_to_streamed_response_wrapper(
            resource.start_noise_suppression
        )
        self.start_playback = async_to_streamed_response_wrapper(resource.start_playback)
        self.start_recording = async_to_streamed_response_wrapper(resource.start_recording)
        self.start_siprec = async_to_streamed_response_wrapper(resource.start_siprec)
        self.start_streaming = async_to_streamed_response_wrapper(resource.start_streaming)
        self.start_transcription = async_to_streamed_response_wrapper(resource.start_transcription)
        self.stop_ai_assistant = async_to_streamed_response_wrapper(resource.stop_ai_assistant)
        self.stop_conversation_relay = async_to_streamed_response_wrapper(
            resource.stop_conversation_relay
        )
        self.stop_forking = async_to_streamed_response_wrapper(resource.stop_forking)
        self.stop_gather = async_to_streamed_response_wrapper(resource.stop_gather)
        self.stop_noise_suppression = async_to_streamed_response_wrapper(
            resource.stop_noise_suppression
        )
        self.stop_playback = async_to_streamed_response_wrapper(resource.stop_playback)
        self.stop_recording = async_to_streamed_response_wrapper(resource.stop_recording)
        self.stop_siprec = async_to_streamed_response_wrapper(resource.stop_siprec)
        self.stop_streaming = async_to_streamed_response_wrapper(resource.stop_streaming)
        self.stop_transcription = async_to_streamed_response_wrapper(resource.stop_transcription)
        self.switch_supervisor_role = async_to_streamed_response_wrapper(
            resource.switch_supervisor_role
        )
        self.transfer = async_to_streamed_response_wrapper(resource.transfer)
        self.update_client_state = async_to_streamed_response_wrapper(resource.update_client_state)
