"""`HangupTool` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Literal

from telnyx_voice._models import BaseModel


class HangupTool(BaseModel):
    hangup: HangupToolParams
    type: Literal["hangup"]


class HangupToolParams(BaseModel):
    description: str = "This tool is used to hang up the call."
    """
    The description of the function that will be passed to the assistant.
    """
