"""`ActionRejectParams`: the keyword arguments of `client.calls.actions.reject`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.calls.actions.reject(call_control_id, **params)` works as with `telnyx`.
"""

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["ActionRejectParams"]


class ActionRejectParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.reject(call_control_id, **params)`."""

    cause: Required[Literal["CALL_REJECTED", "USER_BUSY"]]
    """Cause for call rejection. Allowed values: `"CALL_REJECTED"`, `"USER_BUSY"`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""
