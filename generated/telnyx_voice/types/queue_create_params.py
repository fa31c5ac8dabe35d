"""`QueueCreateParams`: the keyword arguments of `client.queues.create`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.queues.create(**params)` works as with `telnyx`.
"""

from typing_extensions import Required, TypedDict

__all__ = ["QueueCreateParams"]


class QueueCreateParams(TypedDict, total=False):
    """The keyword arguments of `client.queues.create(**params)`."""

    queue_name: Required[str]
    """The name of the queue. Must be between 1 and 255 characters."""

    max_size: int
    """The maximum number of calls allowed in the queue. Default: `300`. Minimum: 1."""
