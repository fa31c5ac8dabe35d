"""`ActionSendSipInfoParams`: the keyword arguments of `client.calls.actions.send_sip_info`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.calls.actions.send_sip_info(call_control_id, **params)` works as with `telnyx`.
"""

from typing_extensions import Required, TypedDict

__all__ = ["ActionSendSipInfoParams"]


class ActionSendSipInfoParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.send_sip_info(call_control_id, **params)`."""

    body: Required[str]
    """Content of the SIP INFO."""

    content_type: Required[str]
    """Content type of the INFO body. Must be MIME type compliant. There is a 1,400 bytes limit."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""
