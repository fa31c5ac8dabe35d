"""Shared helpers of the benchmark scripts (not a benchmark itself).

Every ``bench_*.py`` script measures one thing three ways -- the *floor* (bare httpx,
PyNaCl, json), *ours* (``telnyx_voice``) and *official* (the ``telnyx`` SDK, when it is
importable) -- interleaved within each round (A B C, then C B A, ...), and reports the
median and min..max over the rounds plus the ratio of medians to the floor.

Each script prints its own lines (always including the word "ratio") and, when
``--json PATH`` is given or ``$TELNYX_BENCH_RESULTS`` names a directory, writes its rows
as JSON there; ``benchmarks/_report.py`` turns those files into one table.
"""

from __future__ import annotations

import argparse
import base64
import gc
import importlib
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

RESULTS_ENV = "TELNYX_BENCH_RESULTS"
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

API_KEY = "KEY0123456789ABCDEF"
CALL_CONTROL_ID = "v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg"
DIGITS = "1234#"
RESPONSE_BODY = b'{"data":{"result":"ok"}}'
"""What Telnyx answers to a call command (``CallControlCommandResponse``)."""

SIDES = ("floor", "ours", "official")


def official_sdk() -> ModuleType | None:
    """The official ``telnyx`` SDK, or ``None`` when it is not installed."""
    try:
        return importlib.import_module("telnyx")
    except ImportError:
        return None


def official_na() -> str:
    return "n/a (telnyx not installed)"


def parse_args(doc: str | None, *, n: int, rounds: int, n_help: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=(doc or "").strip().splitlines()[0] if doc else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--n", type=int, default=n, help=f"{n_help} (default {n})")
    parser.add_argument(
        "--rounds", type=int, default=rounds, help=f"interleaved rounds (default {rounds})"
    )
    parser.add_argument(
        "--json",
        type=Path,
        default=None,
        help=f"write the rows here (default: ${RESULTS_ENV}/<script>.json when that is set)",
    )
    args = parser.parse_args()
    if args.n < 1 or args.rounds < 1:
        parser.error("--n and --rounds must be >= 1")
    return args


def interleave(sides: Mapping[str, Callable[[], float]], rounds: int) -> dict[str, list[float]]:
    """Run each side once per round, alternating the order (A B C, C B A, ...).

    Each callable runs one measurement and returns its value (seconds per call, ...).
    A ``gc.collect()`` precedes each measurement, so that no side pays for collecting the
    garbage another side left behind.
    """
    names = list(sides)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for r in range(rounds):
        for name in names if r % 2 == 0 else reversed(names):
            gc.collect()
            samples[name].append(sides[name]())
    return samples


def per_call(fn: Callable[[], object], n: int) -> float:
    """Mean seconds per call over ``n`` calls."""
    start = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - start) / n


def stat(samples: Sequence[float], scale: float = 1.0) -> dict[str, float]:
    xs = [x * scale for x in samples]
    return {"median": statistics.median(xs), "min": min(xs), "max": max(xs), "n": len(xs)}


def row(
    key: str,
    what: str,
    unit: str,
    samples: Mapping[str, Sequence[float]],
    *,
    scale: float,
    labels: Mapping[str, str],
    target: float | None = None,
    issue_official: float | None = None,
    official_note: str | None = None,
    alone: bool = False,
    no_official: bool = False,
    note: str = "",
    extras: Sequence[str] = (),
) -> dict[str, Any]:
    """One table row: per-side stats (scaled to ``unit``), ratios to the floor, target.

    ``alone``: only ours is measured (no floor, no official counterpart; the target is
    then an absolute value in ``unit``).  ``no_official``: a floor but nothing in the
    official SDK to compare with (its cells show ``-``).  ``extras``: further sides of
    ``samples`` (measured in the same rounds), reported on sub-rows under this one with
    their ratio to the same floor.
    """
    out: dict[str, Any] = {
        "key": key,
        "what": what,
        "unit": unit,
        "target": target,
        "issue_official": issue_official,
        "note": note,
    }
    for side in SIDES:
        if side in samples:
            out[side] = {"label": labels.get(side, side), **stat(samples[side], scale)}
        elif side == "official" and not alone and not no_official:
            out[side] = {"label": labels.get(side, side), "na": official_note or official_na()}
        else:
            out[side] = None
    out["extras"] = [
        {"label": labels.get(side, side), **stat(samples[side], scale)}
        for side in extras
        if side in samples
    ]
    floor = out["floor"]
    for cell in [out["ours"], out["official"], *out["extras"]]:
        if floor and cell and "median" in cell:
            cell["ratio"] = cell["median"] / floor["median"]
    return out


def fmt_value(value: float, unit: str) -> str:
    if unit in ("µs", "ms") and value >= 100:
        return f"{value:.0f}"
    if unit == "MB" or value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def fmt_cell(cell: Mapping[str, Any] | None, unit: str) -> str:
    if not cell:
        return "-"
    if "na" in cell:
        return str(cell["na"])
    return (
        f"{fmt_value(cell['median'], unit)} {unit} "
        f"({fmt_value(cell['min'], unit)}..{fmt_value(cell['max'], unit)})"
    )


def emit(script: str, rows: list[dict[str, Any]], args: argparse.Namespace, **meta: Any) -> None:
    """Print the rows (each with its ratios) and write them as JSON when asked to."""
    for r in rows:
        print(f"{r['what']}  [{r['unit']}; median (min..max) of {args.rounds} rounds]")
        for side in SIDES:
            cell = r.get(side)
            if cell is None:
                continue
            ratio = f"  ratio {cell['ratio']:.2f}x" if "ratio" in cell else ""
            print(f"  {side:8s} {cell['label']:44s} {fmt_cell(cell, r['unit'])}{ratio}")
        for cell in r.get("extras", ()):
            ratio = f"  ratio {cell['ratio']:.2f}x" if "ratio" in cell else ""
            print(f"  {'also':8s} {cell['label']:44s} {fmt_cell(cell, r['unit'])}{ratio}")
        if r.get("target") is not None and r["floor"] is None:
            med = r["ours"]["median"]
            print(f"  ratio n/a: absolute target <= {r['target']} {r['unit']}: ours {med:.2f}")
    target = args.json
    if target is None and os.environ.get(RESULTS_ENV):
        target = Path(os.environ[RESULTS_ENV]) / f"{script}.json"
    if target is not None:
        target.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "script": script,
            "n": args.n,
            "rounds": args.rounds,
            "rows": rows,
            "meta": meta,
        }
        target.write_text(json.dumps(payload, indent=1), encoding="utf-8")


def official_version() -> str | None:
    sdk = official_sdk()
    return getattr(sdk, "__version__", "?") if sdk is not None else None


# --------------------------------------------------------------------------- webhook


def signed_dtmf_webhook() -> tuple[bytes, dict[str, str], str, bytes, bytes]:
    """A ``call.dtmf.received`` delivery signed now with a fresh Ed25519 key.

    Returns (body, headers, public key base64, raw public key, signature).
    """
    from nacl.signing import SigningKey

    signing_key = SigningKey(os.urandom(32))
    body = json.dumps(
        {
            "data": {
                "record_type": "event",
                "event_type": "call.dtmf.received",
                "id": "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0",
                "occurred_at": "2018-02-02T22:25:27.521992Z",
                "payload": {
                    "call_control_id": CALL_CONTROL_ID,
                    "call_leg_id": "2dc6fc34-f9e0-11ea-b68e-02420a0f7768",
                    "call_session_id": "2dc1b3c8-f9e0-11ea-bc5a-02420a0f7768",
                    "client_state": "aGF2ZSBhIG5pY2UgZGF5ID1d",
                    "connection_id": "7267xxxxxxxxxxxxxx",
                    "digit": "#",
                    "from": "+35319605860",
                    "to": "+13129457420",
                },
            },
            "meta": {"attempt": 1, "delivered_to": "https://example.com/webhooks"},
        }
    ).encode()
    ts = str(int(time.time()))
    signature = signing_key.sign(ts.encode() + b"|" + body).signature
    headers = {
        "host": "example.com",
        "user-agent": "telnyx-webhooks",
        "content-type": "application/json",
        "content-length": str(len(body)),
        "accept": "*/*",
        "telnyx-signature-ed25519": base64.b64encode(signature).decode(),
        "telnyx-timestamp": ts,
    }
    raw_key = bytes(signing_key.verify_key)
    return body, headers, base64.b64encode(raw_key).decode(), raw_key, signature


# --------------------------------------------------------------------------- server


@contextmanager
def loopback_server(*server_args: str) -> Iterator[str]:
    """Start ``benchmarks/_server.py`` (uvicorn) on 127.0.0.1:<free port>; yield its URL.

    The server answers every request with :data:`RESPONSE_BODY` (``server_args``: see
    ``_server.py``, e.g. ``--stall-every 20``). It is stopped on exit, and stops by itself
    when this process dies (it watches its stdin).
    """
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "_server.py"), *server_args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line.startswith("PORT "):
            raise RuntimeError(f"benchmark server did not start: {line!r}")
        yield f"http://127.0.0.1:{int(line.split()[1])}"
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
