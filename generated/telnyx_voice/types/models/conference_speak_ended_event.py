"""`ConferenceSpeakEndedEvent` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from pydantic import AwareDatetime

from telnyx_voice._models import BaseModel, LenientEnum, WebhookEventModel


class ConferenceSpeakEndedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class ConferenceSpeakEnded(BaseModel):
    event_type: Literal["conference.speak.ended"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    payload: ConferenceSpeakEndedPayload | None = None
    record_type: ConferenceSpeakEndedRecordType | None = None


class ConferenceSpeakEndedEvent(WebhookEventModel):
    data: ConferenceSpeakEnded | None = None


class ConferenceSpeakEndedPayload(BaseModel):
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
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
