"""Benchmark scripts run with a tiny N so they do not rot (no timing is asserted)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH_DIR = Path(__file__).resolve().parents[2] / "benchmarks"
BENCHMARKS = sorted(BENCH_DIR.glob("bench_*.py"))
REPORT = BENCH_DIR / "_report.py"
HAS_OFFICIAL = importlib.util.find_spec("telnyx") is not None


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bench-results")


def _run(script: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(script), "--n", "5", "--rounds", "1", "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("script", BENCHMARKS, ids=lambda p: p.stem)
def test_benchmark_script_runs(script: Path, results: Path) -> None:
    out = results / f"{script.stem}.json"
    done = _run(script, out)
    assert done.returncode == 0, done.stderr
    assert "ratio" in done.stdout
    rows = json.loads(out.read_text(encoding="utf-8"))["rows"]
    assert rows
    for row in rows:
        assert row["ours"]["median"] > 0, row
        official = row.get("official")
        if official is not None and not HAS_OFFICIAL:
            assert official == {"label": official["label"], "na": "n/a (telnyx not installed)"}
            assert "n/a (telnyx not installed)" in done.stdout


def test_report_prints_one_table(results: Path) -> None:
    if not any(results.glob("*.json")):  # this test run alone: one quick script first
        assert _run(BENCH_DIR / "bench_client_cpu.py", results / "cpu.json").returncode == 0
    done = subprocess.run(
        [sys.executable, str(REPORT), str(results)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    table = [line for line in done.stdout.splitlines() if line.startswith("|")]
    assert table[0].startswith("| measurement | floor | this SDK |")
    assert len(table) >= 3  # header, separator, at least one row


def test_there_is_a_benchmark() -> None:
    assert BENCHMARKS
