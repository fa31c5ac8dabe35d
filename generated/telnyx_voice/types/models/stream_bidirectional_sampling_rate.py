"""`StreamBidirectionalSamplingRate` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from telnyx_voice._models import LenientIntEnum


class StreamBidirectionalSamplingRate(LenientIntEnum):
    """
    Audio sampling rate.
    """

    INTEGER_8000 = 8000
    INTEGER_16000 = 16000
    INTEGER_22050 = 22050
    INTEGER_24000 = 24000
    INTEGER_48000 = 48000


if TYPE_CHECKING:
    StreamBidirectionalSamplingRateLike: TypeAlias = (
        StreamBidirectionalSamplingRate | Literal[8000, 16000, 22050, 24000, 48000]
    )
else:
    StreamBidirectionalSamplingRateLike = StreamBidirectionalSamplingRate
