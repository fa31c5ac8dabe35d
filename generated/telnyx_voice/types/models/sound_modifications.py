"""`SoundModifications` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from telnyx_voice._models import BaseModel


class SoundModifications(BaseModel):
    """
    Use this field to modify sound effects, for example adjust the pitch.
    """

    octaves: float | None = None
    """
    Adjust the pitch in octaves, values should be between -1 and 1, default 0
    """
    pitch: float | None = None
    """
    Set the pitch directly, value should be > 0, default 1 (lower = lower tone)
    """
    semitone: float | None = None
    """
    Adjust the pitch in semitones, values should be between -14 and 14, default 0
    """
    track: str = "outbound"
    """
    The track to which the sound modifications will be applied. Accepted values are `inbound` or `outbound`
    """
