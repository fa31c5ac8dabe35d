"""`ActionJoinAIAssistantParams`: the keyword arguments of `client.calls.actions.join_ai_assistant`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.calls.actions.join_ai_assistant(call_control_id, **params)` works as with `telnyx`.
"""

from typing_extensions import Required, TypedDict

from telnyx_voice.types.models import (
    AIAssistantJoinParticipant,
)
from telnyx_voice.types.params import (
    AIAssistantJoinParticipantParam,
)

__all__ = ["ActionJoinAIAssistantParams"]


class ActionJoinAIAssistantParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.join_ai_assistant(call_control_id, **params)`."""

    conversation_id: Required[str]
    """The ID of the AI assistant conversation to join."""

    participant: Required[AIAssistantJoinParticipant | AIAssistantJoinParticipantParam]

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""
