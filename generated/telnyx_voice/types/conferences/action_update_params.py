"""`ActionUpdateParams`: the keyword arguments of `client.conferences.actions.update`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.conferences.actions.update(id, **params)` works as with `telnyx`.
"""

from typing import Literal

from typing_extensions import Required, TypedDict

from telnyx_voice._types import SequenceNotStr

__all__ = ["ActionUpdateParams"]


class ActionUpdateParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.actions.update(id, **params)`."""

    call_control_id: Required[str]
    """Unique identifier and token for controlling the call."""

    supervisor_role: Required[Literal["barge", "monitor", "none", "whisper"]]
    """Sets the participant as a supervisor for the conference. A conference can have multiple supervisors. "barge" means the supervisor enters the conference as a normal participant. This is the same as "none". "monitor" means the supervisor is muted but can hear all participants. "whisper" means that only the specified "whisper_call_control_ids" can hear the supervisor. Defaults to "none". Allowed values: `"barge"`, `"monitor"`, `"none"`, `"whisper"`."""

    command_id: str
    """Use this field to avoid execution of duplicate commands. Telnyx will ignore subsequent commands with the same `command_id` as one that has already been executed."""

    region: Literal["Australia", "Europe", "Middle East", "US"]
    """Region where the conference data is located. Defaults to the region defined in user's data locality settings (Europe or US). Allowed values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`."""

    whisper_call_control_ids: SequenceNotStr[str]
    """Array of unique call_control_ids the supervisor can whisper to. If none provided, the supervisor will join the conference as a monitoring participant only."""
