"""`CallStreamingFailedEvent` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from pydantic import AwareDatetime

from telnyx_voice._models import BaseModel, LenientEnum, WebhookEventModel


class CallStreamingFailedPayloadStreamParamsTrack(LenientEnum):
    """
    Specifies which track should be streamed.
    """

    INBOUND_TRACK = "inbound_track"
    OUTBOUND_TRACK = "outbound_track"
    BOTH_TRACKS = "both_tracks"


class CallStreamingFailedPayloadStreamType(LenientEnum):
    """
    The type of stream connection the stream is performing.
    """

    WEBSOCKET = "websocket"
    DIALOGFLOW = "dialogflow"


class CallStreamingFailedRecordType(LenientEnum):
    """
    Identifies the resource.
    """

    EVENT = "event"


class CallStreamingFailed(BaseModel):
    event_type: Literal["streaming.failed"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallStreamingFailedPayload | None = None
    record_type: CallStreamingFailedRecordType | None = None


class CallStreamingFailedEvent(WebhookEventModel):
    data: CallStreamingFailed | None = None


class CallStreamingFailedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    failure_reason: str | None = None
    """
    A short description explaning why the media streaming failed.
    """
    stream_id: UUID | None = None
    """
    Identifies the streaming.
    """
    stream_params: CallStreamingFailedPayloadStreamParams | None = None
    stream_type: CallStreamingFailedPayloadStreamType | None = None


class CallStreamingFailedPayloadStreamParams(BaseModel):
    """
    Streaming parameters as they were originally given to the Call Control API.
    """

    stream_url: str | None = None
    """
    The destination WebSocket address where the stream is going to be delivered.
    """
    track: CallStreamingFailedPayloadStreamParamsTrack | None = (
        CallStreamingFailedPayloadStreamParamsTrack.INBOUND_TRACK
    )
