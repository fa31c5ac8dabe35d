"""`ConferenceFloorChangedEvent` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from pydantic import AwareDatetime

from telnyx_voice._models import BaseModel, LenientEnum, WebhookEventModel


class ConferenceFloorChangedEventRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class ConferenceFloorChangedEvent(WebhookEventModel):
    event_type: Literal["conference.floor.changed"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    payload: ConferenceFloorChangedEventPayload | None = None
    record_type: ConferenceFloorChangedEventRecordType | None = None


class ConferenceFloorChangedEventPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call Control ID of the new speaker.
    """
    call_leg_id: str | None = None
    """
    Call Leg ID of the new speaker.
    """
    call_session_id: str | None = None
    """
    Call Session ID of the new speaker.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    conference_id: str | None = None
    """
    Conference ID that had a speaker change event.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
