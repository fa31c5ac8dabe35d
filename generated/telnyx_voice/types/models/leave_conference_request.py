"""`LeaveConferenceRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from telnyx_voice._models import BaseModel, LenientEnum
from telnyx_voice.types.models.conference_region import ConferenceRegionLike


class LeaveConferenceRequestBeepEnabled(LenientEnum):
    """
    Whether a beep sound should be played when the participant leaves the conference. Can be used to override the conference-level setting.
    """

    ALWAYS = "always"
    NEVER = "never"
    ON_ENTER = "on_enter"
    ON_EXIT = "on_exit"


if TYPE_CHECKING:
    LeaveConferenceRequestBeepEnabledLike: TypeAlias = (
        LeaveConferenceRequestBeepEnabled | Literal["always", "never", "on_enter", "on_exit"]
    )
else:
    LeaveConferenceRequestBeepEnabledLike = LeaveConferenceRequestBeepEnabled


class LeaveConferenceRequest(BaseModel):
    beep_enabled: LeaveConferenceRequestBeepEnabledLike | None = None
    call_control_id: str
    """
    Unique identifier and token for controlling the call
    """
    command_id: str | None = None
    """
    Use this field to avoid execution of duplicate commands. Telnyx will ignore subsequent commands with the same `command_id` as one that has already been executed.
    """
    region: ConferenceRegionLike | None = None
