"""Pydantic v2 models of the media streaming frames (spec/media-streaming.yaml), by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field

from telnyx_voice._models import LenientEnum
from telnyx_voice.media_streaming._base import FrameModel, MediaFrameBase


class MediaPayloadTrack(LenientEnum):
    """
    `inbound`: audio from the call's party to Telnyx; `outbound`: audio Telnyx plays to the party (with `stream_track` `both_tracks`).
    """

    INBOUND = "inbound"
    OUTBOUND = "outbound"


class ClearFrame(FrameModel):
    """
    Stops the audio playing now and drops the queued audio.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    event: Literal["clear"]


class ConnectedFrame(FrameModel):
    """
    The first frame on a new stream socket. With `stream_auth_token` set on the command, the token arrives as `x-telnyx-streaming-auth-token`, in this frame and as an HTTP header of the WebSocket upgrade request.
    """

    event: Literal["connected"]
    version: str | None = None
    """
    Version of the streaming protocol, e.g. `1.0.0`.
    """
    x_telnyx_streaming_auth_token: Annotated[
        str | None, Field(alias="x-telnyx-streaming-auth-token")
    ] = None
    """
    The command's `stream_auth_token`, when one was given.
    """


class DtmfFrame(FrameModel):
    """
    A DTMF digit the caller pressed.
    """

    dtmf: DtmfFrameDtmf
    event: Literal["dtmf"]
    sequence_number: Annotated[str | None, Field(pattern="^[0-9]+$")] = None
    """
    Position of the frame in the stream, counted over all frames from 1, as a string of digits (not a JSON number).
    """
    stream_id: str | None = None
    """
    The stream's id (a UUID), the `stream_id` of `streaming.started` webhooks.
    """


class DtmfFrameDtmf(FrameModel):
    digit: str
    """
    One of `0`-`9`, `*`, `#`, `A`-`D`.
    """


class ErrorFrame(FrameModel):
    """
    Telnyx could not use a frame the app sent (e.g. malformed JSON, invalid media, rate limit exceeded); the stream goes on.
    """

    event: Literal["error"]
    payload: ErrorFramePayload
    sequence_number: Annotated[str | None, Field(pattern="^[0-9]+$")] = None
    """
    Position of the frame in the stream, counted over all frames from 1, as a string of digits (not a JSON number).
    """
    stream_id: str | None = None
    """
    The stream's id (a UUID), the `stream_id` of `streaming.started` webhooks.
    """


class ErrorFramePayload(FrameModel):
    code: int | None = None
    """
    Telnyx's numeric error code, e.g. 100003.
    """
    detail: str | None = None
    """
    What was wrong, in words.
    """
    title: str | None = None
    """
    Short name of the error, e.g. `Malformed frame`.
    """


class Mark(FrameModel):
    name: Annotated[str, Field(min_length=1)]
    """
    The app's name for this point in its audio.
    """


class MarkFrame(FrameModel):
    """
    Sent when the audio the app sent before its `mark` frame of the same `name` has been played (bidirectional streaming).
    """

    event: Literal["mark"]
    mark: Mark
    sequence_number: Annotated[str | None, Field(pattern="^[0-9]+$")] = None
    """
    Position of the frame in the stream, counted over all frames from 1, as a string of digits (not a JSON number).
    """
    stream_id: str | None = None
    """
    The stream's id (a UUID), the `stream_id` of `streaming.started` webhooks.
    """


class MediaFormat(FrameModel):
    """
    The audio of the stream's `media` frames.
    """

    channels: int | None = None
    """
    Number of audio channels (1).
    """
    encoding: str | None = None
    """
    The codec of each `media.payload`: `PCMU`, `PCMA`, `G722`, `OPUS`, `AMR-WB` or `L16` (the `stream_codec` of the command, or the call's codec). L16 is big-endian.
    """
    sample_rate: int | None = None
    """
    Samples per second (Hz), e.g. 8000 or 16000.
    """


class MediaFrame(MediaFrameBase):
    """
    A chunk of the call's audio. Frames may arrive out of order: `sequence_number` (a string of digits, counted over all frames of the stream) gives the order.
    """

    event: Literal["media"]
    media: MediaPayload
    sequence_number: Annotated[str | None, Field(pattern="^[0-9]+$")] = None
    """
    Position of the frame in the stream, counted over all frames from 1, as a string of digits (not a JSON number).
    """
    stream_id: str | None = None
    """
    The stream's id (a UUID), the `stream_id` of `streaming.started` webhooks.
    """


class MediaPayload(FrameModel):
    """
    The `media` object of a `media` frame.
    """

    chunk: str | None = None
    """
    Number of this chunk within its track (a string of digits, from 1).
    """
    payload: Annotated[str, Field(json_schema_extra={"contentEncoding": "base64"})]
    """
    Base64 of the RTP payload (no RTP header), in `media_format.encoding` at `media_format.sample_rate`.
    """
    timestamp: str | None = None
    """
    Milliseconds from the start of the stream (a string of digits).
    """
    track: MediaPayloadTrack | None = None


class OutboundMarkFrame(FrameModel):
    """
    Asks Telnyx to send a `mark` frame with this `name` back once the audio sent before it has played.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    event: Literal["mark"]
    mark: Mark


class OutboundMediaFrame(FrameModel):
    """
    Audio for Telnyx to play into the call. With `stream_bidirectional_mode` `mp3` (the default) the payload is base64 MP3, queued, at most one frame per second; with `rtp` it is base64 audio in `stream_bidirectional_codec` (default PCMU) at `stream_bidirectional_sampling_rate`, chunks of 20 ms to 30 s.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    event: Literal["media"]
    media: OutboundMediaFrameMedia


class OutboundMediaFrameMedia(FrameModel):
    payload: Annotated[str, Field(json_schema_extra={"contentEncoding": "base64"})]
    """
    Base64 of the audio (no RTP header).
    """


class StartFrame(FrameModel):
    """
    Sent once, after `connected`, before any media. `sequence_number` and `stream_id` are top-level fields of the frame, not members of `start`.
    """

    event: Literal["start"]
    sequence_number: Annotated[str | None, Field(pattern="^[0-9]+$")] = None
    """
    Position of the frame in the stream, counted over all frames from 1, as a string of digits (not a JSON number).
    """
    start: StartMetadata
    stream_id: str | None = None
    """
    The stream's id (a UUID), the `stream_id` of `streaming.started` webhooks.
    """


class StartMetadata(FrameModel):
    """
    The `start` object of a `start` frame (the call the stream belongs to).
    """

    call_control_id: str | None = None
    """
    The call's `call_control_id`, as in webhooks and call commands.
    """
    call_session_id: str | None = None
    client_state: str | None = None
    """
    The base64 `client_state` of the command that started the stream.
    """
    custom_parameters: dict[str, Any] | None = None
    """
    The `custom_parameters` given when the stream was started (name -> value).
    """
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    The calling party (E.164 number or SIP URI).
    """
    media_format: MediaFormat | None = None
    tags: list[str] | None = None
    to: str | None = None
    """
    The called party (E.164 number or SIP URI).
    """
    user_id: str | None = None
    """
    The Telnyx user (account) id.
    """


class StopFrame(FrameModel):
    """
    The last frame (the stream has ended; the socket closes after it).
    """

    event: Literal["stop"]
    sequence_number: Annotated[str | None, Field(pattern="^[0-9]+$")] = None
    """
    Position of the frame in the stream, counted over all frames from 1, as a string of digits (not a JSON number).
    """
    stop: StopFrameStop | None = None
    stream_id: str | None = None
    """
    The stream's id (a UUID), the `stream_id` of `streaming.started` webhooks.
    """


class StopFrameStop(FrameModel):
    call_control_id: str | None = None
    user_id: str | None = None
