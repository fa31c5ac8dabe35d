"""`QueueUpdateParams`: the keyword arguments of `client.queues.update`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.queues.update(queue_name, **params)` works as with `telnyx`.
"""

from typing_extensions import Required, TypedDict

__all__ = ["QueueUpdateParams"]


class QueueUpdateParams(TypedDict, total=False):
    """The keyword arguments of `client.queues.update(queue_name, **params)`."""

    max_size: Required[int]
    """The maximum number of calls allowed in the queue. Minimum: 1."""
