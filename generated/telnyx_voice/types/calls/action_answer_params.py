"""`ActionAnswerParams`: the keyword arguments of `client.calls.actions.answer`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.calls.actions.answer(call_control_id, **params)` works as with `telnyx`.
"""

from collections.abc import Mapping, Sequence
from typing import Literal

from typing_extensions import TypedDict

from telnyx_voice.types.models import (
    AnswerRequestDeepfakeDetection,
    AnswerRequestWebhookRetriesPoliciesValue,
    CallAssistantRequest,
    ConversationRelayEmbeddedConfig,
    CustomSipHeader,
    SipHeader,
    SoundModifications,
    TranscriptionStartRequest,
)
from telnyx_voice.types.params import (
    AnswerRequestDeepfakeDetectionParam,
    AnswerRequestWebhookRetriesPoliciesValueParam,
    CallAssistantRequestParam,
    ConversationRelayEmbeddedConfigParam,
    CustomSipHeaderParam,
    SipHeaderParam,
    SoundModificationsParam,
    TranscriptionStartRequestParam,
)

__all__ = ["ActionAnswerParams"]


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
