"""`QueueListParams`: the keyword arguments of `client.queues.list`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.queues.list(**params)` works as with `telnyx`.
"""

from typing_extensions import TypedDict

__all__ = ["QueueListParams"]


class QueueListParams(TypedDict, total=False):
    """The keyword arguments of `client.queues.list(**params)`."""

    page_number: int
    """The page number to load. Default: `1`. Minimum: 1."""

    page_size: int
    """The size of the page. Default: `20`. Minimum: 1. Maximum: 250."""
