"""`ActionRecordStopParams`: the keyword arguments of `client.conferences.actions.record_stop`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.conferences.actions.record_stop(id, **params)` works as with `telnyx`.
"""

from typing import Literal

from typing_extensions import TypedDict

__all__ = ["ActionRecordStopParams"]


class ActionRecordStopParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.actions.record_stop(id, **params)`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    recording_id: str
    """Uniquely identifies the resource."""

    region: Literal["Australia", "Europe", "Middle East", "US"]
    """Region where the conference data is located. Defaults to the region defined in user's data locality settings (Europe or US). Allowed values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`."""
