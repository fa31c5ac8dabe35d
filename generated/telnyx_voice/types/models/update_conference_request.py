"""`UpdateConferenceRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from telnyx_voice._models import BaseModel, LenientEnum
from telnyx_voice.types.models.conference_region import ConferenceRegionLike


class UpdateConferenceRequestSupervisorRole(LenientEnum):
    """
    Sets the participant as a supervisor for the conference. A conference can have multiple supervisors. "barge" means the supervisor enters the conference as a normal participant. This is the same as "none". "monitor" means the supervisor is muted but can hear all participants. "whisper" means that only the specified "whisper_call_control_ids" can hear the supervisor. Defaults to "none".
    """

    BARGE = "barge"
    MONITOR = "monitor"
    NONE = "none"
    WHISPER = "whisper"


if TYPE_CHECKING:
    UpdateConferenceRequestSupervisorRoleLike: TypeAlias = (
        UpdateConferenceRequestSupervisorRole | Literal["barge", "monitor", "none", "whisper"]
    )
else:
    UpdateConferenceRequestSupervisorRoleLike = UpdateConferenceRequestSupervisorRole


class UpdateConferenceRequest(BaseModel):
    call_control_id: str
    """
    Unique identifier and token for controlling the call
    """
    command_id: str | None = None
    """
    Use this field to avoid execution of duplicate commands. Telnyx will ignore subsequent commands with the same `command_id` as one that has already been executed.
    """
    region: ConferenceRegionLike | None = None
    supervisor_role: UpdateConferenceRequestSupervisorRoleLike
    whisper_call_control_ids: list[str] | None = None
    """
    Array of unique call_control_ids the supervisor can whisper to. If none provided, the supervisor will join the conference as a monitoring participant only.
    """
