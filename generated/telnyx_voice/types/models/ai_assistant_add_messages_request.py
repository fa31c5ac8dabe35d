"""`AIAssistantAddMessagesRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from telnyx_voice._models import BaseModel
from telnyx_voice.types.models.assistant_message import AssistantMessage
from telnyx_voice.types.models.developer_message import DeveloperMessage
from telnyx_voice.types.models.system_message import SystemMessage
from telnyx_voice.types.models.tool_message import ToolMessage
from telnyx_voice.types.models.user_message import UserMessage


class AIAssistantAddMessagesRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    messages: (
        list[
            Annotated[
                UserMessage | AssistantMessage | ToolMessage | SystemMessage | DeveloperMessage,
                Field(discriminator="role"),
            ]
        ]
        | None
    ) = None
    """
    The messages to add to the conversation.
    """
