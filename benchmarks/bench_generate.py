"""Generation: wall time of ``python -m codegen generate`` from the pinned 4 MB spec.

(cold) with an empty parsed-spec cache (``TELNYX_CODEGEN_CACHE`` = a fresh directory): the
       YAML is parsed, and the marshal cache written
(warm) the same command again with that cache

Each round uses a new cache directory and output directory (never ``generated/`` nor the
user's cache); the time is the whole process (interpreter start-up, imports, ruff
included).  No floor and no official counterpart: the target is absolute (<= 4 s).
``--n`` is accepted for a uniform command line and ignored.

    python benchmarks/bench_generate.py [--rounds R] [--json PATH]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _common as c


def _generate(cache: Path, out: Path) -> float:
    env = {**os.environ, "TELNYX_CODEGEN_CACHE": str(cache)}
    cmd = [sys.executable, "-m", "codegen", "generate", "--out", str(out), "--quiet"]
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=c.ROOT, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"generation failed:\n{done.stdout}{done.stderr}")
    return elapsed


def main() -> int:
    args = c.parse_args(__doc__, n=1, rounds=3, n_help="ignored")
    cold: list[float] = []
    warm: list[float] = []
    for _ in range(args.rounds):
        with tempfile.TemporaryDirectory() as tmp:
            cache, out = Path(tmp) / "cache", Path(tmp) / "out"
            cache.mkdir()
            cold.append(_generate(cache, out))
            warm.append(_generate(cache, out))
    rows = [
        c.row(
            "generate_cold",
            "regeneration from the pinned 4 MB spec, cold (empty parsed-spec cache)",
            "s",
            {"ours": cold},
            scale=1.0,
            labels={"ours": "python -m codegen generate"},
            alone=True,
            target=4.0,
        ),
        c.row(
            "generate_warm",
            "regeneration, warm (parsed-spec cache hit)",
            "s",
            {"ours": warm},
            scale=1.0,
            labels={"ours": "python -m codegen generate"},
            alone=True,
            target=4.0,
        ),
    ]
    c.emit("bench_generate", rows, args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
