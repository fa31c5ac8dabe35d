"""`client.calls`: 2 operation(s) of the Telnyx Voice API, sync and async."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from telnyx_voice import _operations
from telnyx_voice._resource import AsyncAPIResource, SyncAPIResource
from telnyx_voice._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from telnyx_voice._types import (
    NOT_GIVEN,
    Headers,
    NotGiven,
    RequestOptions,
    SequenceNotStr,
    TimeoutTypes,
)

if TYPE_CHECKING:
    from telnyx_voice.resources.calls_actions import (
        AsyncCallsActionsResource,
        AsyncCallsActionsResourceWithRawResponse,
        AsyncCallsActionsResourceWithStreamingResponse,
        CallsActionsResource,
        CallsActionsResourceWithRawResponse,
        CallsActionsResourceWithStreamingResponse,
    )
    from telnyx_voice.types.models import (
        CallAssistantRequest,
        CallRequestAnsweringMachineDetectionConfig,
        CallRequestConferenceConfig,
        CallRequestDeepfakeDetection,
        CallRequestWebhookRetriesPoliciesValue,
        ConversationRelayEmbeddedConfig,
        CustomSipHeader,
        DialogflowConfig,
        RetrieveCallStatusResponse,
        RetrieveCallStatusResponseWithRecordingID,
        SipHeader,
        SoundModifications,
        TranscriptionStartRequest,
    )
    from telnyx_voice.types.params import (
        CallAssistantRequestParam,
        CallRequestAnsweringMachineDetectionConfigParam,
        CallRequestConferenceConfigParam,
        CallRequestDeepfakeDetectionParam,
        CallRequestWebhookRetriesPoliciesValueParam,
        ConversationRelayEmbeddedConfigParam,
        CustomSipHeaderParam,
        DialogflowConfigParam,
        SipHeaderParam,
        SoundModificationsParam,
        TranscriptionStartRequestParam,
    )

__all__ = [
    "AsyncCallsResource",
    "AsyncCallsResourceWithRawResponse",
    "AsyncCallsResourceWithStreamingResponse",
    "CallsResource",
    "CallsResourceWithRawResponse",
    "CallsResourceWithStreamingResponse",
]


class CallsResource(SyncAPIResource):
    """`client.calls` (sync).

    Every method raises `RequestValidationError` when an argument does not match the
    request schema (nothing is sent), an `APIStatusError` subclass per status code when
    Telnyx answers with an error, and `APIConnectionError` (or `APITimeoutError`) when the
    request could not be completed after its retries.
    """

    @cached_property
    def actions(self) -> CallsActionsResource:
        from telnyx_voice.resources.calls_actions import CallsActionsResource

        return CallsActionsResource(self._client)

    @cached_property
    def with_raw_response(self) -> CallsResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, `.parse()`)."""
        return CallsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CallsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response body is read only
        when asked (`iter_bytes()`, `read()`, `parse()`, ...) and closed on exit."""
        return CallsResourceWithStreamingResponse(self)

    def dial(
        self,
        *,
        connection_id: str,
        from_: str,
        to: str | SequenceNotStr[str],
        answering_machine_detection: Literal[
            "premium", "detect", "detect_beep", "detect_words", "greeting_end", "disabled"
        ]
        | NotGiven = NOT_GIVEN,
        answering_machine_detection_config: CallRequestAnsweringMachineDetectionConfig
        | CallRequestAnsweringMachineDetectionConfigParam
        | NotGiven = NOT_GIVEN,
        assistant: CallAssistantRequest | CallAssistantRequestParam | NotGiven = NOT_GIVEN,
        audio_url: str | NotGiven = NOT_GIVEN,
        billing_group_id: str | NotGiven = NOT_GIVEN,
        bridge_intent: bool | NotGiven = NOT_GIVEN,
        bridge_on_answer: bool | NotGiven = NOT_GIVEN,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        conference_config: CallRequestConferenceConfig
        | CallRequestConferenceConfigParam
        | NotGiven = NOT_GIVEN,
        conversation_relay_config: ConversationRelayEmbeddedConfig
        | ConversationRelayEmbeddedConfigParam
        | NotGiven = NOT_GIVEN,
        custom_headers: Sequence[CustomSipHeader | CustomSipHeaderParam] | NotGiven = NOT_GIVEN,
        deepfake_detection: CallRequestDeepfakeDetection
        | CallRequestDeepfakeDetectionParam
        | NotGiven = NOT_GIVEN,
        dialogflow_config: DialogflowConfig | DialogflowConfigParam | NotGiven = NOT_GIVEN,
        enable_dialogflow: bool | NotGiven = NOT_GIVEN,
        from_display_name: str | NotGiven = NOT_GIVEN,
        link_to: str | NotGiven = NOT_GIVEN,
        media_encryption: Literal["disabled", "SRTP", "DTLS"] | NotGiven = NOT_GIVEN,
        media_name: str | NotGiven = NOT_GIVEN,
        park_after_unbridge: str | NotGiven = NOT_GIVEN,
        preferred_codecs: str | NotGiven = NOT_GIVEN,
        prevent_double_bridge: bool | NotGiven = NOT_GIVEN,
        privacy: Literal["id", "none"] | NotGiven = NOT_GIVEN,
        record: Literal["record-from-answer"] | NotGiven = NOT_GIVEN,
        record_channels: Literal["single", "dual"] | NotGiven = NOT_GIVEN,
        record_custom_file_name: str | NotGiven = NOT_GIVEN,
        record_format: Literal["wav", "mp3"] | NotGiven = NOT_GIVEN,
        record_max_length: int | NotGiven = NOT_GIVEN,
        record_timeout_secs: int | NotGiven = NOT_GIVEN,
        record_track: Literal["both", "inbound", "outbound"] | NotGiven = NOT_GIVEN,
        record_trim: Literal["trim-silence"] | NotGiven = NOT_GIVEN,
        retry_on_timeout: bool | NotGiven = NOT_GIVEN,
        send_digits_on_answer: str | NotGiven = NOT_GIVEN,
        send_silence_when_idle: bool | NotGiven = NOT_GIVEN,
        sip_auth_password: str | NotGiven = NOT_GIVEN,
        sip_auth_username: str | NotGiven = NOT_GIVEN,
        sip_headers: Sequence[SipHeader | SipHeaderParam] | NotGiven = NOT_GIVEN,
        sip_region: Literal["US", "Europe", "Canada", "Australia", "Middle East"]
        | NotGiven = NOT_GIVEN,
        sip_transport_protocol: Literal["UDP", "TCP", "TLS"] | NotGiven = NOT_GIVEN,
        sound_modifications: SoundModifications | SoundModificationsParam | NotGiven = NOT_GIVEN,
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
        stream_establish_before_call_originate: bool | NotGiven = NOT_GIVEN,
        stream_track: Literal["inbound_track", "outbound_track", "both_tracks"]
        | NotGiven = NOT_GIVEN,
        stream_url: str | NotGiven = NOT_GIVEN,
        supervise_call_control_id: str | NotGiven = NOT_GIVEN,
        supervisor_role: Literal["barge", "whisper", "monitor"] | NotGiven = NOT_GIVEN,
        time_limit_secs: int | NotGiven = NOT_GIVEN,
        timeout_secs: int | NotGiven = NOT_GIVEN,
        transcription: bool | NotGiven = NOT_GIVEN,
        transcription_config: TranscriptionStartRequest
        | TranscriptionStartRequestParam
        | NotGiven = NOT_GIVEN,
        webhook_retries_policies: Mapping[
            str,
            CallRequestWebhookRetriesPoliciesValue | CallRequestWebhookRetriesPoliciesValueParam,
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
    ) -> RetrieveCallStatusResponseWithRecordingID:
        """Dial.

        Dial a number or SIP URI from a given connection. A successful response will include a
        `call_leg_id` which can be used to correlate the command with subsequent webhooks.

        **Expected Webhooks:**

        - `call.initiated`
        - `call.answered` or `call.hangup`
        - `call.hold` and `call.unhold` if the call is held/unheld
        - `call.machine.detection.ended` if `answering_machine_detection` was requested
        - `call.machine.greeting.ended` if `answering_machine_detection` was requested to detect
        the end of machine greeting
        - `call.machine.premium.detection.ended` if `answering_machine_detection=premium` was
        requested
        - `call.machine.premium.greeting.ended` if `answering_machine_detection=premium` was
        requested and a beep was detected
        - `call.deepfake_detection.result` if `deepfake_detection` was enabled
        - `call.deepfake_detection.error` if `deepfake_detection` was enabled and an error
        occurred
        - `streaming.started`, `streaming.stopped` or `streaming.failed` if `stream_url` was set

        When the `record` parameter is set to `record-from-answer`, the response will include a
        `recording_id` field.

        Args:
            connection_id (body, required): The ID of the Call Control App (formerly ID of the
                connection) to be used when dialing the destination.
            from_ (body, required, sent as 'from'): The `from` number to be used as the caller
                id presented to the destination (`to` number). The number should be in +E164
                format.
            to (body, required): The DID or SIP URI to dial out to. Multiple DID or SIP URIs can
                be provided using an array of strings. For SIP URI destinations, append
                `;secure=true` or `;secure=srtp` to enable SRTP media encryption for that
                endpoint, or `;secure=dtls` to enable DTLS media encryption for that endpoint.
                If `media_encryption` is set to `SRTP` or `DTLS`, it takes precedence over any
                per-endpoint `secure` URI parameter. For a single string destination, you may
                append a comma followed by DTMF digits (e.g. `+18004247767,200`) to play those
                digits as DTMF once the called party answers — equivalent to setting
                `send_digits_on_answer` separately. If both are present, the explicit
                `send_digits_on_answer` parameter takes precedence. This shorthand is not
                supported when `to` is an array.
            answering_machine_detection (body, optional): Enables Answering Machine Detection.
                Telnyx offers Premium and Standard detections. With Premium detection, when a
                call is answered, Telnyx runs real-time detection and sends a
                `call.machine.premium.detection.ended` webhook with one of the following
                results: `human_residence`, `human_business`, `machine`, `silence` or
                `fax_detected`. If we detect a beep, we also send a
                `call.machine.premium.greeting.ended` webhook with the result of
                `beep_detected`. If we detect a beep before
                `call.machine.premium.detection.ended` we only send
                `call.machine.premium.greeting.ended`, and if we detect a beep after
                `call.machine.premium.detection.ended`, we send both webhooks. With Standard
                detection, when a call is answered, Telnyx runs real-time detection to determine
                if it was picked up by a human or a machine and sends an
                `call.machine.detection.ended` webhook with the analysis result. If
                `greeting_end` or `detect_words` is used and a `machine` is detected, you will
                receive another `call.machine.greeting.ended` webhook when the answering machine
                greeting ends with a beep or silence. If `detect_beep` is used, you will only
                receive `call.machine.greeting.ended` if a beep is detected. Allowed values:
                `"premium"`, `"detect"`, `"detect_beep"`, `"detect_words"`, `"greeting_end"`,
                `"disabled"`. Default: `"disabled"`.
            answering_machine_detection_config (body, optional): Optional configuration
                parameters to modify 'answering_machine_detection' performance. Only
                `total_analysis_time_millis` and `greeting_duration_millis` parameters are
                applicable when `premium` is selected as answering_machine_detection.
            assistant (body, optional): AI Assistant configuration. All fields except `id` are
                optional — the assistant's stored configuration will be used as fallback for any
                omitted fields.
            audio_url (body, optional): The URL of a file to be played back to the callee when
                the call is answered. The URL can point to either a WAV or MP3 file. media_name
                and audio_url cannot be used together in one request.
            billing_group_id (body, optional): Use this field to set the Billing Group ID for
                the call. Must be a valid and existing Billing Group ID.
            bridge_intent (body, optional): Indicates the intent to bridge this call with the
                call specified in link_to. When bridge_intent is true, link_to becomes required
                and the from number will be overwritten by the from number from the linked call.
                Default: `false`.
            bridge_on_answer (body, optional): Whether to automatically bridge answered call to
                the call specified in link_to. When bridge_on_answer is true, link_to becomes
                required. Default: `false`.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore others Dial commands with the same `command_id`.
            conference_config (body, optional): Optional configuration parameters to dial new
                participant into a conference.
            conversation_relay_config (body, optional): Starts a Conversation Relay session
                automatically when the answered/dialed call is answered. This embedded shape is
                supported on `answer` and `dial`. It uses public field names (`url`,
                `dtmf_detection`, `greeting`, `voice`, `language`, etc.) and maps them to the
                underlying Conversation Relay action. `client_state`, `tts_language`, and
                `transcription_language` inside this object are ignored; use the parent
                command's `client_state` and `command_id` fields instead.
            custom_headers (body, optional): Custom headers to be added to the SIP INVITE.
            deepfake_detection (body, optional): Enables deepfake detection on the call. When
                enabled, audio from the remote party is streamed to a detection service that
                analyzes whether the voice is AI-generated. Results are delivered via the
                `call.deepfake_detection.result` webhook.
            dialogflow_config (body, optional): Dialogflow Config.
            enable_dialogflow (body, optional): Enables Dialogflow for the current call. The
                default value is false. Default: `false`.
            from_display_name (body, optional): The `from_display_name` string to be used as the
                caller id name (SIP From Display Name) presented to the destination (`to`
                number). The string should have a maximum of 128 characters, containing only
                letters, numbers, spaces, and -_~!.+ special characters. If ommited, the display
                name will be the same as the number in the `from` field.
            link_to (body, optional): Use another call's control id for sharing the same call
                session id.
            media_encryption (body, optional): Defines whether media should be encrypted on the
                call. For SIP URI destinations, media encryption can also be requested per
                endpoint with the `secure` URI parameter: `;secure=true` or `;secure=srtp`
                enables SRTP, and `;secure=dtls` enables DTLS. This parameter, when set to
                `SRTP` or `DTLS`, takes precedence over the per-endpoint `secure` value. Allowed
                values: `"disabled"`, `"SRTP"`, `"DTLS"`. Default: `"disabled"`.
            media_name (body, optional): The media_name of a file to be played back to the
                callee when the call is answered. The media_name must point to a file previously
                uploaded to api.telnyx.com/v2/media by the same user/organization. The file must
                either be a WAV or MP3 file.
            park_after_unbridge (body, optional): If supplied with the value `self`, the current
                leg will be parked after unbridge. If not set, the default behavior is to hang
                up the leg. When park_after_unbridge is set, link_to becomes required.
            preferred_codecs (body, optional): The list of comma-separated codecs in a preferred
                order for the forked media to be received.
            prevent_double_bridge (body, optional): Prevents bridging and hangs up the call if
                the target is already bridged. Disabled by default. Default: `false`.
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
            retry_on_timeout (body, optional): Whether to keep trying the remaining routing
                paths (e.g. alternate providers/gateways) for the same destination after
                `timeout_secs` is reached for the current attempt. When set to `false`, reaching
                `timeout_secs` aborts the entire dial attempt and the `call.hangup` webhook
                reports a `hangup_cause` of `no_answer` instead of `timeout`. Default: `true`.
            send_digits_on_answer (body, optional): DTMF digits to send automatically after the
                called party answers. Useful for reaching an extension behind an IVR (e.g.
                `"200"` to dial extension 200 once the called party picks up). Allowed
                characters: `0-9`, `A-D`, `w` (0.5s pause), `W` (1s pause), `*`, `#`. Maximum 64
                characters. When omitted, no automatic DTMF is sent. May also be supplied inline
                by appending `,<digits>` to `to` (e.g. `to=+18004247767,200`); if both forms are
                present, this explicit field takes precedence.
            send_silence_when_idle (body, optional): Generate silence RTP packets when no
                transmission available. Default: `false`.
            sip_auth_password (body, optional): SIP Authentication password used for SIP
                challenges.
            sip_auth_username (body, optional): SIP Authentication username used for SIP
                challenges.
            sip_headers (body, optional): SIP headers to be added to the SIP INVITE request.
                Currently only User-to-User header is supported.
            sip_region (body, optional): Defines the SIP region to be used for the call. Allowed
                values: `"US"`, `"Europe"`, `"Canada"`, `"Australia"`, `"Middle East"`. Default:
                `"US"`.
            sip_transport_protocol (body, optional): Defines SIP transport protocol to be used
                on the call. Allowed values: `"UDP"`, `"TCP"`, `"TLS"`. Default: `"UDP"`.
            sound_modifications (body, optional): Use this field to modify sound effects, for
                example adjust the pitch.
            stream_auth_token (body, optional): An authentication token to be sent as part of
                the WebSocket connection when using streaming. Maximum length is 4000
                characters.
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
            stream_establish_before_call_originate (body, optional): Establish websocket
                connection before dialing the destination. This is useful for cases where the
                websocket connection takes a long time to establish. Default: `false`.
            stream_track (body, optional): Specifies which track should be streamed. Allowed
                values: `"inbound_track"`, `"outbound_track"`, `"both_tracks"`. Default:
                `"inbound_track"`.
            stream_url (body, optional): The destination WebSocket address where the stream is
                going to be delivered.
            supervise_call_control_id (body, optional): The call leg which will be supervised by
                the new call.
            supervisor_role (body, optional): The role of the supervisor call. 'barge' means
                that supervisor call hears and is being heard by both ends of the call (caller &
                callee). 'whisper' means that only supervised_call_control_id hears supervisor
                but supervisor can hear everything. 'monitor' means that nobody can hear
                supervisor call, but supervisor can hear everything on the call. Allowed values:
                `"barge"`, `"whisper"`, `"monitor"`. Default: `"barge"`.
            time_limit_secs (body, optional): Sets the maximum duration of a Call Control Leg in
                seconds. If the time limit is reached, the call will hangup and a `call.hangup`
                webhook with a `hangup_cause` of `time_limit` will be sent. For example, by
                setting a time limit of 120 seconds, a Call Leg will be automatically terminated
                two minutes after being answered. The default time limit is 14400 seconds or 4
                hours and this is also the maximum allowed call length. Unit: seconds. Default:
                `14400`. Minimum: 30. Maximum: 14400.
            timeout_secs (body, optional): The number of seconds that Telnyx will wait for the
                call to be answered by the destination to which it is being called. If the
                timeout is reached before an answer is received, the call will hangup and a
                `call.hangup` webhook with a `hangup_cause` of `timeout` will be sent. Minimum
                value is 5 seconds. Maximum value is 600 seconds. Unit: seconds. Default: `30`.
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
                will be called instead of the default webhook URL. Events not mapped here will
                use the default webhook URL.
            webhook_urls_method (body, optional): HTTP request method to invoke `webhook_urls`.
                Allowed values: `"POST"`, `"GET"`. Default: `"POST"`.

        Returns:
            `RetrieveCallStatusResponseWithRecordingID`: Successful response with details about
                a call status that includes recording_id.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls` (operationId `DialCall`).
        """
        return self._client.request(
            _operations.CALLS_DIAL,
            body={
                "connection_id": connection_id,
                "from": from_,
                "to": to,
                "answering_machine_detection": answering_machine_detection,
                "answering_machine_detection_config": answering_machine_detection_config,
                "assistant": assistant,
                "audio_url": audio_url,
                "billing_group_id": billing_group_id,
                "bridge_intent": bridge_intent,
                "bridge_on_answer": bridge_on_answer,
                "client_state": client_state,
                "command_id": command_id,
                "conference_config": conference_config,
                "conversation_relay_config": conversation_relay_config,
                "custom_headers": custom_headers,
                "deepfake_detection": deepfake_detection,
                "dialogflow_config": dialogflow_config,
                "enable_dialogflow": enable_dialogflow,
                "from_display_name": from_display_name,
                "link_to": link_to,
                "media_encryption": media_encryption,
                "media_name": media_name,
                "park_after_unbridge": park_after_unbridge,
                "preferred_codecs": preferred_codecs,
                "prevent_double_bridge": prevent_double_bridge,
                "privacy": privacy,
                "record": record,
                "record_channels": record_channels,
                "record_custom_file_name": record_custom_file_name,
                "record_format": record_format,
                "record_max_length": record_max_length,
                "record_timeout_secs": record_timeout_secs,
                "record_track": record_track,
                "record_trim": record_trim,
                "retry_on_timeout": retry_on_timeout,
                "send_digits_on_answer": send_digits_on_answer,
                "send_silence_when_idle": send_silence_when_idle,
                "sip_auth_password": sip_auth_password,
                "sip_auth_username": sip_auth_username,
                "sip_headers": sip_headers,
                "sip_region": sip_region,
                "sip_transport_protocol": sip_transport_protocol,
                "sound_modifications": sound_modifications,
                "stream_auth_token": stream_auth_token,
                "stream_bidirectional_codec": stream_bidirectional_codec,
                "stream_bidirectional_mode": stream_bidirectional_mode,
                "stream_bidirectional_sampling_rate": stream_bidirectional_sampling_rate,
                "stream_bidirectional_target_legs": stream_bidirectional_target_legs,
                "stream_codec": stream_codec,
                "stream_establish_before_call_originate": stream_establish_before_call_originate,
                "stream_track": stream_track,
                "stream_url": stream_url,
                "supervise_call_control_id": supervise_call_control_id,
                "supervisor_role": supervisor_role,
                "time_limit_secs": time_limit_secs,
                "timeout_secs": timeout_secs,
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

    def retrieve_status(
        self,
        call_control_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RetrieveCallStatusResponse:
        """Retrieve a call status.

        Returns the status of a call (data is available 10 minutes after call ended).

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.

        Returns:
            `RetrieveCallStatusResponse`: Successful response with details about a call status.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Source: `GET /calls/{call_control_id}` (operationId `RetrieveCallStatus`).
        """
        return self._client.request(
            _operations.CALLS_RETRIEVE_STATUS,
            path_params={"call_control_id": call_control_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class CallsResourceWithRawResponse:
    """`calls.with_raw_response`: each method returns the raw response."""

    def __init__(self, resource: CallsResource) -> None:
        self._resource = resource
        self.dial = to_raw_response_wrapper(resource.dial)
        self.retrieve_status = to_raw_response_wrapper(resource.retrieve_status)

    @cached_property
    def actions(self) -> CallsActionsResourceWithRawResponse:
        return CallsActionsResourceWithRawResponse(self._resource.actions)


class CallsResourceWithStreamingResponse:
    """`calls.with_streaming_response`: each method returns a context manager of the streamed response."""

    def __init__(self, resource: CallsResource) -> None:
        self._resource = resource
        self.dial = to_streamed_response_wrapper(resource.dial)
        self.retrieve_status = to_streamed_response_wrapper(resource.retrieve_status)

    @cached_property
    def actions(self) -> CallsActionsResourceWithStreamingResponse:
        return CallsActionsResourceWithStreamingResponse(self._resource.actions)


class AsyncCallsResource(AsyncAPIResource):
    """`client.calls` (async).

    Every method raises `RequestValidationError` when an argument does not match the
    request schema (nothing is sent), an `APIStatusError` subclass per status code when
    Telnyx answers with an error, and `APIConnectionError` (or `APITimeoutError`) when the
    request could not be completed after its retries.
    """

    @cached_property
    def actions(self) -> AsyncCallsActionsResource:
        from telnyx_voice.resources.calls_actions import AsyncCallsActionsResource

        return AsyncCallsActionsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncCallsResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, `.parse()`)."""
        return AsyncCallsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCallsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response body is read only
        when asked (`iter_bytes()`, `read()`, `parse()`, ...) and closed on exit."""
        return AsyncCallsResourceWithStreamingResponse(self)

    async def dial(
        self,
        *,
        connection_id: str,
        from_: str,
        to: str | SequenceNotStr[str],
        answering_machine_detection: Literal[
            "premium", "detect", "detect_beep", "detect_words", "greeting_end", "disabled"
        ]
        | NotGiven = NOT_GIVEN,
        answering_machine_detection_config: CallRequestAnsweringMachineDetectionConfig
        | CallRequestAnsweringMachineDetectionConfigParam
        | NotGiven = NOT_GIVEN,
        assistant: CallAssistantRequest | CallAssistantRequestParam | NotGiven = NOT_GIVEN,
        audio_url: str | NotGiven = NOT_GIVEN,
        billing_group_id: str | NotGiven = NOT_GIVEN,
        bridge_intent: bool | NotGiven = NOT_GIVEN,
        bridge_on_answer: bool | NotGiven = NOT_GIVEN,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        conference_config: CallRequestConferenceConfig
        | CallRequestConferenceConfigParam
        | NotGiven = NOT_GIVEN,
        conversation_relay_config: ConversationRelayEmbeddedConfig
        | ConversationRelayEmbeddedConfigParam
        | NotGiven = NOT_GIVEN,
        custom_headers: Sequence[CustomSipHeader | CustomSipHeaderParam] | NotGiven = NOT_GIVEN,
        deepfake_detection: CallRequestDeepfakeDetection
        | CallRequestDeepfakeDetectionParam
        | NotGiven = NOT_GIVEN,
        dialogflow_config: DialogflowConfig | DialogflowConfigParam | NotGiven = NOT_GIVEN,
        enable_dialogflow: bool | NotGiven = NOT_GIVEN,
        from_display_name: str | NotGiven = NOT_GIVEN,
        link_to: str | NotGiven = NOT_GIVEN,
        media_encryption: Literal["disabled", "SRTP", "DTLS"] | NotGiven = NOT_GIVEN,
        media_name: str | NotGiven = NOT_GIVEN,
        park_after_unbridge: str | NotGiven = NOT_GIVEN,
        preferred_codecs: str | NotGiven = NOT_GIVEN,
        prevent_double_bridge: bool | NotGiven = NOT_GIVEN,
        privacy: Literal["id", "none"] | NotGiven = NOT_GIVEN,
        record: Literal["record-from-answer"] | NotGiven = NOT_GIVEN,
        record_channels: Literal["single", "dual"] | NotGiven = NOT_GIVEN,
        record_custom_file_name: str | NotGiven = NOT_GIVEN,
        record_format: Literal["wav", "mp3"] | NotGiven = NOT_GIVEN,
        record_max_length: int | NotGiven = NOT_GIVEN,
        record_timeout_secs: int | NotGiven = NOT_GIVEN,
        record_track: Literal["both", "inbound", "outbound"] | NotGiven = NOT_GIVEN,
        record_trim: Literal["trim-silence"] | NotGiven = NOT_GIVEN,
        retry_on_timeout: bool | NotGiven = NOT_GIVEN,
        send_digits_on_answer: str | NotGiven = NOT_GIVEN,
        send_silence_when_idle: bool | NotGiven = NOT_GIVEN,
        sip_auth_password: str | NotGiven = NOT_GIVEN,
        sip_auth_username: str | NotGiven = NOT_GIVEN,
        sip_headers: Sequence[SipHeader | SipHeaderParam] | NotGiven = NOT_GIVEN,
        sip_region: Literal["US", "Europe", "Canada", "Australia", "Middle East"]
        | NotGiven = NOT_GIVEN,
        sip_transport_protocol: Literal["UDP", "TCP", "TLS"] | NotGiven = NOT_GIVEN,
        sound_modifications: SoundModifications | SoundModificationsParam | NotGiven = NOT_GIVEN,
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
        stream_establish_before_call_originate: bool | NotGiven = NOT_GIVEN,
        stream_track: Literal["inbound_track", "outbound_track", "both_tracks"]
        | NotGiven = NOT_GIVEN,
        stream_url: str | NotGiven = NOT_GIVEN,
        supervise_call_control_id: str | NotGiven = NOT_GIVEN,
        supervisor_role: Literal["barge", "whisper", "monitor"] | NotGiven = NOT_GIVEN,
        time_limit_secs: int | NotGiven = NOT_GIVEN,
        timeout_secs: int | NotGiven = NOT_GIVEN,
        transcription: bool | NotGiven = NOT_GIVEN,
        transcription_config: TranscriptionStartRequest
        | TranscriptionStartRequestParam
        | NotGiven = NOT_GIVEN,
        webhook_retries_policies: Mapping[
            str,
            CallRequestWebhookRetriesPoliciesValue | CallRequestWebhookRetriesPoliciesValueParam,
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
    ) -> RetrieveCallStatusResponseWithRecordingID:
        """Dial.

        Dial a number or SIP URI from a given connection. A successful response will include a
        `call_leg_id` which can be used to correlate the command with subsequent webhooks.

        **Expected Webhooks:**

        - `call.initiated`
        - `call.answered` or `call.hangup`
        - `call.hold` and `call.unhold` if the call is held/unheld
        - `call.machine.detection.ended` if `answering_machine_detection` was requested
        - `call.machine.greeting.ended` if `answering_machine_detection` was requested to detect
        the end of machine greeting
        - `call.machine.premium.detection.ended` if `answering_machine_detection=premium` was
        requested
        - `call.machine.premium.greeting.ended` if `answering_machine_detection=premium` was
        requested and a beep was detected
        - `call.deepfake_detection.result` if `deepfake_detection` was enabled
        - `call.deepfake_detection.error` if `deepfake_detection` was enabled and an error
        occurred
        - `streaming.started`, `streaming.stopped` or `streaming.failed` if `stream_url` was set

        When the `record` parameter is set to `record-from-answer`, the response will include a
        `recording_id` field.

        Args:
            connection_id (body, required): The ID of the Call Control App (formerly ID of the
                connection) to be used when dialing the destination.
            from_ (body, required, sent as 'from'): The `from` number to be used as the caller
                id presented to the destination (`to` number). The number should be in +E164
                format.
            to (body, required): The DID or SIP URI to dial out to. Multiple DID or SIP URIs can
                be provided using an array of strings. For SIP URI destinations, append
                `;secure=true` or `;secure=srtp` to enable SRTP media encryption for that
                endpoint, or `;secure=dtls` to enable DTLS media encryption for that endpoint.
                If `media_encryption` is set to `SRTP` or `DTLS`, it takes precedence over any
                per-endpoint `secure` URI parameter. For a single string destination, you may
                append a comma followed by DTMF digits (e.g. `+18004247767,200`) to play those
                digits as DTMF once the called party answers — equivalent to setting
                `send_digits_on_answer` separately. If both are present, the explicit
                `send_digits_on_answer` parameter takes precedence. This shorthand is not
                supported when `to` is an array.
            answering_machine_detection (body, optional): Enables Answering Machine Detection.
                Telnyx offers Premium and Standard detections. With Premium detection, when a
                call is answered, Telnyx runs real-time detection and sends a
                `call.machine.premium.detection.ended` webhook with one of the following
                results: `human_residence`, `human_business`, `machine`, `silence` or
                `fax_detected`. If we detect a beep, we also send a
                `call.machine.premium.greeting.ended` webhook with the result of
                `beep_detected`. If we detect a beep before
                `call.machine.premium.detection.ended` we only send
                `call.machine.premium.greeting.ended`, and if we detect a beep after
                `call.machine.premium.detection.ended`, we send both webhooks. With Standard
                detection, when a call is answered, Telnyx runs real-time detection to determine
                if it was picked up by a human or a machine and sends an
                `call.machine.detection.ended` webhook with the analysis result. If
                `greeting_end` or `detect_words` is used and a `machine` is detected, you will
                receive another `call.machine.greeting.ended` webhook when the answering machine
                greeting ends with a beep or silence. If `detect_beep` is used, you will only
                receive `call.machine.greeting.ended` if a beep is detected. Allowed values:
                `"premium"`, `"detect"`, `"detect_beep"`, `"detect_words"`, `"greeting_end"`,
                `"disabled"`. Default: `"disabled"`.
            answering_machine_detection_config (body, optional): Optional configuration
                parameters to modify 'answering_machine_detection' performance. Only
                `total_analysis_time_millis` and `greeting_duration_millis` parameters are
                applicable when `premium` is selected as answering_machine_detection.
            assistant (body, optional): AI Assistant configuration. All fields except `id` are
                optional — the assistant's stored configuration will be used as fallback for any
                omitted fields.
            audio_url (body, optional): The URL of a file to be played back to the callee when
                the call is answered. The URL can point to either a WAV or MP3 file. media_name
                and audio_url cannot be used together in one request.
            billing_group_id (body, optional): Use this field to set the Billing Group ID for
                the call. Must be a valid and existing Billing Group ID.
            bridge_intent (body, optional): Indicates the intent to bridge this call with the
                call specified in link_to. When bridge_intent is true, link_to becomes required
                and the from number will be overwritten by the from number from the linked call.
                Default: `false`.
            bridge_on_answer (body, optional): Whether to automatically bridge answered call to
                the call specified in link_to. When bridge_on_answer is true, link_to becomes
                required. Default: `false`.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore others Dial commands with the same `command_id`.
            conference_config (body, optional): Optional configuration parameters to dial new
                participant into a conference.
            conversation_relay_config (body, optional): Starts a Conversation Relay session
                automatically when the answered/dialed call is answered. This embedded shape is
                supported on `answer` and `dial`. It uses public field names (`url`,
                `dtmf_detection`, `greeting`, `voice`, `language`, etc.) and maps them to the
                underlying Conversation Relay action. `client_state`, `tts_language`, and
                `transcription_language` inside this object are ignored; use the parent
                command's `client_state` and `command_id` fields instead.
            custom_headers (body, optional): Custom headers to be added to the SIP INVITE.
            deepfake_detection (body, optional): Enables deepfake detection on the call. When
                enabled, audio from the remote party is streamed to a detection service that
                analyzes whether the voice is AI-generated. Results are delivered via the
                `call.deepfake_detection.result` webhook.
            dialogflow_config (body, optional): Dialogflow Config.
            enable_dialogflow (body, optional): Enables Dialogflow for the current call. The
                default value is false. Default: `false`.
            from_display_name (body, optional): The `from_display_name` string to be used as the
                caller id name (SIP From Display Name) presented to the destination (`to`
                number). The string should have a maximum of 128 characters, containing only
                letters, numbers, spaces, and -_~!.+ special characters. If ommited, the display
                name will be the same as the number in the `from` field.
            link_to (body, optional): Use another call's control id for sharing the same call
                session id.
            media_encryption (body, optional): Defines whether media should be encrypted on the
                call. For SIP URI destinations, media encryption can also be requested per
                endpoint with the `secure` URI parameter: `;secure=true` or `;secure=srtp`
                enables SRTP, and `;secure=dtls` enables DTLS. This parameter, when set to
                `SRTP` or `DTLS`, takes precedence over the per-endpoint `secure` value. Allowed
                values: `"disabled"`, `"SRTP"`, `"DTLS"`. Default: `"disabled"`.
            media_name (body, optional): The media_name of a file to be played back to the
                callee when the call is answered. The media_name must point to a file previously
                uploaded to api.telnyx.com/v2/media by the same user/organization. The file must
                either be a WAV or MP3 file.
            park_after_unbridge (body, optional): If supplied with the value `self`, the current
                leg will be parked after unbridge. If not set, the default behavior is to hang
                up the leg. When park_after_unbridge is set, link_to becomes required.
            preferred_codecs (body, optional): The list of comma-separated codecs in a preferred
                order for the forked media to be received.
            prevent_double_bridge (body, optional): Prevents bridging and hangs up the call if
                the target is already bridged. Disabled by default. Default: `false`.
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
            retry_on_timeout (body, optional): Whether to keep trying the remaining routing
                paths (e.g. alternate providers/gateways) for the same destination after
                `timeout_secs` is reached for the current attempt. When set to `false`, reaching
                `timeout_secs` aborts the entire dial attempt and the `call.hangup` webhook
                reports a `hangup_cause` of `no_answer` instead of `timeout`. Default: `true`.
            send_digits_on_answer (body, optional): DTMF digits to send automatically after the
                called party answers. Useful for reaching an extension behind an IVR (e.g.
                `"200"` to dial extension 200 once the called party picks up). Allowed
                characters: `0-9`, `A-D`, `w` (0.5s pause), `W` (1s pause), `*`, `#`. Maximum 64
                characters. When omitted, no automatic DTMF is sent. May also be supplied inline
                by appending `,<digits>` to `to` (e.g. `to=+18004247767,200`); if both forms are
                present, this explicit field takes precedence.
            send_silence_when_idle (body, optional): Generate silence RTP packets when no
                transmission available. Default: `false`.
            sip_auth_password (body, optional): SIP Authentication password used for SIP
                challenges.
            sip_auth_username (body, optional): SIP Authentication username used for SIP
                challenges.
            sip_headers (body, optional): SIP headers to be added to the SIP INVITE request.
                Currently only User-to-User header is supported.
            sip_region (body, optional): Defines the SIP region to be used for the call. Allowed
                values: `"US"`, `"Europe"`, `"Canada"`, `"Australia"`, `"Middle East"`. Default:
                `"US"`.
            sip_transport_protocol (body, optional): Defines SIP transport protocol to be used
                on the call. Allowed values: `"UDP"`, `"TCP"`, `"TLS"`. Default: `"UDP"`.
            sound_modifications (body, optional): Use this field to modify sound effects, for
                example adjust the pitch.
            stream_auth_token (body, optional): An authentication token to be sent as part of
                the WebSocket connection when using streaming. Maximum length is 4000
                characters.
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
            stream_establish_before_call_originate (body, optional): Establish websocket
                connection before dialing the destination. This is useful for cases where the
                websocket connection takes a long time to establish. Default: `false`.
            stream_track (body, optional): Specifies which track should be streamed. Allowed
                values: `"inbound_track"`, `"outbound_track"`, `"both_tracks"`. Default:
                `"inbound_track"`.
            stream_url (body, optional): The destination WebSocket address where the stream is
                going to be delivered.
            supervise_call_control_id (body, optional): The call leg which will be supervised by
                the new call.
            supervisor_role (body, optional): The role of the supervisor call. 'barge' means
                that supervisor call hears and is being heard by both ends of the call (caller &
                callee). 'whisper' means that only supervised_call_control_id hears supervisor
                but supervisor can hear everything. 'monitor' means that nobody can hear
                supervisor call, but supervisor can hear everything on the call. Allowed values:
                `"barge"`, `"whisper"`, `"monitor"`. Default: `"barge"`.
            time_limit_secs (body, optional): Sets the maximum duration of a Call Control Leg in
                seconds. If the time limit is reached, the call will hangup and a `call.hangup`
                webhook with a `hangup_cause` of `time_limit` will be sent. For example, by
                setting a time limit of 120 seconds, a Call Leg will be automatically terminated
                two minutes after being answered. The default time limit is 14400 seconds or 4
                hours and this is also the maximum allowed call length. Unit: seconds. Default:
                `14400`. Minimum: 30. Maximum: 14400.
            timeout_secs (body, optional): The number of seconds that Telnyx will wait for the
                call to be answered by the destination to which it is being called. If the
                timeout is reached before an answer is received, the call will hangup and a
                `call.hangup` webhook with a `hangup_cause` of `timeout` will be sent. Minimum
                value is 5 seconds. Maximum value is 600 seconds. Unit: seconds. Default: `30`.
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
                will be called instead of the default webhook URL. Events not mapped here will
                use the default webhook URL.
            webhook_urls_method (body, optional): HTTP request method to invoke `webhook_urls`.
                Allowed values: `"POST"`, `"GET"`. Default: `"POST"`.

        Returns:
            `RetrieveCallStatusResponseWithRecordingID`: Successful response with details about
                a call status that includes recording_id.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /calls` (operationId `DialCall`).
        """
        return await self._client.request(
            _operations.CALLS_DIAL,
            body={
                "connection_id": connection_id,
                "from": from_,
                "to": to,
                "answering_machine_detection": answering_machine_detection,
                "answering_machine_detection_config": answering_machine_detection_config,
                "assistant": assistant,
                "audio_url": audio_url,
                "billing_group_id": billing_group_id,
                "bridge_intent": bridge_intent,
                "bridge_on_answer": bridge_on_answer,
                "client_state": client_state,
                "command_id": command_id,
                "conference_config": conference_config,
                "conversation_relay_config": conversation_relay_config,
                "custom_headers": custom_headers,
                "deepfake_detection": deepfake_detection,
                "dialogflow_config": dialogflow_config,
                "enable_dialogflow": enable_dialogflow,
                "from_display_name": from_display_name,
                "link_to": link_to,
                "media_encryption": media_encryption,
                "media_name": media_name,
                "park_after_unbridge": park_after_unbridge,
                "preferred_codecs": preferred_codecs,
                "prevent_double_bridge": prevent_double_bridge,
                "privacy": privacy,
                "record": record,
                "record_channels": record_channels,
                "record_custom_file_name": record_custom_file_name,
                "record_format": record_format,
                "record_max_length": record_max_length,
                "record_timeout_secs": record_timeout_secs,
                "record_track": record_track,
                "record_trim": record_trim,
                "retry_on_timeout": retry_on_timeout,
                "send_digits_on_answer": send_digits_on_answer,
                "send_silence_when_idle": send_silence_when_idle,
                "sip_auth_password": sip_auth_password,
                "sip_auth_username": sip_auth_username,
                "sip_headers": sip_headers,
                "sip_region": sip_region,
                "sip_transport_protocol": sip_transport_protocol,
                "sound_modifications": sound_modifications,
                "stream_auth_token": stream_auth_token,
                "stream_bidirectional_codec": stream_bidirectional_codec,
                "stream_bidirectional_mode": stream_bidirectional_mode,
                "stream_bidirectional_sampling_rate": stream_bidirectional_sampling_rate,
                "stream_bidirectional_target_legs": stream_bidirectional_target_legs,
                "stream_codec": stream_codec,
                "stream_establish_before_call_originate": stream_establish_before_call_originate,
                "stream_track": stream_track,
                "stream_url": stream_url,
                "supervise_call_control_id": supervise_call_control_id,
                "supervisor_role": supervisor_role,
                "time_limit_secs": time_limit_secs,
                "timeout_secs": timeout_secs,
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

    async def retrieve_status(
        self,
        call_control_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RetrieveCallStatusResponse:
        """Retrieve a call status.

        Returns the status of a call (data is available 10 minutes after call ended).

        Args:
            call_control_id (path, required): Unique identifier and token for controlling the
                call.

        Returns:
            `RetrieveCallStatusResponse`: Successful response with details about a call status.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Source: `GET /calls/{call_control_id}` (operationId `RetrieveCallStatus`).
        """
        return await self._client.request(
            _operations.CALLS_RETRIEVE_STATUS,
            path_params={"call_control_id": call_control_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class AsyncCallsResourceWithRawResponse:
    """`calls.with_raw_response`: each method returns the raw response."""

    def __init__(self, resource: AsyncCallsResource) -> None:
        self._resource = resource
        self.dial = async_to_raw_response_wrapper(resource.dial)
        self.retrieve_status = async_to_raw_response_wrapper(resource.retrieve_status)

    @cached_property
    def actions(self) -> AsyncCallsActionsResourceWithRawResponse:
        return AsyncCallsActionsResourceWithRawResponse(self._resource.actions)


class AsyncCallsResourceWithStreamingResponse:
    """`calls.with_streaming_response`: each method returns a context manager of the streamed response."""

    def __init__(self, resource: AsyncCallsResource) -> None:
        self._resource = resource
        self.dial = async_to_streamed_response_wrapper(resource.dial)
        self.retrieve_status = async_to_streamed_response_wrapper(resource.retrieve_status)

    @cached_property
    def actions(self) -> AsyncCallsActionsResourceWithStreamingResponse:
        return AsyncCallsActionsResourceWithStreamingResponse(self._resource.actions)
