"""`ActionUpdateClientStateParams`: the keyword arguments of `client.calls.actions.update_client_state`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.calls.actions.update_client_state(call_control_id, **params)` works as with `telnyx`.
"""

from typing_extensions import Required, TypedDict

__all__ = ["ActionUpdateClientStateParams"]


class ActionUpdateClientStateParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.update_client_state(call_control_id, **params)`."""

    client_state: Required[str]
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""
