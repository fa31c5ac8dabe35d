"""`TransferTool` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from telnyx_voice._models import BaseModel


class CallControlTransferToolParams(BaseModel):
    from_: Annotated[str, Field(alias="from")]
    """
    Number or SIP URI placing the call.
    """
    targets: list[CallControlTransferToolParamsTargetsArrayItem] | str
    """
    The different possible targets of the transfer. The assistant will be able to choose one of the targets to transfer the call to. This can also be a dynamic variable string like `{{ targets }}` where `targets` is returned by the dynamic variables webhook and resolves to an array of target objects at runtime.
    """


class CallControlTransferToolParamsTargetsArrayItem(BaseModel):
    name: str | None = None
    """
    The name of the target.
    """
    to: str
    """
    The destination number or SIP URI of the call.
    """


class TransferTool(BaseModel):
    transfer: CallControlTransferToolParams
    type: Literal["transfer"]
