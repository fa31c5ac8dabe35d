"""The typing probes keep their size: `nox -s typecheck` proves each mistake is caught
(an unused ignore is an error); this keeps the probes from shrinking unnoticed."""

from __future__ import annotations

import re
from pathlib import Path

MISTAKE = re.compile(r"# type: ignore\[[a-z-, ]+\]")


def test_probes_hold_at_least_30_mistakes_and_15_correct_usages() -> None:
    text = (Path(__file__).parent / "requests_probe.py").read_text(encoding="utf-8")
    body = text.split("def correct_usages", 1)[1].split("def mistakes", 1)[0]
    mistakes = [line for line in text.splitlines() if MISTAKE.search(line)]
    correct = [
        line
        for line in body.splitlines()
        if re.match(r"\s+(await |async for |actions\.|client\.)", line)
    ]
    assert len(mistakes) >= 30, mistakes
    assert len(correct) >= 15, correct
    assert not any(MISTAKE.search(line) for line in body.splitlines())
