"""`UpdateConferenceParticipantRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from telnyx_voice._models import BaseModel, LenientEnum


class UpdateConferenceParticipantRequestBeepEnabled(LenientEnum):
    """
    Whether entry/exit beeps are enabled for this participant.
    """

    ALWAYS = "always"
    NEVER = "never"
    ON_ENTER = "on_enter"
    ON_EXIT = "on_exit"


if TYPE_CHECKING:
    UpdateConferenceParticipantRequestBeepEnabledLike: TypeAlias = (
        UpdateConferenceParticipantRequestBeepEnabled
        | Literal["always", "never", "on_enter", "on_exit"]
    )
else:
    UpdateConferenceParticipantRequestBeepEnabledLike = (
        UpdateConferenceParticipantRequestBeepEnabled
    )


class UpdateConferenceParticipantRequest(BaseModel):
    beep_enabled: UpdateConferenceParticipantRequestBeepEnabledLike | None = None
    end_conference_on_exit: bool | None = None
    """
    Whether the conference should end when this participant exits.
    """
    soft_end_conference_on_exit: bool | None = None
    """
    Whether the conference should soft-end when this participant exits. A soft end will stop new participants from joining but allow existing participants to remain.
    """
