"""`ListParticipantsResponse` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from telnyx_voice._models import BaseModel, LenientEnum
from telnyx_voice.types.models.pagination_meta import PaginationMeta


class ParticipantRecordType(LenientEnum):
    PARTICIPANT = "participant"


class ParticipantStatus(LenientEnum):
    """
    The status of the participant with respect to the lifecycle within the conference
    """

    JOINING = "joining"
    JOINED = "joined"
    LEFT = "left"


class ListParticipantsResponse(BaseModel):
    data: list[Participant] | None = None
    meta: PaginationMeta | None = None


class Participant(BaseModel):
    call_control_id: str
    """
    Call Control ID associated with the partiipant of the conference
    """
    call_leg_id: str
    """
    Uniquely identifies the call leg associated with the participant
    """
    conference: ParticipantConference
    created_at: str
    """
    ISO 8601 formatted date of when the participant was created
    """
    end_conference_on_exit: bool
    """
    Whether the conference will end and all remaining participants be hung up after the participant leaves the conference.
    """
    id: str
    """
    Uniquely identifies the participant
    """
    muted: bool
    """
    Whether the participant is muted.
    """
    on_hold: bool
    """
    Whether the participant is put on_hold.
    """
    record_type: ParticipantRecordType
    soft_end_conference_on_exit: bool
    """
    Whether the conference will end after the participant leaves the conference.
    """
    status: ParticipantStatus
    updated_at: str
    """
    ISO 8601 formatted date of when the participant was last updated
    """
    whisper_call_control_ids: list[str]
    """
    Array of unique call_control_ids the participant can whisper to..
    """


class ParticipantConference(BaseModel):
    """
    Info about the conference that the participant is in
    """

    id: str | None = None
    """
    Uniquely identifies the conference
    """
    name: str | None = None
    """
    Name of the conference
    """
