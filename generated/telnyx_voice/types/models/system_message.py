"""`SystemMessage` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Literal

from telnyx_voice._models import BaseModel
from telnyx_voice.types.models.message_metadata import MessageMetadata


class SystemMessage(BaseModel):
    """
    Developer-provided instructions that the model should follow, regardless of messages sent by the user.
    """

    content: str
    """
    The contents of the system message.
    """
    metadata: MessageMetadata | None = None
    role: Literal["system"]
