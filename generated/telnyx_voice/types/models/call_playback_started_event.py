"""`CallPlaybackStartedEvent` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from pydantic import AwareDatetime

from telnyx_voice._models import BaseModel, LenientEnum, WebhookEventModel


class CallPlaybackStartedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallPlaybackStarted(BaseModel):
    event_type: Literal["call.playback.started"] | None = None
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
    payload: CallPlaybackStartedPayload | None = None
    record_type: CallPlaybackStartedRecordType | None = None


class CallPlaybackStartedEvent(WebhookEventModel):
    data: CallPlaybackStarted | None = None


class CallPlaybackStartedPayload(BaseModel):
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
    media_name: str | None = None
    """
    The name of the audio media file being played back, if media_name has been used to start.
    """
    media_url: str | None = None
    """
    The audio URL being played back, if audio_url has been used to start.
    """
    overlay: bool | None = None
    """
    Whether the audio is going to be played in overlay mode or not.
    """
