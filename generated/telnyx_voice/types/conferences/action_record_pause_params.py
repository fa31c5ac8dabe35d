"""`ActionRecordPauseParams`: the keyword arguments of `client.conferences.actions.record_pause`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.conferences.actions.record_pause(id, **params)` works as with `telnyx`.
"""

from typing import Literal

from typing_extensions import TypedDict

__all__ = ["ActionRecordPauseParams"]


class ActionRecordPauseParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.actions.record_pause(id, **params)`."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    recording_id: str
    """Use this field to pause specific recording."""

    region: Literal["Australia", "Europe", "Middle East", "US"]
    """Region where the conference data is located. Defaults to the region defined in user's data locality settings (Europe or US). Allowed values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`."""
