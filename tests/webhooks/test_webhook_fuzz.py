"""Property-based fuzzing of ``verify``/``unwrap``: fail closed, never a forged pass.

Five tests x 2,500 examples + one x 1,000 = 13,500 generated inputs per run.
"""

from __future__ import annotations

import base64
import string
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from nacl.signing import SigningKey
from starlette.datastructures import Headers as StarletteHeaders
from telnyx_voice.webhooks import (
    InvalidSignatureError,
    UnknownEvent,
    WebhookParseError,
    WebhookVerificationError,
    unwrap,
    verify,
)

from .wh_helpers import NOW, Signer
from .wh_models import REGISTRY

SIGNER = Signer(SigningKey(b"\x07" * 32))
OTHER = Signer(SigningKey(b"\x08" * 32))
KEY = SIGNER.public_key
SIG = "telnyx-signature-ed25519"
TS = "telnyx-timestamp"


def clock() -> float:
    return float(NOW)


FUZZ = settings(
    max_examples=2500,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

small_bodies = st.binary(max_size=512)
text_bodies = st.text(max_size=256).map(lambda s: s.encode("utf-8", "surrogatepass"))
huge_bodies = st.tuples(st.binary(min_size=1, max_size=16), st.integers(1, (1 << 20) // 16)).map(
    lambda t: t[0] * t[1]
)
megabyte_bodies = st.sampled_from([1 << 20, (1 << 20) + 1]).map(lambda n: b"\x00" * n)
bodies = st.one_of(
    small_bodies,
    text_bodies,
    st.just(b""),
    huge_bodies,
    megabyte_bodies,
    st.just(b'{"data":{}}'),
    small_bodies,
)

junk_text = st.text(max_size=100)
b64_of_any = st.binary(max_size=100).map(lambda b: base64.b64encode(b).decode())
b64_with_junk = st.tuples(
    st.binary(min_size=64, max_size=64).map(lambda b: base64.b64encode(b).decode()),
    st.integers(0, 87),
    st.sampled_from([" ", "\n", "!", "é", "-", "_", "=", "\x00", "A"]),
).map(lambda t: t[0][: t[1]] + t[2] + t[0][t[1] :])
timestamps = st.one_of(
    st.integers(-(10**30), 10**30).map(str),
    st.integers(NOW - 1000, NOW + 1000).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.text(alphabet=string.digits + " +-._eE٠١٢", max_size=25),
    junk_text,
)
header_values = st.one_of(junk_text, b64_of_any, b64_with_junk, timestamps, st.binary(max_size=50))
header_names = st.one_of(
    st.sampled_from([SIG, TS, SIG.upper(), TS.title(), "Telnyx-Signature-ED25519"]),
    st.text(max_size=30),
)


def _casing(name: str, flips: list[bool]) -> str:
    return "".join(
        c.upper() if f else c for c, f in zip(name, flips + [False] * len(name), strict=False)
    )


@FUZZ
@given(body=bodies, pairs=st.lists(st.tuples(header_names, header_values), max_size=6))
def test_random_headers_never_pass(body: bytes, pairs: list[tuple[str, Any]]) -> None:
    for headers in (pairs, dict(pairs)):
        try:
            verify(body, headers, key=KEY, now=clock)
        except WebhookVerificationError:
            continue
        raise AssertionError("forged delivery passed verification")


@FUZZ
@given(body=bodies, data=st.data())
def test_one_byte_change_fails(body: bytes, data: st.DataObject) -> None:
    headers = SIGNER.headers(body, NOW)
    verify(body, headers, key=KEY, now=clock)
    op = data.draw(st.sampled_from(["flip", "insert", "delete"]))
    if op == "delete" and not body:
        op = "insert"
    index = data.draw(st.integers(0, max(len(body) - (0 if op == "insert" else 1), 0)))
    mutated = bytearray(body)
    if op == "flip":
        if not body:
            return
        mutated[index] ^= data.draw(st.integers(1, 255))
    elif op == "insert":
        mutated.insert(index, data.draw(st.integers(0, 255)))
    else:
        del mutated[index]
    try:
        verify(bytes(mutated), headers, key=KEY, now=clock)
    except InvalidSignatureError:
        return
    raise AssertionError("tampered body passed verification")


@FUZZ
@given(
    body=bodies,
    skew=st.integers(-300, 300),
    flips=st.lists(st.booleans(), max_size=24),
    shape=st.sampled_from(["dict", "pairs", "bytes-pairs", "starlette", "dup-same"]),
    as_str=st.booleans(),
)
def test_valid_signature_always_passes(
    body: bytes, skew: int, flips: list[bool], shape: str, as_str: bool
) -> None:
    signed = SIGNER.headers(body, NOW + skew)
    named = {_casing(k, flips): v for k, v in signed.items()}
    headers: Any = {
        "dict": named,
        "pairs": list(named.items()),
        "bytes-pairs": [(k.encode(), v.encode()) for k, v in named.items()],
        "starlette": StarletteHeaders(raw=[(k.encode(), v.encode()) for k, v in named.items()]),
        "dup-same": [*named.items(), *signed.items()],
    }[shape]
    payload: Any = body
    if as_str:
        try:
            payload = body.decode("utf-8")
        except UnicodeDecodeError:
            payload = body
    verify(payload, headers, key=[OTHER.public_key, KEY], now=clock)
    try:
        event = unwrap(payload, headers, key=KEY, now=clock, registry=REGISTRY)
    except WebhookParseError:
        return
    assert event is not None


@FUZZ
@given(
    body=small_bodies,
    mutation=st.sampled_from(
        ["drop-sig", "drop-ts", "dup-sig", "dup-ts", "ts", "sig", "junk-sig", "skew", "key"]
    ),
    value=header_values,
    skew=st.one_of(st.integers(301, 10**12), st.integers(-(10**12), -301)),
    wrong_key=st.one_of(
        st.binary(max_size=40),
        st.text(max_size=60),
        b64_of_any,
        st.lists(b64_of_any, max_size=3),
        st.none(),
        st.integers(),
    ),
)
def test_mangled_headers_and_keys_fail_closed(
    body: bytes, mutation: str, value: Any, skew: int, wrong_key: Any
) -> None:
    signed = SIGNER.headers(body, NOW)
    pairs: list[tuple[str, Any]] = list(signed.items())
    key: Any = KEY
    if mutation == "drop-sig":
        pairs = [p for p in pairs if p[0] != SIG]
    elif mutation == "drop-ts":
        pairs = [p for p in pairs if p[0] != TS]
    elif mutation in ("dup-sig", "dup-ts"):
        name = SIG if mutation == "dup-sig" else TS
        if value == signed[name]:
            return
        pairs.append((name.upper(), value))
    elif mutation in ("ts", "sig", "junk-sig"):
        name = TS if mutation == "ts" else SIG
        if value == signed[name] or (name == TS and str(value).isdigit()):
            return
        pairs = [(k, value if k == name else v) for k, v in pairs]
    elif mutation == "skew":
        pairs = list(SIGNER.headers(body, NOW + skew).items())
    else:
        key = wrong_key
    try:
        verify(body, pairs, key=key, now=clock)
    except WebhookVerificationError:
        return
    raise AssertionError(f"mutation {mutation!r} passed verification")


anything = st.recursive(
    st.one_of(
        st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20), st.binary()
    ),
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=10,
)


@FUZZ
@given(
    payload=st.one_of(anything, bodies),
    headers=st.one_of(anything, st.lists(st.tuples(anything, anything), max_size=3)),
    key=st.one_of(anything, st.just(KEY)),
    tolerance=st.one_of(st.just(300), st.floats(), st.integers()),
)
def test_unwrap_any_input_raises_only_verification_errors(
    payload: Any, headers: Any, key: Any, tolerance: Any
) -> None:
    try:
        unwrap(payload, headers, key=key, tolerance=tolerance, now=clock, registry=REGISTRY)
    except WebhookVerificationError:
        return
    raise AssertionError("unsigned input passed unwrap")


@settings(max_examples=1000, deadline=None, database=None)
@given(body=st.one_of(anything.map(repr), st.binary(max_size=200), st.text(max_size=200)))
def test_signed_garbage_parses_or_raises_parse_error(body: Any) -> None:
    raw = body if isinstance(body, bytes) else body.encode("utf-8", "surrogatepass")
    headers = SIGNER.headers(raw, NOW)
    try:
        event = unwrap(raw, headers, key=KEY, now=clock, registry=REGISTRY)
    except WebhookParseError:
        return
    assert isinstance(event, UnknownEvent) or type(event) in REGISTRY.values()
