"""Signature, timestamp, header and key handling of ``verify``."""

from __future__ import annotations

import base64
import email.message
import inspect
import json
import math
from collections.abc import Callable
from typing import Any

import pytest
from starlette.datastructures import Headers as StarletteHeaders
from telnyx_voice import webhooks
from telnyx_voice.webhooks import (
    AsyncWebhooks,
    InvalidSignatureError,
    MalformedHeaderError,
    MalformedPayloadError,
    MalformedPublicKeyError,
    MissingHeaderError,
    MissingPublicKeyError,
    TimestampOutsideToleranceError,
    Webhooks,
    WebhookVerificationError,
    verify,
)

from .wh_helpers import NOW, Signer, dtmf_body

Clock = Callable[[], float]
SIG = "telnyx-signature-ed25519"
TS = "telnyx-timestamp"


def test_valid_signature_passes(signer: Signer, clock: Clock) -> None:
    body = dtmf_body()
    verify(body, signer.headers(body, NOW), key=signer.public_key, now=clock)


@pytest.mark.parametrize("kind", ["bytes", "str", "bytearray", "memoryview"])
def test_body_types(signer: Signer, clock: Clock, kind: str) -> None:
    body = '{"data": {"payload": {"name": "Zoë ☎"}}}'.encode()
    payload: Any = {
        "bytes": body,
        "str": body.decode(),
        "bytearray": bytearray(body),
        "memoryview": memoryview(body),
    }[kind]
    verify(payload, signer.headers(body, NOW), key=signer.public_key, now=clock)


def test_tampered_body_by_one_byte(signer: Signer, clock: Clock) -> None:
    body = dtmf_body()
    headers = signer.headers(body, NOW)
    for i in (0, len(body) // 2, len(body) - 1):
        tampered = bytearray(body)
        tampered[i] ^= 0x01
        with pytest.raises(InvalidSignatureError):
            verify(bytes(tampered), headers, key=signer.public_key, now=clock)


def test_reserialised_json_fails(signer: Signer, clock: Clock) -> None:
    body = dtmf_body()
    headers = signer.headers(body, NOW)
    reserialised = json.dumps(json.loads(body), separators=(",", ":")).encode()
    with pytest.raises(InvalidSignatureError):
        verify(reserialised, headers, key=signer.public_key, now=clock)


def test_signature_covers_timestamp(signer: Signer, clock: Clock) -> None:
    body = dtmf_body()
    headers = signer.headers(body, NOW)
    headers[TS] = str(NOW + 1)
    with pytest.raises(InvalidSignatureError):
        verify(body, headers, key=signer.public_key, now=clock)


def test_wrong_key(signer: Signer, other_signer: Signer, clock: Clock) -> None:
    body = dtmf_body()
    with pytest.raises(InvalidSignatureError):
        verify(body, signer.headers(body, NOW), key=other_signer.public_key, now=clock)


@pytest.mark.parametrize("offset", [-301, 301, -(10**9), 10**12])
def test_timestamp_outside_tolerance(signer: Signer, clock: Clock, offset: int) -> None:
    body = dtmf_body()
    with pytest.raises(TimestampOutsideToleranceError):
        verify(body, signer.headers(body, NOW + offset), key=signer.public_key, now=clock)


@pytest.mark.parametrize("offset", [-300, 0, 300])
def test_timestamp_at_tolerance_edges(signer: Signer, clock: Clock, offset: int) -> None:
    body = dtmf_body()
    verify(body, signer.headers(body, NOW + offset), key=signer.public_key, now=clock)


def test_custom_tolerance(signer: Signer, clock: Clock) -> None:
    body = dtmf_body()
    headers = signer.headers(body, NOW - 10)
    verify(body, headers, key=signer.public_key, now=clock, tolerance=10)
    with pytest.raises(TimestampOutsideToleranceError):
        verify(body, headers, key=signer.public_key, now=clock, tolerance=9.5)


def test_default_clock_is_real_time(signer: Signer) -> None:
    body = dtmf_body()
    verify(body, signer.headers(body), key=signer.public_key)
    with pytest.raises(TimestampOutsideToleranceError):
        verify(body, signer.headers(body, NOW), key=signer.public_key)


@pytest.mark.parametrize("missing", [SIG, TS])
def test_missing_header(signer: Signer, clock: Clock, missing: str) -> None:
    body = dtmf_body()
    headers = signer.headers(body, NOW)
    del headers[missing]
    with pytest.raises(MissingHeaderError):
        verify(body, headers, key=signer.public_key, now=clock)


def test_no_headers(signer: Signer, clock: Clock) -> None:
    with pytest.raises(MissingHeaderError):
        verify(dtmf_body(), {}, key=signer.public_key, now=clock)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        (SIG, "not base64!"),
        (SIG, ""),
        (SIG, base64.b64encode(b"x" * 63).decode()),
        (SIG, base64.b64encode(b"x" * 65).decode()),
        (SIG, "é" * 88),
        (TS, "abc"),
        (TS, ""),
        (TS, "-5"),
        (TS, "+1700000000"),
        (TS, "1700000000.0"),
        (TS, " 1700000000"),
        (TS, "1_700_000_000"),
        (TS, "١٧٠٠٠٠٠٠٠٠"),
        (TS, "9" * 40),
        (TS, "nan"),
    ],
)
def test_malformed_header(signer: Signer, clock: Clock, name: str, value: str) -> None:
    body = dtmf_body()
    headers = signer.headers(body, NOW)
    headers[name] = value
    with pytest.raises(MalformedHeaderError):
        verify(body, headers, key=signer.public_key, now=clock)


def test_signature_with_junk_after_padding(signer: Signer, clock: Clock) -> None:
    body = dtmf_body()
    headers = signer.headers(body, NOW)
    headers[SIG] = headers[SIG] + "\n"
    with pytest.raises(MalformedHeaderError):
        verify(body, headers, key=signer.public_key, now=clock)


def test_headers_shapes(signer: Signer, clock: Clock) -> None:
    body = dtmf_body()
    h = signer.headers(body, NOW)
    variants: list[Any] = [
        h,
        {k.upper(): v for k, v in h.items()},
        {"Telnyx-Signature-Ed25519": h[SIG], "Telnyx-Timestamp": h[TS], "X-Other": "1"},
        list(h.items()),
        tuple((k.title(), v) for k, v in h.items()),
        [(k.encode(), v.encode()) for k, v in h.items()],
        StarletteHeaders(raw=[(k.encode(), v.encode()) for k, v in h.items()]),
        StarletteHeaders(headers={"Telnyx-Signature-ED25519": h[SIG], "TELNYX-timestamp": h[TS]}),
        {SIG: [h[SIG]], TS: (h[TS],)},
    ]
    message = email.message.Message()
    message["Telnyx-Signature-Ed25519"] = h[SIG]
    message["Telnyx-Timestamp"] = h[TS]
    variants.append(message)
    for headers in variants:
        verify(body, headers, key=signer.public_key, now=clock)


def test_duplicate_headers(signer: Signer, other_signer: Signer, clock: Clock) -> None:
    body = dtmf_body()
    h = signer.headers(body, NOW)
    forged = other_signer.headers(body, NOW)
    same = [*h.items(), (SIG.upper(), h[SIG])]
    verify(body, same, key=signer.public_key, now=clock)
    for headers in (
        [*h.items(), (SIG, forged[SIG])],
        [(SIG, forged[SIG]), *h.items()],
        [*h.items(), ("Telnyx-Timestamp", str(NOW + 1))],
        {**h, "Telnyx-Signature-Ed25519": forged[SIG]},
        StarletteHeaders(raw=[(k.encode(), v.encode()) for k, v in [*h.items(), (SIG, "x")]]),
        {SIG: [h[SIG], forged[SIG]], TS: h[TS]},
    ):
        with pytest.raises(MalformedHeaderError):
            verify(body, headers, key=signer.public_key, now=clock)


@pytest.mark.parametrize(
    "headers",
    [None, 42, "telnyx-timestamp", b"x", [1, 2], [(1,)], [("a", "b", "c")], object(), 3.5],
)
def test_headers_of_wrong_type(signer: Signer, clock: Clock, headers: Any) -> None:
    with pytest.raises(WebhookVerificationError):
        verify(dtmf_body(), headers, key=signer.public_key, now=clock)


def test_header_value_of_wrong_type(signer: Signer, clock: Clock) -> None:
    body = dtmf_body()
    h: dict[str, Any] = dict(signer.headers(body, NOW))
    h[TS] = NOW
    with pytest.raises(MalformedHeaderError):
        verify(body, h, key=signer.public_key, now=clock)


def test_key_rotation(signer: Signer, other_signer: Signer, clock: Clock) -> None:
    body = dtmf_body()
    headers = signer.headers(body, NOW)
    verify(body, headers, key=[other_signer.public_key, signer.public_key], now=clock)
    verify(body, headers, key=(signer.public_key, other_signer.public_key), now=clock)
    with pytest.raises(InvalidSignatureError):
        verify(body, headers, key=[other_signer.public_key], now=clock)


def test_key_forms(signer: Signer, clock: Clock) -> None:
    body = dtmf_body()
    headers = signer.headers(body, NOW)
    raw = bytes(signer.signing_key.verify_key)
    for key in (
        signer.public_key,
        signer.public_key + "\n",
        signer.public_key.encode(),
        raw,
        bytearray(raw),
        [raw],
        signer.signing_key.verify_key,
    ):
        verify(body, headers, key=key, now=clock)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "key",
    [
        "",
        "not base64",
        base64.b64encode(b"k" * 31).decode(),
        base64.b64encode(b"k" * 33).decode(),
        base64.b64encode(b"k" * 64).decode(),
        "é" * 44,
        b"\xff" * 44,
        b"k" * 31,
        42,
        [None],
        ["x"],
        {"a": 1},
        object(),
    ],
)
def test_malformed_key(signer: Signer, clock: Clock, key: Any) -> None:
    body = dtmf_body()
    with pytest.raises(MalformedPublicKeyError):
        verify(body, signer.headers(body, NOW), key=key, now=clock)


def test_one_malformed_key_in_rotation_is_an_error(signer: Signer, clock: Clock) -> None:
    body = dtmf_body()
    with pytest.raises(MalformedPublicKeyError):
        verify(body, signer.headers(body, NOW), key=[signer.public_key, "junk"], now=clock)


def test_missing_key_and_env(
    signer: Signer, other_signer: Signer, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = dtmf_body()
    headers = signer.headers(body, NOW)
    with pytest.raises(MissingPublicKeyError, match="TELNYX_PUBLIC_KEY"):
        verify(body, headers, now=clock)
    with pytest.raises(MissingPublicKeyError):
        verify(body, headers, key=[], now=clock)
    monkeypatch.setenv("TELNYX_PUBLIC_KEY", signer.public_key)
    verify(body, headers, now=clock)
    monkeypatch.setenv("TELNYX_PUBLIC_KEY", f"{other_signer.public_key}, {signer.public_key}")
    verify(body, headers, now=clock)
    monkeypatch.setenv("TELNYX_PUBLIC_KEY", other_signer.public_key)
    with pytest.raises(InvalidSignatureError):
        verify(body, headers, now=clock)


@pytest.mark.parametrize("payload", [None, 42, 1.5, {"a": 1}, ["x"], object(), "\ud800"])
def test_payload_of_wrong_type(signer: Signer, clock: Clock, payload: Any) -> None:
    with pytest.raises(MalformedPayloadError):
        verify(payload, signer.headers(b"x", NOW), key=signer.public_key, now=clock)


@pytest.mark.parametrize("tolerance", [math.nan, math.inf, -1, "300", None, object()])
def test_bad_tolerance(signer: Signer, clock: Clock, tolerance: Any) -> None:
    body = dtmf_body()
    headers = signer.headers(body, NOW)
    if tolerance == "300":  # a numeric string is accepted as a number of seconds
        verify(body, headers, key=signer.public_key, now=clock, tolerance=tolerance)
        return
    with pytest.raises(WebhookVerificationError):
        verify(body, headers, key=signer.public_key, now=clock, tolerance=tolerance)


def _boom() -> float:
    raise RuntimeError("clock broke")


@pytest.mark.parametrize("now", [lambda: math.nan, lambda: math.inf, lambda: "x", _boom])
def test_bad_clock(signer: Signer, now: Any) -> None:
    body = dtmf_body()
    with pytest.raises(WebhookVerificationError):
        verify(body, signer.headers(body, NOW), key=signer.public_key, now=now)


def test_huge_and_empty_bodies(signer: Signer, clock: Clock) -> None:
    for body in (b"", b"x" * (1 << 20), bytes(range(256)) * 4096):
        headers = signer.headers(body, NOW)
        verify(body, headers, key=signer.public_key, now=clock)
        with pytest.raises(InvalidSignatureError):
            verify(body + b" ", headers, key=signer.public_key, now=clock)


def test_error_hierarchy() -> None:
    for cls in (
        MissingHeaderError,
        MalformedHeaderError,
        TimestampOutsideToleranceError,
        InvalidSignatureError,
        MalformedPublicKeyError,
        MissingPublicKeyError,
        MalformedPayloadError,
    ):
        assert issubclass(cls, WebhookVerificationError)
    assert issubclass(webhooks.WebhookParseError, ValueError)
    try:
        from telnyx_voice._exceptions import TelnyxError
    except ImportError:  # pragma: no cover - before the runtime exists
        return
    assert issubclass(WebhookVerificationError, TelnyxError)
    assert issubclass(webhooks.WebhookParseError, TelnyxError)


class _Client:
    def __init__(self, public_key: Any = None) -> None:
        self.public_key = public_key


def test_client_bound_webhooks(
    signer: Signer, other_signer: Signer, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = dtmf_body()
    headers = signer.headers(body, NOW)
    for cls in (Webhooks, AsyncWebhooks):
        cls(_Client(signer.public_key)).verify(body, headers, now=clock)
        cls(_Client([other_signer.public_key, signer.public_key])).verify(body, headers, now=clock)
        with pytest.raises(InvalidSignatureError):
            cls(_Client(other_signer.public_key)).verify(body, headers, now=clock)
        # explicit key wins over the client's
        cls(_Client(other_signer.public_key)).verify(
            body, headers, key=signer.public_key, now=clock
        )
        with pytest.raises(MissingPublicKeyError, match="public_key"):
            cls(_Client()).verify(body, headers, now=clock)
        with pytest.raises(MissingPublicKeyError):
            cls(object()).unwrap(body, headers, now=clock)
        with pytest.raises(MalformedPublicKeyError):
            cls(_Client(42)).verify(body, headers, now=clock)
        monkeypatch.setenv("TELNYX_PUBLIC_KEY", signer.public_key)
        cls(_Client()).verify(body, headers, now=clock)
        monkeypatch.delenv("TELNYX_PUBLIC_KEY")


def test_a_client_reads_several_keys_from_the_environment(
    signer: Signer, other_signer: Signer, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`Telnyx()` takes `public_key` from TELNYX_PUBLIC_KEY, comma-separated during a key
    rotation: the client's webhooks read it as the module-level `verify` does."""
    from telnyx_voice import AsyncTelnyx, Telnyx

    body = dtmf_body()
    headers = signer.headers(body, NOW)
    monkeypatch.setenv("TELNYX_PUBLIC_KEY", f"{other_signer.public_key},{signer.public_key}")
    for client in (Telnyx(api_key="k"), AsyncTelnyx(api_key="k")):
        assert client.webhooks.unwrap(body, headers, now=clock).data.event_type == (
            "call.dtmf.received"
        )
    monkeypatch.setenv("TELNYX_PUBLIC_KEY", other_signer.public_key)
    with pytest.raises(InvalidSignatureError):
        Telnyx(api_key="k").webhooks.verify(body, headers, now=clock)


def test_async_webhooks_methods_are_synchronous() -> None:
    for name in ("verify", "parse", "unwrap"):
        assert not inspect.iscoroutinefunction(getattr(AsyncWebhooks, name))


def test_verify_key_objects_are_cached(signer: Signer, clock: Clock) -> None:
    from telnyx_voice.webhooks import _verify

    body = dtmf_body()
    headers = signer.headers(body, NOW)
    verify(body, headers, key=signer.public_key, now=clock)
    before = _verify._key_from_b64.cache_info().hits
    verify(body, headers, key=signer.public_key, now=clock)
    assert _verify._key_from_b64.cache_info().hits == before + 1
