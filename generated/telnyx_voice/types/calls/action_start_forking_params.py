"""`ActionStartForkingParams`: the keyword arguments of `client.calls.actions.start_forking`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.calls.actions.start_forking(call_control_id, **params)` works as with `telnyx`.
"""

from typing import Literal

from typing_extensions import TypedDict

__all__ = ["ActionStartForkingParams"]


class ActionStartForkingParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.start_forking(call_control_id, **params)`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    rx: str
    """The network target, <udp:ip_address:port>, where the call's incoming RTP media packets should be forwarded."""

    stream_type: Literal["decrypted"]
    """Optionally specify a media type to stream. If `decrypted` selected, Telnyx will decrypt incoming SIP media before forking to the target. `rx` and `tx` are required fields if `decrypted` selected. Default: `"decrypted"`."""

    tx: str
    """The network target, <udp:ip_address:port>, where the call's outgoing RTP media packets should be forwarded."""
