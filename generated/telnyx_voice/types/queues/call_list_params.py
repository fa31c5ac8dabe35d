"""`CallListParams`: the keyword arguments of `client.queues.calls.list`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.queues.calls.list(queue_name, **params)` works as with `telnyx`.
"""

from collections.abc import Mapping
from typing import Any

from typing_extensions import TypedDict

__all__ = ["CallListParams"]


class CallListParams(TypedDict, total=False):
    """The keyword arguments of `client.queues.calls.list(queue_name, **params)`."""

    page: Mapping[str, Any]
    """Consolidated page parameter (deepObject style). Originally: page[after], page[before], page[limit], page[size], page[number]."""
