"""`ActionLeaveParams`: the keyword arguments of `client.conferences.actions.leave`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.conferences.actions.leave(id, **params)` works as with `telnyx`.
"""

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["ActionLeaveParams"]


class ActionLeaveParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.actions.leave(id, **params)`."""

    call_control_id: Required[str]
    """Unique identifier and token for controlling the call."""

    beep_enabled: Literal["always", "never", "on_enter", "on_exit"]
    """Whether a beep sound should be played when the participant leaves the conference. Can be used to override the conference-level setting. Allowed values: `"always"`, `"never"`, `"on_enter"`, `"on_exit"`."""

    command_id: str
    """Use this field to avoid execution of duplicate commands. Telnyx will ignore subsequent commands with the same `command_id` as one that has already been executed."""

    region: Literal["Australia", "Europe", "Middle East", "US"]
    """Region where the conference data is located. Defaults to the region defined in user's data locality settings (Europe or US). Allowed values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`."""
