"""`ActionStopStreamingParams`: the keyword arguments of `client.calls.actions.stop_streaming`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.calls.actions.stop_streaming(call_control_id, **params)` works as with `telnyx`.
"""

from typing_extensions import TypedDict

__all__ = ["ActionStopStreamingParams"]


class ActionStopStreamingParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.stop_streaming(call_control_id, **params)`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    stream_id: str
    """Identifies the stream. If the `stream_id` is not provided the command stops all streams associated with a given `call_control_id`."""
