"""`CallRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal, TypeAlias
from uuid import UUID

from pydantic import AnyUrl, Field

from telnyx_voice._models import BaseModel, LenientEnum
from telnyx_voice.types.models.call_assistant_request import CallAssistantRequest
from telnyx_voice.types.models.conversation_relay_embedded_config import (
    ConversationRelayEmbeddedConfig,
)
from telnyx_voice.types.models.custom_sip_header import CustomSipHeader
from telnyx_voice.types.models.dialogflow_config import DialogflowConfig
from telnyx_voice.types.models.sip_header import SipHeader
from telnyx_voice.types.models.sound_modifications import SoundModifications
from telnyx_voice.types.models.stream_bidirectional_codec import (
    StreamBidirectionalCodec,
    StreamBidirectionalCodecLike,
)
from telnyx_voice.types.models.stream_bidirectional_mode import (
    StreamBidirectionalMode,
    StreamBidirectionalModeLike,
)
from telnyx_voice.types.models.stream_bidirectional_sampling_rate import (
    StreamBidirectionalSamplingRate,
    StreamBidirectionalSamplingRateLike,
)
from telnyx_voice.types.models.stream_bidirectional_target_legs import (
    StreamBidirectionalTargetLegs,
    StreamBidirectionalTargetLegsLike,
)
from telnyx_voice.types.models.stream_codec import StreamCodec, StreamCodecLike
from telnyx_voice.types.models.transcription_start_request import TranscriptionStartRequest


class CallRequestAnsweringMachineDetection(LenientEnum):
    """
    Enables Answering Machine Detection. Telnyx offers Premium and Standard detections. With Premium detection, when a call is answered, Telnyx runs real-time detection and sends a `call.machine.premium.detection.ended` webhook with one of the following results: `human_residence`, `human_business`, `machine`, `silence` or `fax_detected`. If we detect a beep, we also send a `call.machine.premium.greeting.ended` webhook with the result of `beep_detected`. If we detect a beep before `call.machine.premium.detection.ended` we only send `call.machine.premium.greeting.ended`, and if we detect a beep after `call.machine.premium.detection.ended`, we send both webhooks. With Standard detection, when a call is answered, Telnyx runs real-time detection to determine if it was picked up by a human or a machine and sends an `call.machine.detection.ended` webhook with the analysis result. If `greeting_end` or `detect_words` is used and a `machine` is detected, you will receive another `call.machine.greeting.ended` webhook when the answering machine greeting ends with a beep or silence. If `detect_beep` is used, you will only receive `call.machine.greeting.ended` if a beep is detected.
    """

    PREMIUM = "premium"
    DETECT = "detect"
    DETECT_BEEP = "detect_beep"
    DETECT_WORDS = "detect_words"
    GREETING_END = "greeting_end"
    DISABLED = "disabled"


class CallRequestConferenceConfigBeepEnabled(LenientEnum):
    """
    Whether a beep sound should be played when the participant joins and/or leaves the conference. Can be used to override the conference-level setting.
    """

    ALWAYS = "always"
    NEVER = "never"
    ON_ENTER = "on_enter"
    ON_EXIT = "on_exit"


class CallRequestConferenceConfigSupervisorRole(LenientEnum):
    """
    Sets the joining participant as a supervisor for the conference. A conference can have multiple supervisors. "barge" means the supervisor enters the conference as a normal participant. This is the same as "none". "monitor" means the supervisor is muted but can hear all participants. "whisper" means that only the specified "whisper_call_control_ids" can hear the supervisor. Defaults to "none".
    """

    BARGE = "barge"
    MONITOR = "monitor"
    NONE = "none"
    WHISPER = "whisper"


class CallRequestMediaEncryption(LenientEnum):
    """
    Defines whether media should be encrypted on the call. For SIP URI destinations, media encryption can also be requested per endpoint with the `secure` URI parameter: `;secure=true` or `;secure=srtp` enables SRTP, and `;secure=dtls` enables DTLS. This parameter, when set to `SRTP` or `DTLS`, takes precedence over the per-endpoint `secure` value.
    """

    DISABLED = "disabled"
    SRTP = "SRTP"
    DTLS = "DTLS"


class CallRequestPrivacy(LenientEnum):
    """
    Indicates the privacy level to be used for the call. When set to `id`, caller ID information (name and number) will be hidden from the called party. When set to `none` or omitted, caller ID will be shown normally.
    """

    ID = "id"
    NONE = "none"


class CallRequestRecord(LenientEnum):
    """
    Start recording automatically after an event. Disabled by default.
    """

    RECORD_FROM_ANSWER = "record-from-answer"


class CallRequestRecordChannels(LenientEnum):
    """
    Defines which channel should be recorded ('single' or 'dual') when `record` is specified.
    """

    SINGLE = "single"
    DUAL = "dual"


class CallRequestRecordFormat(LenientEnum):
    """
    Defines the format of the recording ('wav' or 'mp3') when `record` is specified.
    """

    WAV = "wav"
    MP3 = "mp3"


class CallRequestRecordTrack(LenientEnum):
    """
    The audio track to be recorded. Can be either `both`, `inbound` or `outbound`. If only single track is specified (`inbound`, `outbound`), `channels` configuration is ignored and it will be recorded as mono (single channel).
    """

    BOTH = "both"
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class CallRequestRecordTrim(LenientEnum):
    """
    When set to `trim-silence`, silence will be removed from the beginning and end of the recording.
    """

    TRIM_SILENCE = "trim-silence"


class CallRequestSipRegion(LenientEnum):
    """
    Defines the SIP region to be used for the call.
    """

    US = "US"
    EUROPE = "Europe"
    CANADA = "Canada"
    AUSTRALIA = "Australia"
    MIDDLE_EAST = "Middle East"


class CallRequestSipTransportProtocol(LenientEnum):
    """
    Defines SIP transport protocol to be used on the call.
    """

    UDP = "UDP"
    TCP = "TCP"
    TLS = "TLS"


class CallRequestStreamTrack(LenientEnum):
    """
    Specifies which track should be streamed.
    """

    INBOUND_TRACK = "inbound_track"
    OUTBOUND_TRACK = "outbound_track"
    BOTH_TRACKS = "both_tracks"


class CallRequestSupervisorRole(LenientEnum):
    """
    The role of the supervisor call. 'barge' means that supervisor call hears and is being heard by both ends of the call (caller & callee). 'whisper' means that only supervised_call_control_id hears supervisor but supervisor can hear everything. 'monitor' means that nobody can hear supervisor call, but supervisor can hear everything on the call.
    """

    BARGE = "barge"
    WHISPER = "whisper"
    MONITOR = "monitor"


class CallRequestWebhookUrlMethod(LenientEnum):
    """
    HTTP request type used for `webhook_url`.
    """

    POST = "POST"
    GET = "GET"


class CallRequestWebhookUrlsMethod(LenientEnum):
    """
    HTTP request method to invoke `webhook_urls`.
    """

    POST = "POST"
    GET = "GET"


if TYPE_CHECKING:
    CallRequestAnsweringMachineDetectionLike: TypeAlias = (
        CallRequestAnsweringMachineDetection
        | Literal["premium", "detect", "detect_beep", "detect_words", "greeting_end", "disabled"]
    )
    CallRequestConferenceConfigBeepEnabledLike: TypeAlias = (
        CallRequestConferenceConfigBeepEnabled | Literal["always", "never", "on_enter", "on_exit"]
    )
    CallRequestConferenceConfigSupervisorRoleLike: TypeAlias = (
        CallRequestConferenceConfigSupervisorRole | Literal["barge", "monitor", "none", "whisper"]
    )
    CallRequestMediaEncryptionLike: TypeAlias = (
        CallRequestMediaEncryption | Literal["disabled", "SRTP", "DTLS"]
    )
    CallRequestPrivacyLike: TypeAlias = CallRequestPrivacy | Literal["id", "none"]
    CallRequestRecordChannelsLike: TypeAlias = CallRequestRecordChannels | Literal["single", "dual"]
    CallRequestRecordFormatLike: TypeAlias = CallRequestRecordFormat | Literal["wav", "mp3"]
    CallRequestRecordLike: TypeAlias = CallRequestRecord | Literal["record-from-answer"]
    CallRequestRecordTrackLike: TypeAlias = (
        CallRequestRecordTrack | Literal["both", "inbound", "outbound"]
    )
    CallRequestRecordTrimLike: TypeAlias = CallRequestRecordTrim | Literal["trim-silence"]
    CallRequestSipRegionLike: TypeAlias = (
        CallRequestSipRegion | Literal["US", "Europe", "Canada", "Australia", "Middle East"]
    )
    CallRequestSipTransportProtocolLike: TypeAlias = (
        CallRequestSipTransportProtocol | Literal["UDP", "TCP", "TLS"]
    )
    CallRequestStreamTrackLike: TypeAlias = (
        CallRequestStreamTrack | Literal["inbound_track", "outbound_track", "both_tracks"]
    )
    CallRequestSupervisorRoleLike: TypeAlias = (
        CallRequestSupervisorRole | Literal["barge", "whisper", "monitor"]
    )
    CallRequestWebhookUrlMethodLike: TypeAlias = (
        CallRequestWebhookUrlMethod | Literal["POST", "GET"]
    )
    CallRequestWebhookUrlsMethodLike: TypeAlias = (
        CallRequestWebhookUrlsMethod | Literal["POST", "GET"]
    )
else:
    CallRequestAnsweringMachineDetectionLike = CallRequestAnsweringMachineDetection
    CallRequestConferenceConfigBeepEnabledLike = CallRequestConferenceConfigBeepEnabled
    CallRequestConferenceConfigSupervisorRoleLike = CallRequestConferenceConfigSupervisorRole
    CallRequestMediaEncryptionLike = CallRequestMediaEncryption
    CallRequestPrivacyLike = CallRequestPrivacy
    CallRequestRecordChannelsLike = CallRequestRecordChannels
    CallRequestRecordFormatLike = CallRequestRecordFormat
    CallRequestRecordLike = CallRequestRecord
    CallRequestRecordTrackLike = CallRequestRecordTrack
    CallRequestRecordTrimLike = CallRequestRecordTrim
    CallRequestSipRegionLike = CallRequestSipRegion
    CallRequestSipTransportProtocolLike = CallRequestSipTransportProtocol
    CallRequestStreamTrackLike = CallRequestStreamTrack
    CallRequestSupervisorRoleLike = CallRequestSupervisorRole
    CallRequestWebhookUrlMethodLike = CallRequestWebhookUrlMethod
    CallRequestWebhookUrlsMethodLike = CallRequestWebhookUrlsMethod


class CallRequest(BaseModel):
    answering_machine_detection: CallRequestAnsweringMachineDetectionLike | None = (
        CallRequestAnsweringMachineDetection.DISABLED
    )
    answering_machine_detection_config: CallRequestAnsweringMachineDetectionConfig | None = None
    assistant: CallAssistantRequest | None = None
    audio_url: str | None = None
    """
    The URL of a file to be played back to the callee when the call is answered. The URL can point to either a WAV or MP3 file. media_name and audio_url cannot be used together in one request.
    """
    billing_group_id: UUID | None = None
    """
    Use this field to set the Billing Group ID for the call. Must be a valid and existing Billing Group ID.
    """
    bridge_intent: bool = False
    """
    Indicates the intent to bridge this call with the call specified in link_to. When bridge_intent is true, link_to becomes required and the from number will be overwritten by the from number from the linked call.
    """
    bridge_on_answer: bool = False
    """
    Whether to automatically bridge answered call to the call specified in link_to. When bridge_on_answer is true, link_to becomes required.
    """
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore others Dial commands with the same `command_id`.
    """
    conference_config: CallRequestConferenceConfig | None = None
    connection_id: str
    """
    The ID of the Call Control App (formerly ID of the connection) to be used when dialing the destination.
    """
    conversation_relay_config: ConversationRelayEmbeddedConfig | None = None
    custom_headers: list[CustomSipHeader] | None = None
    """
    Custom headers to be added to the SIP INVITE.
    """
    deepfake_detection: CallRequestDeepfakeDetection | None = None
    dialogflow_config: DialogflowConfig | None = None
    enable_dialogflow: bool = False
    """
    Enables Dialogflow for the current call. The default value is false.
    """
    from_: Annotated[str, Field(alias="from")]
    """
    The `from` number to be used as the caller id presented to the destination (`to` number). The number should be in +E164 format.
    """
    from_display_name: str | None = None
    """
    The `from_display_name` string to be used as the caller id name (SIP From Display Name) presented to the destination (`to` number). The string should have a maximum of 128 characters, containing only letters, numbers, spaces, and -_~!.+ special characters. If ommited, the display name will be the same as the number in the `from` field.
    """
    link_to: str | None = None
    """
    Use another call's control id for sharing the same call session id
    """
    media_encryption: CallRequestMediaEncryptionLike | None = CallRequestMediaEncryption.DISABLED
    media_name: str | None = None
    """
    The media_name of a file to be played back to the callee when the call is answered. The media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization. The file must either be a WAV or MP3 file.
    """
    park_after_unbridge: str | None = None
    """
    If supplied with the value `self`, the current leg will be parked after unbridge. If not set, the default behavior is to hang up the leg. When park_after_unbridge is set, link_to becomes required.
    """
    preferred_codecs: str | None = None
    """
    The list of comma-separated codecs in a preferred order for the forked media to be received.
    """
    prevent_double_bridge: bool = False
    """
    Prevents bridging and hangs up the call if the target is already bridged. Disabled by default.
    """
    privacy: CallRequestPrivacyLike | None = None
    record: CallRequestRecordLike | None = None
    record_channels: CallRequestRecordChannelsLike | None = CallRequestRecordChannels.DUAL
    record_custom_file_name: Annotated[str | None, Field(max_length=40, min_length=1)] = None
    """
    The custom recording file name to be used instead of the default `call_leg_id`. Telnyx will still add a Unix timestamp suffix.
    """
    record_format: CallRequestRecordFormatLike | None = CallRequestRecordFormat.MP3
    record_max_length: int = 0
    """
    Defines the maximum length for the recording in seconds when `record` is specified. The minimum value is 0. The maximum value is 43200. The default value is 0 (infinite).
    """
    record_timeout_secs: int = 0
    """
    The number of seconds that Telnyx will wait for the recording to be stopped if silence is detected when `record` is specified. The timer only starts when the speech is detected. Please note that call transcription is used to detect silence and the related charge will be applied. The minimum value is 0. The default value is 0 (infinite).
    """
    record_track: CallRequestRecordTrackLike | None = CallRequestRecordTrack.BOTH
    record_trim: CallRequestRecordTrimLike | None = None
    retry_on_timeout: bool = True
    """
    Whether to keep trying the remaining routing paths (e.g. alternate providers/gateways) for the same destination after `timeout_secs` is reached for the current attempt. When set to `false`, reaching `timeout_secs` aborts the entire dial attempt and the `call.hangup` webhook reports a `hangup_cause` of `no_answer` instead of `timeout`.
    """
    send_digits_on_answer: str | None = None
    """
    DTMF digits to send automatically after the called party answers. Useful for reaching an extension behind an IVR (e.g. `"200"` to dial extension 200 once the called party picks up). Allowed characters: `0-9`, `A-D`, `w` (0.5s pause), `W` (1s pause), `*`, `#`. Maximum 64 characters. When omitted, no automatic DTMF is sent. May also be supplied inline by appending `,<digits>` to `to` (e.g. `to=+18004247767,200`); if both forms are present, this explicit field takes precedence.
    """
    send_silence_when_idle: bool = False
    """
    Generate silence RTP packets when no transmission available.
    """
    sip_auth_password: str | None = None
    """
    SIP Authentication password used for SIP challenges.
    """
    sip_auth_username: str | None = None
    """
    SIP Authentication username used for SIP challenges.
    """
    sip_headers: list[SipHeader] | None = None
    """
    SIP headers to be added to the SIP INVITE request. Currently only User-to-User header is supported.
    """
    sip_region: CallRequestSipRegionLike | None = CallRequestSipRegion.US
    sip_transport_protocol: CallRequestSipTransportProtocolLike | None = (
        CallRequestSipTransportProtocol.UDP
    )
    sound_modifications: SoundModifications | None = None
    stream_auth_token: Annotated[str | None, Field(max_length=4000)] = None
    """
    An authentication token to be sent as part of the WebSocket connection when using streaming. Maximum length is 4000 characters.
    """
    stream_bidirectional_codec: StreamBidirectionalCodecLike | None = StreamBidirectionalCodec.PCMU
    stream_bidirectional_mode: StreamBidirectionalModeLike | None = StreamBidirectionalMode.MP3
    stream_bidirectional_sampling_rate: StreamBidirectionalSamplingRateLike | None = (
        StreamBidirectionalSamplingRate.INTEGER_8000
    )
    stream_bidirectional_target_legs: StreamBidirectionalTargetLegsLike | None = (
        StreamBidirectionalTargetLegs.OPPOSITE
    )
    stream_codec: StreamCodecLike | None = StreamCodec.DEFAULT
    stream_establish_before_call_originate: bool = False
    """
    Establish websocket connection before dialing the destination. This is useful for cases where the websocket connection takes a long time to establish.
    """
    stream_track: CallRequestStreamTrackLike | None = CallRequestStreamTrack.INBOUND_TRACK
    stream_url: str | None = None
    """
    The destination WebSocket address where the stream is going to be delivered.
    """
    supervise_call_control_id: str | None = None
    """
    The call leg which will be supervised by the new call.
    """
    supervisor_role: CallRequestSupervisorRoleLike | None = CallRequestSupervisorRole.BARGE
    time_limit_secs: Annotated[int, Field(ge=30, le=14400)] = 14400
    """
    Sets the maximum duration of a Call Control Leg in seconds. If the time limit is reached, the call will hangup and a `call.hangup` webhook with a `hangup_cause` of `time_limit` will be sent. For example, by setting a time limit of 120 seconds, a Call Leg will be automatically terminated two minutes after being answered. The default time limit is 14400 seconds or 4 hours and this is also the maximum allowed call length.
    """
    timeout_secs: int = 30
    """
    The number of seconds that Telnyx will wait for the call to be answered by the destination to which it is being called. If the timeout is reached before an answer is received, the call will hangup and a `call.hangup` webhook with a `hangup_cause` of `timeout` will be sent. Minimum value is 5 seconds. Maximum value is 600 seconds.
    """
    to: str | list[str]
    """
    The DID or SIP URI to dial out to. Multiple DID or SIP URIs can be provided using an array of strings. For SIP URI destinations, append `;secure=true` or `;secure=srtp` to enable SRTP media encryption for that endpoint, or `;secure=dtls` to enable DTLS media encryption for that endpoint. If `media_encryption` is set to `SRTP` or `DTLS`, it takes precedence over any per-endpoint `secure` URI parameter. For a single string destination, you may append a comma followed by DTMF digits (e.g. `+18004247767,200`) to play those digits as DTMF once the called party answers — equivalent to setting `send_digits_on_answer` separately. If both are present, the explicit `send_digits_on_answer` parameter takes precedence. This shorthand is not supported when `to` is an array.
    """
    transcription: bool = False
    """
    Enable transcription upon call answer. The default value is false.
    """
    transcription_config: TranscriptionStartRequest | None = None
    webhook_retries_policies: dict[str, CallRequestWebhookRetriesPoliciesValue] | None = None
    """
    A map of event types to retry policies. Each retry policy contains an array of `retries_ms` specifying the delays between retry attempts in milliseconds. Maximum 5 retries, total delay cannot exceed 60 seconds.
    """
    webhook_url: str | None = None
    """
    Use this field to override the URL for which Telnyx will send subsequent webhooks to for this call.
    """
    webhook_url_method: CallRequestWebhookUrlMethodLike | None = CallRequestWebhookUrlMethod.POST
    webhook_urls: dict[str, AnyUrl] | None = None
    """
    A map of event types to webhook URLs. When an event of the specified type occurs, the webhook URL associated with that event type will be called instead of the default webhook URL. Events not mapped here will use the default webhook URL.
    """
    webhook_urls_method: CallRequestWebhookUrlsMethodLike | None = CallRequestWebhookUrlsMethod.POST


class CallRequestAnsweringMachineDetectionConfig(BaseModel):
    """
    Optional configuration parameters to modify 'answering_machine_detection' performance. Only `total_analysis_time_millis` and `greeting_duration_millis` parameters are applicable when `premium` is selected as answering_machine_detection.
    """

    after_greeting_silence_millis: int = 800
    """
    Silence duration threshold after a greeting message or voice for it be considered human.
    """
    between_words_silence_millis: int = 50
    """
    Maximum threshold for silence between words.
    """
    greeting_duration_millis: int = 3500
    """
    Maximum threshold of a human greeting. If greeting longer than this value, considered machine.
    """
    greeting_silence_duration_millis: int = 1500
    """
    If machine already detected, maximum threshold for silence between words. If exceeded, the greeting is considered ended.
    """
    greeting_total_analysis_time_millis: int = 5000
    """
    If machine already detected, maximum timeout threshold to determine the end of the machine greeting.
    """
    initial_silence_millis: int = 3500
    """
    If initial silence duration is greater than this value, consider it a machine.
    """
    maximum_number_of_words: int = 5
    """
    If number of detected words is greater than this value, consder it a machine.
    """
    maximum_word_length_millis: int = 3500
    """
    If a single word lasts longer than this threshold, consider it a machine.
    """
    silence_threshold: int = 256
    """
    Minimum noise threshold for any analysis.
    """
    total_analysis_time_millis: int = 3500
    """
    Maximum timeout threshold for overall detection.
    """


class CallRequestConferenceConfig(BaseModel):
    """
    Optional configuration parameters to dial new participant into a conference.
    """

    beep_enabled: CallRequestConferenceConfigBeepEnabledLike | None = None
    conference_name: str | None = None
    """
    Conference name to be joined
    """
    early_media: bool = True
    """
    Controls the moment when dialled call is joined into conference. If set to `true` user will be joined as soon as media is available (ringback). If `false` user will be joined when call is answered. Defaults to `true`
    """
    end_conference_on_exit: bool | None = None
    """
    Whether the conference should end and all remaining participants be hung up after the participant leaves the conference. Defaults to "false".
    """
    hold: bool | None = None
    """
    Whether the participant should be put on hold immediately after joining the conference. Defaults to "false".
    """
    hold_audio_url: str | None = None
    """
    The URL of a file to be played to the participant when they are put on hold after joining the conference. hold_media_name and hold_audio_url cannot be used together in one request. Takes effect only when "start_conference_on_create" is set to "false". This property takes effect only if "hold" is set to "true".
    """
    hold_media_name: str | None = None
    """
    The media_name of a file to be played to the participant when they are put on hold after joining the conference. The media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization. The file must either be a WAV or MP3 file. Takes effect only when "start_conference_on_create" is set to "false". This property takes effect only if "hold" is set to "true".
    """
    id: UUID | None = None
    """
    Conference ID to be joined
    """
    mute: bool | None = None
    """
    Whether the participant should be muted immediately after joining the conference. Defaults to "false".
    """
    soft_end_conference_on_exit: bool | None = None
    """
    Whether the conference should end after the participant leaves the conference. NOTE this doesn't hang up the other participants. Defaults to "false".
    """
    start_conference_on_create: bool | None = None
    """
    Whether the conference should be started on creation. If the conference isn't started all participants that join are automatically put on hold. Defaults to "true".
    """
    start_conference_on_enter: bool | None = None
    """
    Whether the conference should be started after the participant joins the conference. Defaults to "false".
    """
    supervisor_role: CallRequestConferenceConfigSupervisorRoleLike | None = None
    whisper_call_control_ids: list[str] | None = None
    """
    Array of unique call_control_ids the joining supervisor can whisper to. If none provided, the supervisor will join the conference as a monitoring participant only.
    """


class CallRequestDeepfakeDetection(BaseModel):
    """
    Enables deepfake detection on the call. When enabled, audio from the remote party is streamed to a detection service that analyzes whether the voice is AI-generated. Results are delivered via the `call.deepfake_detection.result` webhook.
    """

    enabled: bool
    """
    Whether deepfake detection is enabled.
    """
    rtp_timeout: Annotated[int, Field(ge=5, le=120)] = 30
    """
    Maximum time in seconds to wait for RTP audio before timing out. If no audio is received within this window, detection stops with an error.
    """
    timeout: Annotated[int, Field(ge=5, le=60)] = 15
    """
    Maximum time in seconds to wait for a detection result before timing out.
    """


class CallRequestWebhookRetriesPoliciesValue(BaseModel):
    retries_ms: Annotated[list[int] | None, Field(max_length=5)] = None
    """
    Array of delays in milliseconds between retry attempts. Total sum cannot exceed 60000ms.
    """
