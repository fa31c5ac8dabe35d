"""`TransferCallRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal, TypeAlias

from pydantic import AnyUrl, Field

from telnyx_voice._models import BaseModel, LenientEnum
from telnyx_voice.types.models.custom_sip_header import CustomSipHeader
from telnyx_voice.types.models.sip_header import SipHeader
from telnyx_voice.types.models.sound_modifications import SoundModifications


class TransferCallRequestAnsweringMachineDetection(LenientEnum):
    """
    Enables Answering Machine Detection. When a call is answered, Telnyx runs real-time detection to determine if it was picked up by a human or a machine and sends an `call.machine.detection.ended` webhook with the analysis result. If 'greeting_end' or 'detect_words' is used and a 'machine' is detected, you will receive another 'call.machine.greeting.ended' webhook when the answering machine greeting ends with a beep or silence. If `detect_beep` is used, you will only receive 'call.machine.greeting.ended' if a beep is detected.
    """

    PREMIUM = "premium"
    DETECT = "detect"
    DETECT_BEEP = "detect_beep"
    DETECT_WORDS = "detect_words"
    GREETING_END = "greeting_end"
    DISABLED = "disabled"


class TransferCallRequestMediaEncryption(LenientEnum):
    """
    Defines whether media should be encrypted on the new call leg. For SIP URI destinations, media encryption can also be requested per endpoint with the `secure` URI parameter: `;secure=true` or `;secure=srtp` enables SRTP, and `;secure=dtls` enables DTLS. This parameter, when set to `SRTP` or `DTLS`, takes precedence over the per-endpoint `secure` value.
    """

    DISABLED = "disabled"
    SRTP = "SRTP"
    DTLS = "DTLS"


class TransferCallRequestMuteDtmf(LenientEnum):
    """
    When enabled, DTMF tones are not passed to the call participant. The webhooks containing the DTMF information will be sent.
    """

    NONE = "none"
    BOTH = "both"
    SELF = "self"
    OPPOSITE = "opposite"


class TransferCallRequestPrivacy(LenientEnum):
    """
    Indicates the privacy level to be used for the call. When set to `id`, caller ID information (name and number) will be hidden from the called party. When set to `none` or omitted, caller ID will be shown normally.
    """

    ID = "id"
    NONE = "none"


class TransferCallRequestRecord(LenientEnum):
    """
    Start recording automatically after an event. Disabled by default.
    """

    RECORD_FROM_ANSWER = "record-from-answer"


class TransferCallRequestRecordChannels(LenientEnum):
    """
    Defines which channel should be recorded ('single' or 'dual') when `record` is specified.
    """

    SINGLE = "single"
    DUAL = "dual"


class TransferCallRequestRecordFormat(LenientEnum):
    """
    Defines the format of the recording ('wav' or 'mp3') when `record` is specified.
    """

    WAV = "wav"
    MP3 = "mp3"


class TransferCallRequestRecordTrack(LenientEnum):
    """
    The audio track to be recorded. Can be either `both`, `inbound` or `outbound`. If only single track is specified (`inbound`, `outbound`), `channels` configuration is ignored and it will be recorded as mono (single channel).
    """

    BOTH = "both"
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class TransferCallRequestRecordTrim(LenientEnum):
    """
    When set to `trim-silence`, silence will be removed from the beginning and end of the recording.
    """

    TRIM_SILENCE = "trim-silence"


class TransferCallRequestSipRegion(LenientEnum):
    """
    Defines the SIP region to be used for the call.
    """

    US = "US"
    EUROPE = "Europe"
    CANADA = "Canada"
    AUSTRALIA = "Australia"
    MIDDLE_EAST = "Middle East"


class TransferCallRequestSipTransportProtocol(LenientEnum):
    """
    Defines SIP transport protocol to be used on the call.
    """

    UDP = "UDP"
    TCP = "TCP"
    TLS = "TLS"


class TransferCallRequestWebhookUrlMethod(LenientEnum):
    """
    HTTP request type used for `webhook_url`.
    """

    POST = "POST"
    GET = "GET"


class TransferCallRequestWebhookUrlsMethod(LenientEnum):
    """
    HTTP request method to invoke `webhook_urls`.
    """

    POST = "POST"
    GET = "GET"


if TYPE_CHECKING:
    TransferCallRequestAnsweringMachineDetectionLike: TypeAlias = (
        TransferCallRequestAnsweringMachineDetection
        | Literal["premium", "detect", "detect_beep", "detect_words", "greeting_end", "disabled"]
    )
    TransferCallRequestMediaEncryptionLike: TypeAlias = (
        TransferCallRequestMediaEncryption | Literal["disabled", "SRTP", "DTLS"]
    )
    TransferCallRequestMuteDtmfLike: TypeAlias = (
        TransferCallRequestMuteDtmf | Literal["none", "both", "self", "opposite"]
    )
    TransferCallRequestPrivacyLike: TypeAlias = TransferCallRequestPrivacy | Literal["id", "none"]
    TransferCallRequestRecordChannelsLike: TypeAlias = (
        TransferCallRequestRecordChannels | Literal["single", "dual"]
    )
    TransferCallRequestRecordFormatLike: TypeAlias = (
        TransferCallRequestRecordFormat | Literal["wav", "mp3"]
    )
    TransferCallRequestRecordLike: TypeAlias = (
        TransferCallRequestRecord | Literal["record-from-answer"]
    )
    TransferCallRequestRecordTrackLike: TypeAlias = (
        TransferCallRequestRecordTrack | Literal["both", "inbound", "outbound"]
    )
    TransferCallRequestRecordTrimLike: TypeAlias = (
        TransferCallRequestRecordTrim | Literal["trim-silence"]
    )
    TransferCallRequestSipRegionLike: TypeAlias = (
        TransferCallRequestSipRegion | Literal["US", "Europe", "Canada", "Australia", "Middle East"]
    )
    TransferCallRequestSipTransportProtocolLike: TypeAlias = (
        TransferCallRequestSipTransportProtocol | Literal["UDP", "TCP", "TLS"]
    )
    TransferCallRequestWebhookUrlMethodLike: TypeAlias = (
        TransferCallRequestWebhookUrlMethod | Literal["POST", "GET"]
    )
    TransferCallRequestWebhookUrlsMethodLike: TypeAlias = (
        TransferCallRequestWebhookUrlsMethod | Literal["POST", "GET"]
    )
else:
    TransferCallRequestAnsweringMachineDetectionLike = TransferCallRequestAnsweringMachineDetection
    TransferCallRequestMediaEncryptionLike = TransferCallRequestMediaEncryption
    TransferCallRequestMuteDtmfLike = TransferCallRequestMuteDtmf
    TransferCallRequestPrivacyLike = TransferCallRequestPrivacy
    TransferCallRequestRecordChannelsLike = TransferCallRequestRecordChannels
    TransferCallRequestRecordFormatLike = TransferCallRequestRecordFormat
    TransferCallRequestRecordLike = TransferCallRequestRecord
    TransferCallRequestRecordTrackLike = TransferCallRequestRecordTrack
    TransferCallRequestRecordTrimLike = TransferCallRequestRecordTrim
    TransferCallRequestSipRegionLike = TransferCallRequestSipRegion
    TransferCallRequestSipTransportProtocolLike = TransferCallRequestSipTransportProtocol
    TransferCallRequestWebhookUrlMethodLike = TransferCallRequestWebhookUrlMethod
    TransferCallRequestWebhookUrlsMethodLike = TransferCallRequestWebhookUrlsMethod


class TransferCallRequest(BaseModel):
    answering_machine_detection: TransferCallRequestAnsweringMachineDetectionLike | None = (
        TransferCallRequestAnsweringMachineDetection.DISABLED
    )
    answering_machine_detection_config: (
        TransferCallRequestAnsweringMachineDetectionConfig | None
    ) = None
    audio_url: str | None = None
    """
    The URL of a file to be played back when the transfer destination answers before bridging the call. The URL can point to either a WAV or MP3 file. media_name and audio_url cannot be used together in one request.
    """
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    custom_headers: list[CustomSipHeader] | None = None
    """
    Custom headers to be added to the SIP INVITE.
    """
    early_media: bool = True
    """
    If set to false, early media will not be passed to the originating leg.
    """
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    The `from` number to be used as the caller id presented to the destination (`to` number). The number should be in +E164 format. This attribute will default to the `to` number of the original call if omitted.
    """
    from_display_name: str | None = None
    """
    The `from_display_name` string to be used as the caller id name (SIP From Display Name) presented to the destination (`to` number). The string should have a maximum of 128 characters, containing only letters, numbers, spaces, and -_~!.+ special characters. If ommited, the display name will be the same as the number in the `from` field.
    """
    media_encryption: TransferCallRequestMediaEncryptionLike | None = (
        TransferCallRequestMediaEncryption.DISABLED
    )
    media_name: str | None = None
    """
    The media_name of a file to be played back when the transfer destination answers before bridging the call. The media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization. The file must either be a WAV or MP3 file.
    """
    mute_dtmf: TransferCallRequestMuteDtmfLike | None = TransferCallRequestMuteDtmf.NONE
    park_after_unbridge: str | None = None
    """
    Specifies behavior after the bridge ends (i.e. the opposite leg either hangs up or is transferred). If supplied with the value `self`, the current leg will be parked after unbridge. If not set, the default behavior is to hang up the leg.
    """
    preferred_codecs: str | None = None
    """
    The list of comma-separated codecs in order of preference to be used during the call. The codecs supported are `G722`, `PCMU`, `PCMA`, `G729`, `OPUS`, `VP8`, `H264`, `AMR-WB`.
    """
    privacy: TransferCallRequestPrivacyLike | None = None
    record: TransferCallRequestRecordLike | None = None
    record_channels: TransferCallRequestRecordChannelsLike | None = (
        TransferCallRequestRecordChannels.DUAL
    )
    record_custom_file_name: Annotated[str | None, Field(max_length=40, min_length=1)] = None
    """
    The custom recording file name to be used instead of the default `call_leg_id`. Telnyx will still add a Unix timestamp suffix.
    """
    record_format: TransferCallRequestRecordFormatLike | None = TransferCallRequestRecordFormat.MP3
    record_max_length: int = 0
    """
    Defines the maximum length for the recording in seconds when `record` is specified. The minimum value is 0. The maximum value is 43200. The default value is 0 (infinite).
    """
    record_timeout_secs: int = 0
    """
    The number of seconds that Telnyx will wait for the recording to be stopped if silence is detected when `record` is specified. The timer only starts when the speech is detected. Please note that call transcription is used to detect silence and the related charge will be applied. The minimum value is 0. The default value is 0 (infinite).
    """
    record_track: TransferCallRequestRecordTrackLike | None = TransferCallRequestRecordTrack.BOTH
    record_trim: TransferCallRequestRecordTrimLike | None = None
    send_digits_on_answer: str | None = None
    """
    DTMF digits to send automatically after the transfer destination answers. Useful for reaching an extension behind an IVR (e.g. `"200"` to dial extension 200 once the called party picks up). Allowed characters: `0-9`, `A-D`, `w` (0.5s pause), `W` (1s pause), `*`, `#`. Maximum 64 characters. When omitted, no automatic DTMF is sent. May also be supplied inline by appending `,<digits>` to `to` (e.g. `to=+18004247767,200`); if both forms are present, this explicit field takes precedence.
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
    SIP headers to be added to the SIP INVITE. Currently only User-to-User header is supported.
    """
    sip_region: TransferCallRequestSipRegionLike | None = TransferCallRequestSipRegion.US
    sip_transport_protocol: TransferCallRequestSipTransportProtocolLike | None = (
        TransferCallRequestSipTransportProtocol.UDP
    )
    sound_modifications: SoundModifications | None = None
    target_leg_client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook for the new leg. It must be a valid Base-64 encoded string.
    """
    time_limit_secs: Annotated[int, Field(ge=30, le=14400)] = 14400
    """
    Sets the maximum duration of a Call Control Leg in seconds. If the time limit is reached, the call will hangup and a `call.hangup` webhook with a `hangup_cause` of `time_limit` will be sent. For example, by setting a time limit of 120 seconds, a Call Leg will be automatically terminated two minutes after being answered. The default time limit is 14400 seconds or 4 hours and this is also the maximum allowed call length.
    """
    timeout_secs: int = 30
    """
    The number of seconds that Telnyx will wait for the call to be answered by the destination to which it is being transferred. If the timeout is reached before an answer is received, the call will hangup and a `call.hangup` webhook with a `hangup_cause` of `timeout` will be sent. Minimum value is 5 seconds. Maximum value is 600 seconds.
    """
    to: str
    """
    The DID or SIP URI to dial out to. For SIP URI destinations, append `;secure=true` or `;secure=srtp` to enable SRTP media encryption for that endpoint, or `;secure=dtls` to enable DTLS media encryption for that endpoint. If `media_encryption` is set to `SRTP` or `DTLS`, it takes precedence over any per-endpoint `secure` URI parameter. You may also append a comma followed by DTMF digits (e.g. `+18004247767,200`) to play those digits as DTMF once the transfer destination answers — equivalent to setting `send_digits_on_answer` separately. If both are present, the explicit `send_digits_on_answer` parameter takes precedence.
    """
    webhook_retries_policies: dict[str, TransferCallRequestWebhookRetriesPoliciesValue] | None = (
        None
    )
    """
    A map of event types to retry policies. Each retry policy contains an array of `retries_ms` specifying the delays between retry attempts in milliseconds. Maximum 5 retries, total delay cannot exceed 60 seconds.
    """
    webhook_url: str | None = None
    """
    Use this field to override the URL for which Telnyx will send subsequent webhooks to for this call.
    """
    webhook_url_method: TransferCallRequestWebhookUrlMethodLike | None = (
        TransferCallRequestWebhookUrlMethod.POST
    )
    webhook_urls: dict[str, AnyUrl] | None = None
    """
    A map of event types to webhook URLs. When an event of the specified type occurs, the webhook URL associated with that event type will be called instead of `webhook_url`. Events not mapped here will use the default `webhook_url`.
    """
    webhook_urls_method: TransferCallRequestWebhookUrlsMethodLike | None = (
        TransferCallRequestWebhookUrlsMethod.POST
    )


class TransferCallRequestAnsweringMachineDetectionConfig(BaseModel):
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


class TransferCallRequestWebhookRetriesPoliciesValue(BaseModel):
    retries_ms: Annotated[list[int] | None, Field(max_length=5)] = None
    """
    Array of delays in milliseconds between retry attempts. Total sum cannot exceed 60000ms.
    """
