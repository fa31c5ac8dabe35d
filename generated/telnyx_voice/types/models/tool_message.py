"""`ToolMessage` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Literal

from telnyx_voice._models import BaseModel
from telnyx_voice.types.models.message_metadata import MessageMetadata


class ToolMessage(BaseModel):
    content: str
    """
    The contents of the tool message.
    """
    metadata: MessageMetadata | None = None
    role: Literal["tool"]
    tool_call_id: str
    """
    Tool call that this message is responding to.
    """
