"""`UserMessage` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Literal

from telnyx_voice._models import BaseModel
from telnyx_voice.types.models.message_metadata import MessageMetadata


class UserMessage(BaseModel):
    """
    Messages sent by an end user
    """

    content: str
    """
    The contents of the user message.
    """
    metadata: MessageMetadata | None = None
    role: Literal["user"]
