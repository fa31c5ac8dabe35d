"""The generator on the real spec: determinism, pinning, located errors, no numbered names."""

from __future__ import annotations

import ast
import hashlib
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from codegen import load
from codegen.config import Config
from codegen.errors import PinError
from codegen.paths import GENERATED_DIR, ROOT
from codegen.schemas import pascal

OLD_SPEC = ROOT.parent / "shared" / "spec" / "telnyx-openapi-2026-02-17.yml"


def _generate(*args: str, seed: str = "0") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run(
        [sys.executable, "-m", "codegen", "generate", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _tree(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_generation_is_deterministic_and_matches_the_committed_tree(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    assert _generate("--out", str(first), seed="1").returncode == 0
    assert _generate("--out", str(second), seed="12345").returncode == 0
    assert _tree(first) == _tree(second)
    assert _tree(first / "telnyx_voice") == _tree(GENERATED_DIR / "telnyx_voice")


def test_a_dangling_ref_is_a_located_error_and_nothing_is_written(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n"
        "  /calls/{call_control_id}/actions/x:\n    post:\n      operationId: X\n"
        "      tags: [Call Commands]\n      parameters:\n"
        "        - {name: call_control_id, in: path, required: true, schema: {type: string}}\n"
        "      requestBody:\n        content:\n          application/json:\n"
        "            schema: {$ref: '#/components/schemas/Missing'}\n"
        "      responses: {'200': {description: ok}}\ncomponents: {schemas: {}}\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    (out / "telnyx_voice").mkdir(parents=True)
    (out / "telnyx_voice" / "keep.py").write_text("# previous tree\n")
    done = _generate("--spec", str(bad), "--out", str(out))
    assert done.returncode == 1
    assert "#/paths/~1calls~1{call_control_id}~1actions~1x/post/requestBody" in done.stderr
    assert "Missing" in done.stderr
    assert sorted(p.name for p in out.rglob("*")) == ["keep.py", "telnyx_voice"]


def test_committed_tree_only_comes_from_the_pinned_spec() -> None:
    before = _tree(GENERATED_DIR)
    done = _generate("--spec", str(OLD_SPEC))
    assert done.returncode == 1
    assert "pins" in done.stderr and "--out" in done.stderr
    assert _tree(GENERATED_DIR) == before


def test_another_spec_can_be_generated_elsewhere(tmp_path: Path) -> None:
    done = _generate("--spec", str(OLD_SPEC), "--out", str(tmp_path))
    assert done.returncode == 0, done.stderr
    version = (tmp_path / "telnyx_voice" / "_version.py").read_text()
    assert "c0e23d770d7eb6b60e9acc533d447b9a834616d938c66f2968a8c165dc7e8f7a" in version


def test_no_class_has_a_numbered_name(spec: load.LoadedSpec) -> None:
    classes = [
        n.name
        for path in (GENERATED_DIR / "telnyx_voice" / "types" / "models").glob("*.py")
        for n in ast.parse(path.read_text()).body
        if isinstance(n, ast.ClassDef)
    ]
    assert len(classes) > 400
    components = {pascal(k) for k in spec.document["components"]["schemas"]}
    numbered = [c for c in classes if re.search(r"\d+$", c) and c not in components]
    assert numbered == []


def test_every_voice_webhook_event_is_registered() -> None:
    from telnyx_voice.types.webhook_events import EVENT_TYPES

    assert len(EVENT_TYPES) == 55
    assert EVENT_TYPES["call.dtmf.received"].__name__ == "CallDtmfReceivedEvent"


def test_importing_the_package_does_not_import_models() -> None:
    code = (
        "import sys, telnyx_voice; print('pydantic.main' in sys.modules); "
        "c = telnyx_voice.Telnyx(api_key='k'); c.calls.actions.send_dtmf; c.queues.calls; "
        "print('telnyx_voice.types.models' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]


# -- the download path (a spec not found locally) -------------------------------------------


@pytest.fixture
def file_server(tmp_path: Path) -> Iterator[dict[str, Any]]:
    state: dict[str, Any] = {"body": b"", "hits": 0}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state["hits"] += 1
            self.send_response(200)
            self.send_header("content-length", str(len(state["body"])))
            self.end_headers()
            self.wfile.write(state["body"])

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    state["url"] = f"http://127.0.0.1:{httpd.server_address[1]}/openapi/spec3.yml"
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_download_checks_the_sha256_and_caches(
    file_server: dict[str, Any], tmp_path: Path, spec: load.LoadedSpec, config: Config
) -> None:
    file_server["body"] = spec.path.read_bytes()
    path = load.fetch_pinned(file_server["url"], config.pin.sha256, cache=tmp_path)
    assert load.sha256_of(path) == config.pin.sha256
    again = load.fetch_pinned(file_server["url"], config.pin.sha256, cache=tmp_path)
    assert again == path and file_server["hits"] == 1


def test_download_with_another_sha256_is_refused(
    file_server: dict[str, Any], tmp_path: Path, config: Config
) -> None:
    file_server["body"] = b"openapi: 3.1.0\n# not the pinned file\n"
    with pytest.raises(PinError, match="sha256"):
        load.fetch_pinned(file_server["url"], config.pin.sha256, cache=tmp_path)
    assert list(tmp_path.iterdir()) == []
