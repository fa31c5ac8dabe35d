"""`ConferencePlaybackEndedEvent` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from pydantic import AwareDatetime

from telnyx_voice._models import BaseModel, LenientEnum, WebhookEventModel


class ConferencePlaybackEndedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class ConferencePlaybackEnded(BaseModel):
    event_type: Literal["conference.playback.ended"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    payload: ConferencePlaybackEndedPayload | None = None
    record_type: ConferencePlaybackEndedRecordType | None = None


class ConferencePlaybackEndedEvent(WebhookEventModel):
    data: ConferencePlaybackEnded | None = None


class ConferencePlaybackEndedPayload(BaseModel):
    conference_id: str | None = None
    """
    ID of the conference the text was spoken in.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    creator_call_session_id: str | None = None
    """
    ID that is unique to the call session that started the conference.
    """
    media_name: str | None = None
    """
    The name of the audio media file being played back, if media_name has been used to start.
    """
    media_url: str | None = None
    """
    The audio URL being played back, if audio_url has been used to start.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
