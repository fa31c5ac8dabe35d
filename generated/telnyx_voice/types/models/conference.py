"""`Conference` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from telnyx_voice._models import BaseModel, LenientEnum


class ConferenceEndReason(LenientEnum):
    """
    Reason why the conference ended
    """

    ALL_LEFT = "all_left"
    ENDED_VIA_API = "ended_via_api"
    HOST_LEFT = "host_left"
    TIME_EXCEEDED = "time_exceeded"


class ConferenceRecordType(LenientEnum):
    CONFERENCE = "conference"


class ConferenceStatus(LenientEnum):
    """
    Status of the conference
    """

    INIT = "init"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"


class Conference(BaseModel):
    connection_id: str | None = None
    """
    Identifies the connection associated with the conference
    """
    created_at: str
    """
    ISO 8601 formatted date of when the conference was created
    """
    end_reason: ConferenceEndReason | None = None
    ended_by: ConferenceEndedBy | None = None
    expires_at: str
    """
    ISO 8601 formatted date of when the conference will expire
    """
    id: str
    """
    Uniquely identifies the conference
    """
    name: str
    """
    Name of the conference
    """
    record_type: ConferenceRecordType
    region: str | None = None
    """
    Region where the conference is hosted
    """
    status: ConferenceStatus | None = None
    updated_at: str | None = None
    """
    ISO 8601 formatted date of when the conference was last updated
    """


class ConferenceEndedBy(BaseModel):
    """
    IDs related to who ended the conference. It is expected for them to all be there or all be null
    """

    call_control_id: str | None = None
    """
    Call Control ID which ended the conference
    """
    call_session_id: str | None = None
    """
    Call Session ID which ended the conference
    """
