"""`AnswerRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

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
from telnyx_voice.types.models.stream_bidirectional_target_legs import (
    StreamBidirectionalTargetLegs,
    StreamBidirectionalTargetLegsLike,
)
from telnyx_voice.types.models.stream_codec import StreamCodec, StreamCodecLike
from telnyx_voice.types.models.transcription_start_request import TranscriptionStartRequest


class AnswerRequestPreferredCodecs(LenientEnum):
    """
    The list of comma-separated codecs in a preferred order for the forked media to be received.
    """

    G722_PCMU_PCMA_G729_OPUS_VP8_H264 = "G722,PCMU,PCMA,G729,OPUS,VP8,H264"


class AnswerRequestRecord(LenientEnum):
    """
    Start recording automatically after an event. Disabled by default.
    """

    RECORD_FROM_ANSWER = "record-from-answer"


class AnswerRequestRecordChannels(LenientEnum):
    """
    Defines which channel should be recorded ('single' or 'dual') when `record` is specified.
    """

    SINGLE = "single"
    DUAL = "dual"


class AnswerRequestRecordFormat(LenientEnum):
    """
    Defines the format of the recording ('wav' or 'mp3') when `record` is specified.
    """

    WAV = "wav"
    MP3 = "mp3"


class AnswerRequestRecordTrack(LenientEnum):
    """
    The audio track to be recorded. Can be either `both`, `inbound` or `outbound`. If only single track is specified (`inbound`, `outbound`), `channels` configuration is ignored and it will be recorded as mono (single channel).
    """

    BOTH = "both"
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class AnswerRequestRecordTrim(LenientEnum):
    """
    When set to `trim-silence`, silence will be removed from the beginning and end of the recording.
    """

    TRIM_SILENCE = "trim-silence"


class AnswerRequestStreamTrack(LenientEnum):
    """
    Specifies which track should be streamed.
    """

    INBOUND_TRACK = "inbound_track"
    OUTBOUND_TRACK = "outbound_track"
    BOTH_TRACKS = "both_tracks"


class AnswerRequestWebhookUrlMethod(LenientEnum):
    """
    HTTP request type used for `webhook_url`.
    """

    POST = "POST"
    GET = "GET"


class AnswerRequestWebhookUrlsMethod(LenientEnum):
    """
    HTTP request method to invoke `webhook_urls`.
    """

    POST = "POST"
    GET = "GET"


if TYPE_CHECKING:
    AnswerRequestPreferredCodecsLike: TypeAlias = (
        AnswerRequestPreferredCodecs | Literal["G722,PCMU,PCMA,G729,OPUS,VP8,H264"]
    )
    AnswerRequestRecordChannelsLike: TypeAlias = (
        AnswerRequestRecordChannels | Literal["single", "dual"]
    )
    AnswerRequestRecordFormatLike: TypeAlias = AnswerRequestRecordFormat | Literal["wav", "mp3"]
    AnswerRequestRecordLike: TypeAlias = AnswerRequestRecord | Literal["record-from-answer"]
    AnswerRequestRecordTrackLike: TypeAlias = (
        AnswerRequestRecordTrack | Literal["both", "inbound", "outbound"]
    )
    AnswerRequestRecordTrimLike: TypeAlias = AnswerRequestRecordTrim | Literal["trim-silence"]
    AnswerRequestStreamTrackLike: TypeAlias = (
        AnswerRequestStreamTrack | Literal["inbound_track", "outbound_track", "both_tracks"]
    )
    AnswerRequestWebhookUrlMethodLike: TypeAlias = (
        AnswerRequestWebhookUrlMethod | Literal["POST", "GET"]
    )
    AnswerRequestWebhookUrlsMethodLike: TypeAlias = (
        AnswerRequestWebhookUrlsMethod | Literal["POST", "GET"]
    )
else:
    AnswerRequestPreferredCodecsLike = AnswerRequestPreferredCodecs
    AnswerRequestRecordChannelsLike = AnswerRequestRecordChannels
    AnswerRequestRecordFormatLike = AnswerRequestRecordFormat
    AnswerRequestRecordLike = AnswerRequestRecord
    AnswerRequestRecordTrackLike = AnswerRequestRecordTrack
    AnswerRequestRecordTrimLike = AnswerRequestRecordTrim
    AnswerRequestStreamTrackLike = AnswerRequestStreamTrack
    AnswerRequestWebhookUrlMethodLike = AnswerRequestWebhookUrlMethod
    AnswerRequestWebhookUrlsMethodLike = AnswerRequestWebhookUrlsMethod


class AnswerRequest(BaseModel):
    assistant: CallAssistantRequest | None = None
    billing_group_id: UUID | None = None
    """
    Use this field to set the Billing Group ID for the call. Must be a valid and existing Billing Group ID.
    """
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    conversation_relay_config: ConversationRelayEmbeddedConfig | None = None
    custom_headers: list[CustomSipHeader] | None = None
    """
    Custom headers to be added to the SIP INVITE response.
    """
    deepfake_detection: AnswerRequestDeepfakeDetection | None = None
    preferred_codecs: AnswerRequestPreferredCodecsLike | None = None
    record: AnswerRequestRecordLike | None = None
    record_channels: AnswerRequestRecordChannelsLike | None = AnswerRequestRecordChannels.DUAL
    record_custom_file_name: Annotated[str | None, Field(max_length=40, min_length=1)] = None
    """
    The custom recording file name to be used instead of the default `call_leg_id`. Telnyx will still add a Unix timestamp suffix.
    """
    record_format: AnswerRequestRecordFormatLike | None = AnswerRequestRecordFormat.MP3
    record_max_length: int = 0
    """
    Defines the maximum length for the recording in seconds when `record` is specified. The minimum value is 0. The maximum value is 43200. The default value is 0 (infinite).
    """
    record_timeout_secs: int = 0
    """
    The number of seconds that Telnyx will wait for the recording to be stopped if silence is detected when `record` is specified. The timer only starts when the speech is detected. Please note that call transcription is used to detect silence and the related charge will be applied. The minimum value is 0. The default value is 0 (infinite).
    """
    record_track: AnswerRequestRecordTrackLike | None = AnswerRequestRecordTrack.BOTH
    record_trim: AnswerRequestRecordTrimLike | None = None
    send_silence_when_idle: bool = False
    """
    Generate silence RTP packets when no transmission available.
    """
    sip_headers: list[SipHeader] | None = None
    """
    SIP headers to be added to the SIP INVITE response. Currently only User-to-User header is supported.
    """
    sound_modifications: SoundModifications | None = None
    stream_bidirectional_codec: StreamBidirectionalCodecLike | None = StreamBidirectionalCodec.PCMU
    stream_bidirectional_mode: StreamBidirectionalModeLike | None = StreamBidirectionalMode.MP3
    stream_bidirectional_target_legs: StreamBidirectionalTargetLegsLike | None = (
        StreamBidirectionalTargetLegs.OPPOSITE
    )
    stream_codec: StreamCodecLike | None = StreamCodec.DEFAULT
    stream_track: AnswerRequestStreamTrackLike | None = AnswerRequestStreamTrack.INBOUND_TRACK
    stream_url: str | None = None
    """
    The destination WebSocket address where the stream is going to be delivered.
    """
    transcription: bool = False
    """
    Enable transcription upon call answer. The default value is false.
    """
    transcription_config: TranscriptionStartRequest | None = None
    webhook_retries_policies: dict[str, AnswerRequestWebhookRetriesPoliciesValue] | None = None
    """
    A map of event types to retry policies. Each retry policy contains an array of `retries_ms` specifying the delays between retry attempts in milliseconds. Maximum 5 retries, total delay cannot exceed 60 seconds.
    """
    webhook_url: str | None = None
    """
    Use this field to override the URL for which Telnyx will send subsequent webhooks to for this call.
    """
    webhook_url_method: AnswerRequestWebhookUrlMethodLike | None = (
        AnswerRequestWebhookUrlMethod.POST
    )
    webhook_urls: dict[str, AnyUrl] | None = None
    """
    A map of event types to webhook URLs. When an event of the specified type occurs, the webhook URL associated with that event type will be called instead of `webhook_url`. Events not mapped here will use the default `webhook_url`.
    """
    webhook_urls_method: AnswerRequestWebhookUrlsMethodLike | None = (
        AnswerRequestWebhookUrlsMethod.POST
    )


class AnswerRequestDeepfakeDetection(BaseModel):
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


class AnswerRequestWebhookRetriesPoliciesValue(BaseModel):
    retries_ms: Annotated[list[int] | None, Field(max_length=5)] = None
    """
    Array of delays in milliseconds between retry attempts. Total sum cannot exceed 60000ms.
    """
