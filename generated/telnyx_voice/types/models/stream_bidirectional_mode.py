"""`StreamBidirectionalMode` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from telnyx_voice._models import LenientEnum


class StreamBidirectionalMode(LenientEnum):
    """
    Configures method of bidirectional streaming (mp3, rtp).
    """

    MP3 = "mp3"
    RTP = "rtp"


if TYPE_CHECKING:
    StreamBidirectionalModeLike: TypeAlias = StreamBidirectionalMode | Literal["mp3", "rtp"]
else:
    StreamBidirectionalModeLike = StreamBidirectionalMode
