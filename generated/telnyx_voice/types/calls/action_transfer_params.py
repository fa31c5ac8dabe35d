"""`ActionTransferParams`: the keyword arguments of `client.calls.actions.transfer`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.calls.actions.transfer(call_control_id, **params)` works as with `telnyx`.
"""

from collections.abc import Mapping, Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from telnyx_voice.types.models import (
    CustomSipHeader,
    SipHeader,
    SoundModifications,
    TransferCallRequestAnsweringMachineDetectionConfig,
    TransferCallRequestWebhookRetriesPoliciesValue,
)
from telnyx_voice.types.params import (
    CustomSipHeaderParam,
    SipHeaderParam,
    SoundModificationsParam,
    TransferCallRequestAnsweringMachineDetectionConfigParam,
    TransferCallRequestWebhookRetriesPoliciesValueParam,
)

__all__ = ["ActionTransferParams"]


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
