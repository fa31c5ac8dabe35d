"""`SipHeader` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from telnyx_voice._models import BaseModel, LenientEnum


class SipHeaderName(LenientEnum):
    """
    The name of the header to add.
    """

    USER_TO_USER = "User-to-User"


if TYPE_CHECKING:
    SipHeaderNameLike: TypeAlias = SipHeaderName | Literal["User-to-User"]
else:
    SipHeaderNameLike = SipHeaderName


class SipHeader(BaseModel):
    name: SipHeaderNameLike
    value: str
    """
    The value of the header.
    """
