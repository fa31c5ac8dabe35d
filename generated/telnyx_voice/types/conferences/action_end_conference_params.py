"""`ActionEndConferenceParams`: the keyword arguments of `client.conferences.actions.end_conference`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.conferences.actions.end_conference(id, **params)` works as with `telnyx`.
"""

from typing_extensions import TypedDict

__all__ = ["ActionEndConferenceParams"]


class ActionEndConferenceParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.actions.end_conference(id, **params)`."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same conference."""
