"""`ActionStopNoiseSuppressionParams`: the keyword arguments of `client.calls.actions.stop_noise_suppression`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.calls.actions.stop_noise_suppression(call_control_id, **params)` works as with `telnyx`.
"""

from typing_extensions import TypedDict

__all__ = ["ActionStopNoiseSuppressionParams"]


class ActionStopNoiseSuppressionParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.stop_noise_suppression(call_control_id, **params)`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""
