"""`ConferenceRegion` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from telnyx_voice._models import LenientEnum


class ConferenceRegion(LenientEnum):
    """
    Region where the conference data is located. Defaults to the region defined in user's data locality settings (Europe or US).
    """

    AUSTRALIA = "Australia"
    EUROPE = "Europe"
    MIDDLE_EAST = "Middle East"
    US = "US"


if TYPE_CHECKING:
    ConferenceRegionLike: TypeAlias = (
        ConferenceRegion | Literal["Australia", "Europe", "Middle East", "US"]
    )
else:
    ConferenceRegionLike = ConferenceRegion
