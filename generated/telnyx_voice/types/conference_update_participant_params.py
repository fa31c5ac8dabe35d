"""`ConferenceUpdateParticipantParams`: the keyword arguments of `client.conferences.update_participant`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.conferences.update_participant(participant_id, **params)` works as with `telnyx`.
"""

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["ConferenceUpdateParticipantParams"]


class ConferenceUpdateParticipantParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.update_participant(participant_id, **params)`."""

    id: Required[str]
    """Uniquely identifies the conference."""

    beep_enabled: Literal["always", "never", "on_enter", "on_exit"]
    """Whether entry/exit beeps are enabled for this participant. Allowed values: `"always"`, `"never"`, `"on_enter"`, `"on_exit"`."""

    end_conference_on_exit: bool
    """Whether the conference should end when this participant exits."""

    soft_end_conference_on_exit: bool
    """Whether the conference should soft-end when this participant exits. A soft end will stop new participants from joining but allow existing participants to remain."""
