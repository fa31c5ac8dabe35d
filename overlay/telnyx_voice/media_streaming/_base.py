"""Base classes of the generated frame models (telnyx_voice.media_streaming.models).

Frames Telnyx sends are read leniently: unknown fields are kept (``model_extra``), unknown
enum values kept as members, and a JSON number where the schema says string (a
``sequence_number`` of ``5`` instead of ``"5"``) is read as that string.
"""

from __future__ import annotations

import base64
import binascii
import functools
from typing import Any

import pydantic
from telnyx_voice._models import BaseModel

__all__ = ["FrameModel", "MediaFrameBase"]


class FrameModel(BaseModel):
    """Base of every frame model: extra fields kept, numbers accepted for string fields."""

    model_config = pydantic.ConfigDict(coerce_numbers_to_str=True)


class MediaFrameBase(FrameModel):
    """Base of the generated ``MediaFrame``: decodes ``media.payload`` once, on validation.

    A payload that is not valid base64 fails validation (:func:`parse_frame` raises
    ``MediaStreamError`` naming ``media.payload``).
    """

    @pydantic.model_validator(mode="after")
    def _decode_payload(self) -> Any:
        payload = getattr(getattr(self, "media", None), "payload", "")
        try:
            # primes the `audio` cache below (a plain attribute lookup from then on)
            audio = base64.b64decode(payload, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ValueError(f"media.payload is not valid base64 ({exc})") from None
        object.__setattr__(self, "audio", audio)  # into __dict__, past pydantic's __setattr__
        return self

    @functools.cached_property
    def audio(self) -> bytes:
        """The decoded ``media.payload``: the RTP payload (no RTP header) in the stream's
        ``media_format.encoding`` (``PCMU``: 1 byte per sample; ``L16``: 2 bytes per
        sample, big-endian), e.g. 160 bytes for 20 ms of PCMU at 8000 Hz."""
        payload = getattr(getattr(self, "media", None), "payload", "")
        return base64.b64decode(payload)  # only for frames built without validation
