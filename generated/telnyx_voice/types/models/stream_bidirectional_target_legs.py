"""`StreamBidirectionalTargetLegs` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from telnyx_voice._models import LenientEnum


class StreamBidirectionalTargetLegs(LenientEnum):
    """
    Specifies which call legs should receive the bidirectional stream audio.
    """

    BOTH = "both"
    SELF = "self"
    OPPOSITE = "opposite"


if TYPE_CHECKING:
    StreamBidirectionalTargetLegsLike: TypeAlias = (
        StreamBidirectionalTargetLegs | Literal["both", "self", "opposite"]
    )
else:
    StreamBidirectionalTargetLegsLike = StreamBidirectionalTargetLegs
