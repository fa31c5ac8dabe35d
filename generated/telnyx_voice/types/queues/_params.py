"""The official SDK's `...Params` TypedDicts of `telnyx_voice.types.queues`.

Each holds the keyword arguments of one method (`total=False`; required ones are
`Required[...]`), so `client.<method>(<positional>, **params)` works as with `telnyx`.
"""

from collections.abc import Mapping
from typing import Any

from typing_extensions import Required, TypedDict

__all__ = [
    "CallListParams",
    "CallUpdateParams",
]


class CallListParams(TypedDict, total=False):
    """The keyword arguments of `client.queues.calls.list(queue_name, **params)`."""

    page: Mapping[str, Any]
    """Consolidated page parameter (deepObject style). Originally: page[after], page[before], page[limit], page[size], page[number]."""


class CallUpdateParams(TypedDict, total=False):
    """The keyword arguments of `client.queues.calls.update(call_control_id, **params)`."""

    queue_name: Required[str]
    """Uniquely identifies the queue by name."""

    keep_after_hangup: bool
    """Whether the call should remain in queue after hangup."""
