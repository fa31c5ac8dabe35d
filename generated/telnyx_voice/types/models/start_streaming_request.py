"""`StartStreamingRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal, TypeAlias

from pydantic import Field

from telnyx_voice._models import BaseModel, LenientEnum
from telnyx_voice.types.models.dialogflow_config import DialogflowConfig
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


class StartStreamingRequestStreamTrack(LenientEnum):
    """
    Specifies which track should be streamed.
    """

    INBOUND_TRACK = "inbound_track"
    OUTBOUND_TRACK = "outbound_track"
    BOTH_TRACKS = "both_tracks"


if TYPE_CHECKING:
    StartStreamingRequestStreamTrackLike: TypeAlias = (
        StartStreamingRequestStreamTrack | Literal["inbound_track", "outbound_track", "both_tracks"]
    )
else:
    StartStreamingRequestStreamTrackLike = StartStreamingRequestStreamTrack


class StartStreamingRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    custom_parameters: list[StartStreamingRequestCustomParametersItem] | None = None
    """
    Custom parameters to be sent as part of the WebSocket connection.
    """
    dialogflow_config: DialogflowConfig | None = None
    enable_dialogflow: bool = False
    """
    Enables Dialogflow for the current call. The default value is false.
    """
    stream_auth_token: Annotated[str | None, Field(max_length=4000)] = None
    """
    An authentication token to be sent as part of the WebSocket connection. Maximum length is 4000 characters.
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
    stream_track: StartStreamingRequestStreamTrackLike | None = (
        StartStreamingRequestStreamTrack.INBOUND_TRACK
    )
    stream_url: str | None = None
    """
    The destination WebSocket address where the stream is going to be delivered.
    """


class StartStreamingRequestCustomParametersItem(BaseModel):
    name: str | None = None
    """
    The name of the custom parameter.
    """
    value: str | None = None
    """
    The value of the custom parameter.
    """
