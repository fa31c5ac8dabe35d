"""`ConferenceParticipantResource` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from pydantic import AwareDatetime

from telnyx_voice._models import BaseModel, LenientEnum


class ConferenceParticipantStatus(LenientEnum):
    """
    Status of the participant.
    """

    JOINING = "joining"
    JOINED = "joined"
    LEFT = "left"


class ConferenceParticipant(BaseModel):
    call_control_id: str | None = None
    """
    Unique identifier and token for controlling the participant's call leg.
    """
    call_leg_id: str | None = None
    """
    Unique identifier for the call leg.
    """
    conference_id: str | None = None
    """
    Unique identifier for the conference.
    """
    created_at: AwareDatetime | None = None
    """
    Timestamp when the participant joined.
    """
    end_conference_on_exit: bool | None = None
    """
    Whether the conference ends when this participant exits.
    """
    id: str | None = None
    """
    Uniquely identifies the participant.
    """
    label: str | None = None
    """
    Label assigned to the participant when joining.
    """
    muted: bool | None = None
    """
    Whether the participant is muted.
    """
    on_hold: bool | None = None
    """
    Whether the participant is on hold.
    """
    soft_end_conference_on_exit: bool | None = None
    """
    Whether the conference soft-ends when this participant exits.
    """
    status: ConferenceParticipantStatus | None = None
    updated_at: AwareDatetime | None = None
    """
    Timestamp when the participant was last updated.
    """
    whisper_call_control_ids: list[str] | None = None
    """
    List of call control IDs this participant is whispering to.
    """


class ConferenceParticipantResource(BaseModel):
    data: ConferenceParticipant | None = None
