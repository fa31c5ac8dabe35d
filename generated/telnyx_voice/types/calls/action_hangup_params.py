"""`ActionHangupParams`: the keyword arguments of `client.calls.actions.hangup`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.calls.actions.hangup(call_control_id, **params)` works as with `telnyx`.
"""

from collections.abc import Sequence

from typing_extensions import TypedDict

from telnyx_voice.types.models import (
    CustomSipHeader,
)
from telnyx_voice.types.params import (
    CustomSipHeaderParam,
)

__all__ = ["ActionHangupParams"]


class ActionHangupParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.hangup(call_control_id, **params)`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    custom_headers: Sequence[CustomSipHeader | CustomSipHeaderParam]
    """Custom headers to be added to the SIP BYE message."""
