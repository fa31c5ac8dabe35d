"""`StreamCodec` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from telnyx_voice._models import LenientEnum


class StreamCodec(LenientEnum):
    """
    Specifies the codec to be used for the streamed audio. When set to 'default' or when transcoding is not possible, the codec from the call will be used.
    """

    PCMU = "PCMU"
    PCMA = "PCMA"
    G722 = "G722"
    OPUS = "OPUS"
    AMR_WB = "AMR-WB"
    L16 = "L16"
    DEFAULT = "default"


if TYPE_CHECKING:
    StreamCodecLike: TypeAlias = (
        StreamCodec | Literal["PCMU", "PCMA", "G722", "OPUS", "AMR-WB", "L16", "default"]
    )
else:
    StreamCodecLike = StreamCodec
