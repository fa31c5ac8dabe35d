"""`ActionAddAIAssistantMessagesParams`: the keyword arguments of `client.calls.actions.add_ai_assistant_messages`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.calls.actions.add_ai_assistant_messages(call_control_id, **params)` works as with `telnyx`.
"""

from collections.abc import Sequence

from typing_extensions import TypedDict

from telnyx_voice.types.models import (
    AssistantMessage,
    DeveloperMessage,
    SystemMessage,
    ToolMessage,
    UserMessage,
)
from telnyx_voice.types.params import (
    AssistantMessageParam,
    DeveloperMessageParam,
    SystemMessageParam,
    ToolMessageParam,
    UserMessageParam,
)

__all__ = ["ActionAddAIAssistantMessagesParams"]


class ActionAddAIAssistantMessagesParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.add_ai_assistant_messages(call_control_id, **params)`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    messages: Sequence[
        UserMessage
        | UserMessageParam
        | AssistantMessage
        | AssistantMessageParam
        | ToolMessage
        | ToolMessageParam
        | SystemMessage
        | SystemMessageParam
        | DeveloperMessage
        | DeveloperMessageParam
    ]
    """The messages to add to the conversation."""
