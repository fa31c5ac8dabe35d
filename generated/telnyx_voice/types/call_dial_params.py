"""`CallDialParams`: the keyword arguments of `client.calls.dial`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.calls.dial(**params)` works as with `telnyx`.
"""

from collections.abc import Mapping, Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from telnyx_voice._types import SequenceNotStr
from telnyx_voice.types.models import (
    CallAssistantRequest,
    CallRequestAnsweringMachineDetectionConfig,
    CallRequestConferenceConfig,
    CallRequestDeepfakeDetection,
    CallRequestWebhookRetriesPoliciesValue,
    ConversationRelayEmbeddedConfig,
    CustomSipHeader,
    DialogflowConfig,
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

__all__ = ["CallDialParams"]


class CallDialParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.dial(**params)`."""

    connection_id: Required[str]
    """The ID of the Call Control App (formerly ID of the connection) to be used when dialing the destination."""

    from_: Required[str]
    """The `from` number to be used as the caller id presented to the destination (`to` number). The number should be in +E164 format."""

    to: Required[str | SequenceNotStr[str]]
    """The DID or SIP URI to dial out to. Multiple DID or SIP URIs can be provided using an array of strings. For SIP URI destinations, append `;secure=true` or `;secure=srtp` to enable SRTP media encryption for that endpoint, or `;secure=dtls` to enable DTLS media encryption for that endpoint. If `media_encryption` is set to `SRTP` or `DTLS`, it takes precedence over any per-endpoint `secure` URI parameter. For a single string destination, you may append a comma followed by DTMF digits (e.g. `+18004247767,200`) to play those digits as DTMF once the called party answers — equivalent to setting `send_digits_on_answer` separately. If both are present, the explicit `send_digits_on_answer` parameter takes precedence. This shorthand is not supported when `to` is an array."""

    answering_machine_detection: Literal[
        "premium", "detect", "detect_beep", "detect_words", "greeting_end", "disabled"
    ]
    """Enables Answering Machine Detection. Telnyx offers Premium and Standard detections. With Premium detection, when a call is answered, Telnyx runs real-time detection and sends a `call.machine.premium.detection.ended` webhook with one of the following results: `human_residence`, `human_business`, `machine`, `silence` or `fax_detected`. If we detect a beep, we also send a `call.machine.premium.greeting.ended` webhook with the result of `beep_detected`. If we detect a beep before `call.machine.premium.detection.ended` we only send `call.machine.premium.greeting.ended`, and if we detect a beep after `call.machine.premium.detection.ended`, we send both webhooks. With Standard detection, when a call is answered, Telnyx runs real-time detection to determine if it was picked up by a human or a machine and sends an `call.machine.detection.ended` webhook with the analysis result. If `greeting_end` or `detect_words` is used and a `machine` is detected, you will receive another `call.machine.greeting.ended` webhook when the answering machine greeting ends with a beep or silence. If `detect_beep` is used, you will only receive `call.machine.greeting.ended` if a beep is detected. Allowed values: `"premium"`, `"detect"`, `"detect_beep"`, `"detect_words"`, `"greeting_end"`, `"disabled"`. Default: `"disabled"`."""

    answering_machine_detection_config: (
        CallRequestAnsweringMachineDetectionConfig | CallRequestAnsweringMachineDetectionConfigParam
    )
    """Optional configuration parameters to modify 'answering_machine_detection' performance. Only `total_analysis_time_millis` and `greeting_duration_millis` parameters are applicable when `premium` is selected as answering_machine_detection."""

    assistant: CallAssistantRequest | CallAssistantRequestParam
    """AI Assistant configuration. All fields except `id` are optional — the assistant's stored configuration will be used as fallback for any omitted fields."""

    audio_url: str
    """The URL of a file to be played back to the callee when the call is answered. The URL can point to either a WAV or MP3 file. media_name and audio_url cannot be used together in one request."""

    billing_group_id: str
    """Use this field to set the Billing Group ID for the call. Must be a valid and existing Billing Group ID."""

    bridge_intent: bool
    """Indicates the intent to bridge this call with the call specified in link_to. When bridge_intent is true, link_to becomes required and the from number will be overwritten by the from number from the linked call. Default: `false`."""

    bridge_on_answer: bool
    """Whether to automatically bridge answered call to the call specified in link_to. When bridge_on_answer is true, link_to becomes required. Default: `false`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore others Dial commands with the same `command_id`."""

    conference_config: CallRequestConferenceConfig | CallRequestConferenceConfigParam
    """Optional configuration parameters to dial new participant into a conference."""

    conversation_relay_config: (
        ConversationRelayEmbeddedConfig | ConversationRelayEmbeddedConfigParam
    )
    """Starts a Conversation Relay session automatically when the answered/dialed call is answered. This embedded shape is supported on `answer` and `dial`. It uses public field names (`url`, `dtmf_detection`, `greeting`, `voice`, `language`, etc.) and maps them to the underlying Conversation Relay action. `client_state`, `tts_language`, and `transcription_language` inside this object are ignored; use the parent command's `client_state` and `command_id` fields instead."""

    custom_headers: Sequence[CustomSipHeader | CustomSipHeaderParam]
    """Custom headers to be added to the SIP INVITE."""

    deepfake_detection: CallRequestDeepfakeDetection | CallRequestDeepfakeDetectionParam
    """Enables deepfake detection on the call. When enabled, audio from the remote party is streamed to a detection service that analyzes whether the voice is AI-generated. Results are delivered via the `call.deepfake_detection.result` webhook."""

    dialogflow_config: DialogflowConfig | DialogflowConfigParam
    """Dialogflow Config."""

    enable_dialogflow: bool
    """Enables Dialogflow for the current call. The default value is false. Default: `false`."""

    from_display_name: str
    """The `from_display_name` string to be used as the caller id name (SIP From Display Name) presented to the destination (`to` number). The string should have a maximum of 128 characters, containing only letters, numbers, spaces, and -_~!.+ special characters. If ommited, the display name will be the same as the number in the `from` field."""

    link_to: str
    """Use another call's control id for sharing the same call session id."""

    media_encryption: Literal["disabled", "SRTP", "DTLS"]
    """Defines whether media should be encrypted on the call. For SIP URI destinations, media encryption can also be requested per endpoint with the `secure` URI parameter: `;secure=true` or `;secure=srtp` enables SRTP, and `;secure=dtls` enables DTLS. This parameter, when set to `SRTP` or `DTLS`, takes precedence over the per-endpoint `secure` value. Allowed values: `"disabled"`, `"SRTP"`, `"DTLS"`. Default: `"disabled"`."""

    media_name: str
    """The media_name of a file to be played back to the callee when the call is answered. The media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization. The file must either be a WAV or MP3 file."""

    park_after_unbridge: str
    """If supplied with the value `self`, the current leg will be parked after unbridge. If not set, the default behavior is to hang up the leg. When park_after_unbridge is set, link_to becomes required."""

    preferred_codecs: str
    """The list of comma-separated codecs in a preferred order for the forked media to be received."""

    prevent_double_bridge: bool
    """Prevents bridging and hangs up the call if the target is already bridged. Disabled by default. Default: `false`."""

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

    retry_on_timeout: bool
    """Whether to keep trying the remaining routing paths (e.g. alternate providers/gateways) for the same destination after `timeout_secs` is reached for the current attempt. When set to `false`, reaching `timeout_secs` aborts the entire dial attempt and the `call.hangup` webhook reports a `hangup_cause` of `no_answer` instead of `timeout`. Default: `true`."""

    send_digits_on_answer: str
    """DTMF digits to send automatically after the called party answers. Useful for reaching an extension behind an IVR (e.g. `"200"` to dial extension 200 once the called party picks up). Allowed characters: `0-9`, `A-D`, `w` (0.5s pause), `W` (1s pause), `*`, `#`. Maximum 64 characters. When omitted, no automatic DTMF is sent. May also be supplied inline by appending `,<digits>` to `to` (e.g. `to=+18004247767,200`); if both forms are present, this explicit field takes precedence."""

    send_silence_when_idle: bool
    """Generate silence RTP packets when no transmission available. Default: `false`."""

    sip_auth_password: str
    """SIP Authentication password used for SIP challenges."""

    sip_auth_username: str
    """SIP Authentication username used for SIP challenges."""

    sip_headers: Sequence[SipHeader | SipHeaderParam]
    """SIP headers to be added to the SIP INVITE request. Currently only User-to-User header is supported."""

    sip_region: Literal["US", "Europe", "Canada", "Australia", "Middle East"]
    """Defines the SIP region to be used for the call. Allowed values: `"US"`, `"Europe"`, `"Canada"`, `"Australia"`, `"Middle East"`. Default: `"US"`."""

    sip_transport_protocol: Literal["UDP", "TCP", "TLS"]
    """Defines SIP transport protocol to be used on the call. Allowed values: `"UDP"`, `"TCP"`, `"TLS"`. Default: `"UDP"`."""

    sound_modifications: SoundModifications | SoundModificationsParam
    """Use this field to modify sound effects, for example adjust the pitch."""

    stream_auth_token: str
    """An authentication token to be sent as part of the WebSocket connection when using streaming. Maximum length is 4000 characters."""

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

    stream_establish_before_call_originate: bool
    """Establish websocket connection before dialing the destination. This is useful for cases where the websocket connection takes a long time to establish. Default: `false`."""

    stream_track: Literal["inbound_track", "outbound_track", "both_tracks"]
    """Specifies which track should be streamed. Allowed values: `"inbound_track"`, `"outbound_track"`, `"both_tracks"`. Default: `"inbound_track"`."""

    stream_url: str
    """The destination WebSocket address where the stream is going to be delivered."""

    supervise_call_control_id: str
    """The call leg which will be supervised by the new call."""

    supervisor_role: Literal["barge", "whisper", "monitor"]
    """The role of the supervisor call. 'barge' means that supervisor call hears and is being heard by both ends of the call (caller & callee). 'whisper' means that only supervised_call_control_id hears supervisor but supervisor can hear everything. 'monitor' means that nobody can hear supervisor call, but supervisor can hear everything on the call. Allowed values: `"barge"`, `"whisper"`, `"monitor"`. Default: `"barge"`."""

    time_limit_secs: int
    """Sets the maximum duration of a Call Control Leg in seconds. If the time limit is reached, the call will hangup and a `call.hangup` webhook with a `hangup_cause` of `time_limit` will be sent. For example, by setting a time limit of 120 seconds, a Call Leg will be automatically terminated two minutes after being answered. The default time limit is 14400 seconds or 4 hours and this is also the maximum allowed call length. Unit: seconds. Default: `14400`. Minimum: 30. Maximum: 14400."""

    timeout_secs: int
    """The number of seconds that Telnyx will wait for the call to be answered by the destination to which it is being called. If the timeout is reached before an answer is received, the call will hangup and a `call.hangup` webhook with a `hangup_cause` of `timeout` will be sent. Minimum value is 5 seconds. Maximum value is 600 seconds. Unit: seconds. Default: `30`."""

    transcription: bool
    """Enable transcription upon call answer. The default value is false. Default: `false`."""

    transcription_config: TranscriptionStartRequest | TranscriptionStartRequestParam
    """Transcription start request."""

    webhook_retries_policies: Mapping[
        str, CallRequestWebhookRetriesPoliciesValue | CallRequestWebhookRetriesPoliciesValueParam
    ]
    """A map of event types to retry policies. Each retry policy contains an array of `retries_ms` specifying the delays between retry attempts in milliseconds. Maximum 5 retries, total delay cannot exceed 60 seconds."""

    webhook_url: str
    """Use this field to override the URL for which Telnyx will send subsequent webhooks to for this call."""

    webhook_url_method: Literal["POST", "GET"]
    """HTTP request type used for `webhook_url`. Allowed values: `"POST"`, `"GET"`. Default: `"POST"`."""

    webhook_urls: Mapping[str, str]
    """A map of event types to webhook URLs. When an event of the specified type occurs, the webhook URL associated with that event type will be called instead of the default webhook URL. Events not mapped here will use the default webhook URL."""

    webhook_urls_method: Literal["POST", "GET"]
    """HTTP request method to invoke `webhook_urls`. Allowed values: `"POST"`, `"GET"`. Default: `"POST"`."""
