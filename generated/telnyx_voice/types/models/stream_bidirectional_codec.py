"""`StreamBidirectionalCodec` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from telnyx_voice._models import LenientEnum


class StreamBidirectionalCodec(LenientEnum):
    """
    Indicates codec for bidirectional streaming RTP payloads. Used only with stream_bidirectional_mode=rtp. Case sensitive.
    """

    PCMU = "PCMU"
    PCMA = "PCMA"
    G722 = "G722"
    OPUS = "OPUS"
    AMR_WB = "AMR-WB"
    L16 = "L16"


if TYPE_CHECKING:
    StreamBidirectionalCodecLike: TypeAlias = (
        StreamBidirectionalCodec | Literal["PCMU", "PCMA", "G722", "OPUS", "AMR-WB", "L16"]
    )
else:
    StreamBidirectionalCodecLike = StreamBidirectionalCodec
