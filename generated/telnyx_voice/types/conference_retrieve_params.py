"""`ConferenceRetrieveParams`: the keyword arguments of `client.conferences.retrieve`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.conferences.retrieve(id, **params)` works as with `telnyx`.
"""

from typing import Literal

from typing_extensions import TypedDict

__all__ = ["ConferenceRetrieveParams"]


class ConferenceRetrieveParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.retrieve(id, **params)`."""

    region: Literal["Australia", "Europe", "Middle East", "US"]
    """Region where the conference data is located. Allowed values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`."""
