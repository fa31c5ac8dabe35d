"""Print one Markdown table from the JSON rows the ``bench_*.py`` scripts wrote.

    python benchmarks/_report.py RESULTS_DIR

Each cell is ``median (min..max)`` over the rounds; ratios are ratios of medians to the
floor measured in the same run.  The target column gives the issue's target for our
ratio and, in brackets, the official SDK's ratio the issue measured on this machine.
"""

from __future__ import annotations

import json
import os
import platform
import sys
from pathlib import Path
from typing import Any

import _common as c

ORDER = [
    "import",
    "import_client",
    "import_rss",
    "cold",
    "cold_first_call",
    "cold_first_webhook",
    "cold_rss",
    "client_cpu",
    "sync_loopback",
    "async",
    "async_cpu",
    "async_aio_1",
    "async_aio_50",
    "async_aio_200",
    "latency_p50",
    "latency_p99",
    "latency_max",
    "latency_command_ids",
    "latency_requests",
    "latency_connections",
    "webhook",
    "media_parse",
    "media_stream",
    "generate_cold",
    "generate_warm",
]


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def machine() -> str:
    return (
        f"{os.cpu_count()}-core {_cpu()} ({platform.machine()}), "
        f"Python {platform.python_version()}, {platform.system()}"
    )


def _ratio(cell: dict[str, Any] | None) -> str:
    if not cell or "ratio" not in cell:
        return "-"
    return f"{cell['ratio']:.2f}×"


def _target(r: dict[str, Any]) -> tuple[str, str]:
    """(target text, met mark)."""
    target = r.get("target")
    if target is None:
        return "-", "-"
    if r.get("floor") is None:  # absolute target
        value = r["ours"]["median"]
        return f"≤ {target:g} {r['unit']}", "met" if value <= target else "**missed**"
    bracket = f" [{r['issue_official']:g}×]" if r.get("issue_official") else ""
    ratio = r["ours"].get("ratio")
    met = "-" if ratio is None else ("met" if ratio <= target else "**missed**")
    return f"≤ {target:g}×{bracket}", met


def table(results: list[dict[str, Any]]) -> str:
    rows = {r["key"]: r for result in results for r in result["rows"]}
    version = next(
        (x["meta"]["official_version"] for x in results if x["meta"].get("official_version")),
        None,
    )
    official = f"official `telnyx` {version}" if version else "official `telnyx`"
    lines = [
        f"| measurement | floor | this SDK | {official} | ours / floor "
        "| official / floor | target [issue's official] | |",
        "|---|---|---|---|---|---|---|---|",
    ]
    keys = [k for k in ORDER if k in rows] + sorted(k for k in rows if k not in ORDER)
    for key in keys:
        r = rows[key]
        unit = r["unit"]
        target, met = _target(r)
        lines.append(
            "| "
            + " | ".join(
                [
                    r["what"],
                    c.fmt_cell(r.get("floor"), unit),
                    c.fmt_cell(r.get("ours"), unit),
                    c.fmt_cell(r.get("official"), unit),
                    _ratio(r.get("ours")),
                    _ratio(r.get("official")),
                    target,
                    met,
                ]
            )
            + " |"
        )
        for extra in r.get("extras", ()):
            cells = ["↳ " + extra["label"], "", c.fmt_cell(extra, unit), "", _ratio(extra)]
            lines.append("| " + " | ".join(cells + ["", "", ""]) + " |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    files = sorted(Path(argv[0]).glob("*.json"))
    if not files:
        print(f"no benchmark results in {argv[0]}", file=sys.stderr)
        return 1
    results = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    print()
    print(f"Machine: {machine()}")
    print("Rounds: " + ", ".join(f"{x['script']} {x['rounds']} × n={x['n']}" for x in results))
    print()
    print(table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
