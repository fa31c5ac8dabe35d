"""`ConferenceParticipantPlaybackEndedEvent` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from pydantic import AwareDatetime

from telnyx_voice._models import BaseModel, LenientEnum, WebhookEventModel


class ConferenceParticipantPlaybackEndedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class ConferenceParticipantPlaybackEnded(BaseModel):
    event_type: Literal["conference.participant.playback.ended"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    payload: ConferenceParticipantPlaybackEndedPayload | None = None
    record_type: ConferenceParticipantPlaybackEndedRecordType | None = None


class ConferenceParticipantPlaybackEndedEvent(WebhookEventModel):
    data: ConferenceParticipantPlaybackEnded | None = None


class ConferenceParticipantPlaybackEndedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Participant's call ID used to issue commands via Call Control API.
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
