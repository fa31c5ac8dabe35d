"""`ActionStartStreamingParams`: the keyword arguments of `client.calls.actions.start_streaming`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.calls.actions.start_streaming(call_control_id, **params)` works as with `telnyx`.
"""

from collections.abc import Sequence
from typing import Literal

from typing_extensions import TypedDict

from telnyx_voice.types.models import (
    DialogflowConfig,
    StartStreamingRequestCustomParametersItem,
)
from telnyx_voice.types.params import (
    DialogflowConfigParam,
    StartStreamingRequestCustomParametersItemParam,
)

__all__ = ["ActionStartStreamingParams"]


class ActionStartStreamingParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.start_streaming(call_control_id, **params)`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    custom_parameters: Sequence[
        StartStreamingRequestCustomParametersItem | StartStreamingRequestCustomParametersItemParam
    ]
    """Custom parameters to be sent as part of the WebSocket connection."""

    dialogflow_config: DialogflowConfig | DialogflowConfigParam
    """Dialogflow Config."""

    enable_dialogflow: bool
    """Enables Dialogflow for the current call. The default value is false. Default: `false`."""

    stream_auth_token: str
    """An authentication token to be sent as part of the WebSocket connection. Maximum length is 4000 characters."""

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

    stream_track: Literal["inbound_track", "outbound_track", "both_tracks"]
    """Specifies which track should be streamed. Allowed values: `"inbound_track"`, `"outbound_track"`, `"both_tracks"`. Default: `"inbound_track"`."""

    stream_url: str
    """The destination WebSocket address where the stream is going to be delivered."""
