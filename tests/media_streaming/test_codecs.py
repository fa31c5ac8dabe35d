"""codecs: G.711 against the ITU-T G.711 decoding rules (computed here, independently of
audioop), encode/decode consistency, L16 byte order, errors."""

from __future__ import annotations

import struct

import pytest
from telnyx_voice.media_streaming import codecs


def _ulaw_to_linear(code: int) -> int:
    """ITU-T G.711 mu-law expansion (14-bit magnitude, scaled to 16 bits as audioop does)."""
    code = ~code & 0xFF
    sign, exponent, mantissa = code & 0x80, (code >> 4) & 0x07, code & 0x0F
    magnitude = (((mantissa << 3) + 0x84) << exponent) - 0x84
    return -magnitude if sign else magnitude


def _alaw_to_linear(code: int) -> int:
    """ITU-T G.711 A-law expansion (13-bit magnitude, scaled to 16 bits as audioop does)."""
    code ^= 0x55
    sign, exponent, mantissa = code & 0x80, (code >> 4) & 0x07, code & 0x0F
    if exponent == 0:
        magnitude = (mantissa << 4) + 8
    else:
        magnitude = ((mantissa << 4) + 0x108) << (exponent - 1)
    return magnitude if sign else -magnitude


def _le(samples: list[int]) -> bytes:
    return struct.pack(f"<{len(samples)}h", *samples)


ALL_CODES = bytes(range(256))


def test_pcmu_decodes_every_code_as_g711_says() -> None:
    assert codecs.decode_pcmu(ALL_CODES) == _le([_ulaw_to_linear(c) for c in ALL_CODES])
    assert codecs.decode_pcmu(b"\xff\x7f\x00\x80") == _le([0, 0, -32124, 32124])


def test_pcma_decodes_every_code_as_g711_says() -> None:
    assert codecs.decode_pcma(ALL_CODES) == _le([_alaw_to_linear(c) for c in ALL_CODES])
    assert codecs.decode_pcma(b"\xd5\x55") == _le([8, -8])


@pytest.mark.parametrize("name", ["pcmu", "pcma"])
def test_encoding_a_decoded_code_gives_an_equivalent_code(name: str) -> None:
    decode = getattr(codecs, f"decode_{name}")
    encode = getattr(codecs, f"encode_{name}")
    pcm = decode(ALL_CODES)
    assert len(pcm) == 512
    again = encode(pcm)
    assert len(again) == 256
    assert decode(again) == pcm  # the same levels (mu-law has two codes for zero)


@pytest.mark.parametrize("name", ["pcmu", "pcma"])
def test_encoding_quantises_to_the_nearest_level(name: str) -> None:
    decode = getattr(codecs, f"decode_{name}")
    encode = getattr(codecs, f"encode_{name}")
    ramp = _le(list(range(-32768, 32768, 97)))
    levels = sorted({v for (v,) in struct.iter_unpack("<h", decode(ALL_CODES))})
    decoded = struct.iter_unpack("<h", decode(encode(ramp)))
    for (x,), (y,) in zip(struct.iter_unpack("<h", ramp), decoded, strict=True):
        i = levels.index(y)
        below = levels[i - 1] if i else y
        above = levels[i + 1] if i + 1 < len(levels) else y
        assert abs(x - y) <= max(y - below, above - y), (x, y)  # within one step of x


def test_l16_is_big_endian_on_the_wire() -> None:
    pcm = _le([1, -2, 0x1234])
    l16 = codecs.encode_l16(pcm)
    assert l16 == struct.pack(">3h", 1, -2, 0x1234)
    assert codecs.decode_l16(l16) == pcm


def test_decode_and_encode_by_encoding_name() -> None:
    pcm = _le([0, 1000, -1000, 32000])
    for encoding in ("PCMU", "PCMA", "L16"):
        payload = codecs.encode(encoding, pcm)
        assert len(payload) == (8 if encoding == "L16" else 4)
        assert codecs.decode(encoding, payload) == codecs.decode(encoding, payload)
    assert codecs.encode("PCMU", pcm) == codecs.encode_pcmu(pcm)
    assert codecs.decode("PCMA", b"\xd5") == codecs.decode_pcma(b"\xd5")
    assert codecs.decode("L16", codecs.encode("L16", pcm)) == pcm


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: codecs.encode_pcmu(b"\x00"), ValueError),
        (lambda: codecs.encode_pcma(b"\x00\x00\x00"), ValueError),
        (lambda: codecs.decode_l16(b"\x00"), ValueError),
        (lambda: codecs.encode_l16(b"\x00"), ValueError),
        (lambda: codecs.decode_pcmu("abc"), TypeError),
        (lambda: codecs.encode_pcmu([0, 0]), TypeError),
        (lambda: codecs.decode("OPUS", b"\x00"), ValueError),
        (lambda: codecs.encode("pcmu", b"\x00\x00"), ValueError),  # names are case sensitive
    ],
    ids=[
        "pcmu-odd",
        "pcma-odd",
        "l16-decode-odd",
        "l16-encode-odd",
        "str",
        "list",
        "opus",
        "lower",
    ],
)
def test_bad_input_is_a_clear_error(call: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        call()  # type: ignore[operator]


def test_uses_audioop_not_a_table_of_its_own() -> None:
    import inspect

    source = inspect.getsource(codecs)
    assert "import audioop" in source
    assert "ulaw2lin" in source and "alaw2lin" in source and "lin2ulaw" in source
