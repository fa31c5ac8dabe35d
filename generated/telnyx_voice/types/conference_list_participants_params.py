"""`ConferenceListParticipantsParams`: the keyword arguments of `client.conferences.list_participants`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.conferences.list_participants(conference_id, **params)` works as with `telnyx`.
"""

from collections.abc import Mapping
from typing import Any, Literal

from typing_extensions import TypedDict

__all__ = ["ConferenceListParticipantsParams"]


class ConferenceListParticipantsParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.list_participants(conference_id, **params)`."""

    filter: Mapping[str, Any]
    """Consolidated filter parameter (deepObject style). Originally: filter[muted], filter[on_hold], filter[whispering]."""

    page: Mapping[str, Any]
    """Consolidated page parameter (deepObject style). Originally: page[after], page[before], page[limit], page[size], page[number]."""

    region: Literal["Australia", "Europe", "Middle East", "US"]
    """Region where the conference data is located. Allowed values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`."""
