"""`ActionSwitchSupervisorRoleParams`: the keyword arguments of `client.calls.actions.switch_supervisor_role`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.calls.actions.switch_supervisor_role(call_control_id, **params)` works as with `telnyx`.
"""

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["ActionSwitchSupervisorRoleParams"]


class ActionSwitchSupervisorRoleParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.switch_supervisor_role(call_control_id, **params)`."""

    role: Required[Literal["barge", "whisper", "monitor"]]
    """The supervisor role to switch to. 'barge' allows speaking to both parties, 'whisper' allows speaking to caller only, 'monitor' allows listening only. Allowed values: `"barge"`, `"whisper"`, `"monitor"`."""
