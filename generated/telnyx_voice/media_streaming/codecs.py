# Hand-written: copied from overlay/telnyx_voice/media_streaming/codecs.py by codegen; edit it there.
"""G.711 (PCMU, PCMA) and L16 <-> 16-bit little-endian PCM, for media stream payloads.

Every function takes and returns ``bytes``.  "PCM" here is always signed 16-bit
little-endian mono (2 bytes per sample), whatever the machine's byte order; the sample
rate is unchanged (G.711 on Telnyx streams is 8000 Hz: 160 bytes of PCMU or PCMA, 320
bytes of PCM per 20 ms).  ``L16`` payloads (``media_format.encoding == "L16"``) are
16-bit *big-endian* (network order), as Telnyx sends and expects them.

The conversions are the C implementations of the ``audioop`` module: the standard
library's before Python 3.13, the ``audioop-lts`` package (the same module, maintained
outside the standard library) from 3.13 on (``pip install 'telnyx-voice[media]'``).
Their G.711 follows ITU-T G.711 (as Sun's g711.c).
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Mapping
from typing import cast

with warnings.catch_warnings():
    # Python 3.11/3.12 deprecate the stdlib module (removed in 3.13, where audioop-lts
    # provides it); importing it here is the documented way until then.
    warnings.simplefilter("ignore", DeprecationWarning)
    try:
        import audioop
    except ImportError as exc:  # pragma: no cover - Python >= 3.13 without the extra
        raise ImportError(
            "telnyx_voice.media_streaming.codecs needs the audioop module: on Python 3.13 "
            "and later install audioop-lts (pip install 'telnyx-voice[media]')"
        ) from exc

__all__ = [
    "decode",
    "decode_l16",
    "decode_pcma",
    "decode_pcmu",
    "encode",
    "encode_l16",
    "encode_pcma",
    "encode_pcmu",
]

_WIDTH = 2  # bytes per PCM sample
_BIG_ENDIAN_HOST = sys.byteorder == "big"


def _check(data: object, what: str, *, samples: bool) -> None:
    """TypeError unless bytes-like; ValueError for an odd length when ``samples`` (16-bit)."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"{what} must be bytes, not {type(data).__name__}")
    size = memoryview(cast("bytes", data)).nbytes
    if samples and size % _WIDTH:
        raise ValueError(f"{what} has an odd number of bytes ({size}): 2 bytes per sample")


def _native(pcm: bytes) -> bytes:
    """Native-order PCM (audioop's) <-> little-endian: a no-op but on big-endian hosts."""
    return audioop.byteswap(pcm, _WIDTH) if _BIG_ENDIAN_HOST else pcm


def decode_pcmu(data: bytes) -> bytes:
    """G.711 mu-law (``PCMU``, 1 byte per sample) -> 16-bit LE PCM (twice as long).

    Raises:
        TypeError: ``data`` is not bytes-like.
    """
    _check(data, "PCMU data", samples=False)
    return _native(audioop.ulaw2lin(data, _WIDTH))


def encode_pcmu(pcm: bytes) -> bytes:
    """16-bit LE PCM -> G.711 mu-law (``PCMU``, half as long).

    Raises:
        TypeError: ``pcm`` is not bytes-like.
        ValueError: ``pcm`` has an odd number of bytes.
    """
    _check(pcm, "PCM", samples=True)
    return audioop.lin2ulaw(_native(pcm), _WIDTH)


def decode_pcma(data: bytes) -> bytes:
    """G.711 A-law (``PCMA``, 1 byte per sample) -> 16-bit LE PCM (twice as long).

    Raises:
        TypeError: ``data`` is not bytes-like.
    """
    _check(data, "PCMA data", samples=False)
    return _native(audioop.alaw2lin(data, _WIDTH))


def encode_pcma(pcm: bytes) -> bytes:
    """16-bit LE PCM -> G.711 A-law (``PCMA``, half as long).

    Raises:
        TypeError: ``pcm`` is not bytes-like.
        ValueError: ``pcm`` has an odd number of bytes.
    """
    _check(pcm, "PCM", samples=True)
    return audioop.lin2alaw(_native(pcm), _WIDTH)


def decode_l16(data: bytes) -> bytes:
    """``L16`` (16-bit big-endian) -> 16-bit LE PCM (same length, bytes of each sample
    swapped).

    Raises:
        TypeError: ``data`` is not bytes-like.
        ValueError: ``data`` has an odd number of bytes.
    """
    _check(data, "L16 data", samples=True)
    return audioop.byteswap(data, _WIDTH)


def encode_l16(pcm: bytes) -> bytes:
    """16-bit LE PCM -> ``L16`` (16-bit big-endian, as Telnyx expects it).

    Raises:
        TypeError: ``pcm`` is not bytes-like.
        ValueError: ``pcm`` has an odd number of bytes.
    """
    _check(pcm, "PCM", samples=True)
    return audioop.byteswap(pcm, _WIDTH)


_DECODERS = {"PCMU": decode_pcmu, "PCMA": decode_pcma, "L16": decode_l16}
_ENCODERS = {"PCMU": encode_pcmu, "PCMA": encode_pcma, "L16": encode_l16}


def _codec(encoding: str, table: Mapping[str, object]) -> None:
    if encoding not in table:
        raise ValueError(
            f"encoding {encoding!r} is not supported here: one of {', '.join(table)} "
            "(G722, OPUS and AMR-WB need a codec library of their own)"
        )


def decode(encoding: str, data: bytes) -> bytes:
    """A payload in ``encoding`` (``PCMU``, ``PCMA`` or ``L16``; as in
    ``stream.media_format.encoding``) -> 16-bit LE PCM.

    Raises:
        ValueError: another encoding (``G722``, ``OPUS``, ``AMR-WB``), or odd-length L16.
        TypeError: ``data`` is not bytes-like.
    """
    _codec(encoding, _DECODERS)
    return _DECODERS[encoding](data)


def encode(encoding: str, pcm: bytes) -> bytes:
    """16-bit LE PCM -> a payload in ``encoding`` (``PCMU``, ``PCMA`` or ``L16``; as the
    ``stream_bidirectional_codec`` you chose).

    Raises:
        ValueError: another encoding, or ``pcm`` of odd length.
        TypeError: ``pcm`` is not bytes-like.
    """
    _codec(encoding, _ENCODERS)
    return _ENCODERS[encoding](pcm)
