"""Every ```python block of README.md and docs/ runs, against a loopback server.

Each block runs in a fresh interpreter with `TELNYX_BASE_URL` pointing at a server on
127.0.0.1 that answers every voice operation with a body its spec schema accepts (every
declared field; lists: one item on one page) and a throw-away `TELNYX_API_KEY`. Proxies
point at a closed loopback port, so a block that tried to reach anything else fails
instead of leaving the machine. A block preceded on the line just before its fence by
`<!-- example: NAME -->` needs its own harness (a server app) and is run by that issue's
test, not here.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from codegen import load, select
from codegen.config import Config
from codegen.ir import API

from ..client.conftest import SpecSchemas, ir_for
from ..client.test_webhook_events_from_spec import _full
from ..conftest import Recorded, serve_json

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
MARKER = re.compile(r"<!-- example: [\w.-]+ -->")


@dataclass(frozen=True)
class Block:
    source: str  # "README.md:25"
    code: str


def _blocks() -> tuple[list[Block], list[str]]:
    """(blocks to run here, sources of the marked blocks left to their own tests)."""
    run, marked = [], []
    for path in DOCS:
        lines = path.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            if line.strip() != "```python":
                continue
            end = next(j for j in range(i + 1, len(lines)) if lines[j].strip() == "```")
            source = f"{path.relative_to(ROOT).as_posix()}:{i + 1}"
            if i and MARKER.fullmatch(lines[i - 1].strip()):
                marked.append(source)
            else:
                run.append(Block(source, "\n".join(lines[i + 1 : end]) + "\n"))
    return run, marked


BLOCKS, MARKED = _blocks()


@dataclass
class Route:
    method: str
    pattern: re.Pattern[str]
    status: int
    payload: Any


@pytest.fixture(scope="module")
def telnyx_stand_in(
    spec: load.LoadedSpec, config: Config, api: API, schemas: SpecSchemas
) -> Iterator[tuple[str, list[str]]]:
    """(base URL, "METHOD path" of every request received) of a loopback server answering
    each voice operation with its success response as the spec describes it."""
    routes = []
    for selected in select.select_operations(spec.document, config.selection):
        ir = ir_for(api, selected)
        responses = selected.operation["responses"]
        status = next(s for s in ("200", "201", "202", "204") if s in responses)
        content = schemas.refs.deref(responses[status], "#").get("content") or {}
        body: Any = None
        if "application/json" in content:
            body = _full(schemas, content["application/json"]["schema"])
            if ir.pagination:
                meta = {"page_number": 1, "total_pages": 1, "page_size": 20, "total_results": 1}
                body = {"data": body.get("data", [])[:1], "meta": meta}
        regex = re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(ir.path))
        routes.append(Route(ir.method, re.compile(f"/v2{regex}"), int(status), body))
    seen: list[str] = []

    def respond(request: Recorded) -> tuple[int, Any]:
        seen.append(f"{request.method} {request.path}")
        for route in routes:
            if route.method == request.method and route.pattern.fullmatch(request.path):
                return route.status, route.payload
        return 404, {"errors": []}

    with serve_json(respond) as url:
        yield url, seen


def test_the_docs_have_examples() -> None:
    assert len(BLOCKS) >= 3
    assert all(source.startswith(("README.md", "docs/")) for source in MARKED)


@pytest.mark.parametrize("block", BLOCKS, ids=lambda b: b.source)
def test_example_runs(block: Block, telnyx_stand_in: tuple[str, list[str]], tmp_path: Path) -> None:
    url, seen = telnyx_stand_in
    before = len(seen)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("TELNYX_")},
        "TELNYX_BASE_URL": url,
        "TELNYX_API_KEY": "KEY-docs-throwaway-0000",
        "HTTP_PROXY": "http://127.0.0.1:9",  # anything but the stand-in fails fast
        "HTTPS_PROXY": "http://127.0.0.1:9",
        "ALL_PROXY": "http://127.0.0.1:9",
        "NO_PROXY": "127.0.0.1",
    }
    done = subprocess.run(
        [sys.executable, "-c", block.code],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 0, f"{block.source} failed:\n{done.stderr}\n{done.stdout}"
    assert all(line.split(" ")[1].startswith("/v2/") for line in seen[before:])
    if "Telnyx(" in block.code:  # a block with a client reached the stand-in
        assert len(seen) > before, seen
    assert "404" not in done.stderr


def test_readme_retry_examples_are_true(api: API) -> None:
    """The README's examples of operations with a `command_id` (retried) and of operations
    retried only when the request surely did not reach Telnyx match the generated table."""
    text = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    with_id = re.search(r"\(([^()]*) have one too\)", text)
    not_retried = re.search(r"Operations that are not idempotent \(e\.g\. ([^)]*)\)", text)
    assert with_id and not_retried, "the README's retry paragraph moved; update this test"
    by_method = {".".join(op.resource + (op.name,)): op for op in api.operations}
    named_with_id = re.findall(r"`([\w.]+)`", with_id.group(1))
    named_not_retried = re.findall(r"`([\w.]+)`", not_retried.group(1))
    assert named_with_id and named_not_retried
    for method in named_with_id:
        assert by_method[method].takes_command_id and by_method[method].idempotent, method
    for method in named_not_retried:
        assert not by_method[method].idempotent, f"{method} is retried (idempotent)"
