"""`CallUpdateParams`: the keyword arguments of `client.queues.calls.update`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.queues.calls.update(call_control_id, **params)` works as with `telnyx`.
"""

from typing_extensions import Required, TypedDict

__all__ = ["CallUpdateParams"]


class CallUpdateParams(TypedDict, total=False):
    """The keyword arguments of `client.queues.calls.update(call_control_id, **params)`."""

    queue_name: Required[str]
    """Uniquely identifies the queue by name."""

    keep_after_hangup: bool
    """Whether the call should remain in queue after hangup."""
