"""`python -m codegen generate [--spec PATH] [--out DIR]`."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from codegen import build, load, render, write
from codegen.config import load_config
from codegen.errors import GeneratorError, PinError
from codegen.paths import GENERATED_DIR


def generate(spec: str | None, out: Path, *, quiet: bool = False) -> float:
    """Run the whole pipeline; returns the wall time in seconds."""
    started = time.perf_counter()
    config = load_config()
    loaded = load.load(config.pin, spec)
    if out.resolve() == GENERATED_DIR.resolve() and loaded.sha256 != config.pin.sha256:
        raise PinError(
            f"{loaded.path} has sha256 {loaded.sha256}, but spec/pin.yaml pins {config.pin.sha256}. "
            "The committed generated/ only comes from the pinned spec: generate into another "
            "directory with --out, or re-pin the spec first."
        )
    api = build.build(loaded, config)
    files = render.render(api)
    write.write(files, out)
    elapsed = time.perf_counter() - started
    if not quiet:
        print(
            f"generated {len(api.operations)} operations, {len(api.models)} models, "
            f"{len(api.webhooks)} webhook events from {loaded.path} "
            f"(sha256 {loaded.sha256[:12]}) into {out} in {elapsed:.2f} s"
        )
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="generate the telnyx_voice package from the spec")
    gen.add_argument(
        "--spec",
        help="spec file (default: $TELNYX_OPENAPI_SPEC, else the pin in spec/pin.yaml)",
    )
    gen.add_argument("--out", type=Path, default=GENERATED_DIR, help="output directory")
    gen.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    try:
        generate(args.spec, args.out, quiet=args.quiet)
    except GeneratorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0
