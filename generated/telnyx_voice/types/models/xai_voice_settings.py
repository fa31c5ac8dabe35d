"""`XAIVoiceSettings` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Literal

from telnyx_voice._models import BaseModel


class XAIVoiceSettings(BaseModel):
    language: str = "auto"
    """
    Language code, or `auto` to detect automatically.
    """
    type: Literal["xai"]
