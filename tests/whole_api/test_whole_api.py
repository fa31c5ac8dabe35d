"""The whole Telnyx API generates, type-checks and runs (issue 14): both shared spec
versions, generated with spec/selections/whole-api.yaml into a temporary directory.

Marked `whole_api` and left out of the default run (minutes, not seconds): run it with
`nox -s whole_api` (or `pytest -m whole_api tests/whole_api`). Every count comes from the
spec itself; the generated package is imported only in subprocesses (this interpreter's
`telnyx_voice` is the voice package)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from codegen import build, cli, load, select
from codegen.config import load_config
from codegen.ir import API, FILE_TYPES, RAW_TYPES, OperationIR
from codegen.paths import ROOT, SPEC_DIR

pytestmark = pytest.mark.whole_api

WHOLE_API = SPEC_DIR / "selections" / "whole-api.yaml"
SHARED = ROOT.parent / "shared" / "spec"
VERSIONS = {
    "pinned": os.environ.get("TELNYX_OPENAPI_SPEC")
    or str(SHARED / "telnyx-openapi-2026-07-16.yml"),
    "2026-02-17": str(SHARED / "telnyx-openapi-2026-02-17.yml"),
}
_JSON = "application/json"


class Generated:
    def __init__(self, spec_path: str, out: Path) -> None:
        config = load_config(SPEC_DIR, WHOLE_API)
        self.loaded = load.load(config.pin, spec_path)
        self.document: dict[str, Any] = self.loaded.document
        self.api: API = build.build(self.loaded, config)
        cli.generate(spec_path, out, quiet=True, selection=WHOLE_API)
        self.out = out
        self.package = out / "telnyx_voice"


@pytest.fixture(scope="module", params=sorted(VERSIONS))
def whole(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Generated:
    path = VERSIONS[request.param]
    if not Path(path).is_file():
        pytest.fail(f"spec {path} not found (../shared/spec)")
    return Generated(path, tmp_path_factory.mktemp(f"whole-api-{request.param}"))


def _spec_operations(document: dict[str, Any]) -> set[tuple[str, str]]:
    return {
        (method.upper(), path)
        for path, item in document["paths"].items()
        for method in select.HTTP_METHODS
        if isinstance(item.get(method), dict)
    }


def _run(args: list[str], cwd: Path, timeout: float) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    return subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


# -- every operation, every webhook, no numbered class -----------------------------------


def test_every_operation_of_the_spec_is_a_method_on_both_clients(whole: Generated) -> None:
    in_spec = _spec_operations(whole.document)
    emitted = {(op.method, op.path) for op in whole.api.operations}
    assert emitted == in_spec, f"dropped: {sorted(in_spec - emitted)[:20]}"
    assert len(whole.api.operations) == len(in_spec)
    chains = sorted({".".join((*op.resource, op.name)) for op in whole.api.operations})
    assert len(chains) == len(in_spec)  # one method per operation
    script = (
        "import json, sys, telnyx_voice\n"
        "missing = []\n"
        "chains = json.load(sys.stdin)\n"
        "for client in (telnyx_voice.Telnyx(api_key='K'), telnyx_voice.AsyncTelnyx(api_key='K')):\n"
        "    for chain in chains:\n"
        "        target = client\n"
        "        try:\n"
        "            for attr in chain.split('.'):\n"
        "                target = getattr(target, attr)\n"
        "            assert callable(target)\n"
        "        except (AttributeError, AssertionError):\n"
        "            missing.append(type(client).__name__ + '.' + chain)\n"
        "print(json.dumps(missing))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        input=json.dumps(chains),
        cwd=whole.out,
        env={**os.environ, "PYTHONPATH": str(whole.out)},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads(done.stdout) == []


def _classes(whole: Generated) -> set[str]:
    """Every model class of the package (`types/models/<schema>.py`, split per schema)."""
    return {
        name
        for module in (whole.package / "types" / "models").glob("*.py")
        for name in re.findall(r"^class (\w+)\(", module.read_text(encoding="utf-8"), re.M)
    }


def test_every_webhook_has_its_class(whole: Generated) -> None:
    keys = set(whole.document.get("webhooks") or {})
    assert {w.key for w in whole.api.webhooks} == keys
    classes = _classes(whole)
    assert {w.model for w in whole.api.webhooks} <= classes
    registry = (whole.package / "types" / "webhook_events.py").read_text(encoding="utf-8")
    for hook in whole.api.webhooks:
        for event_type in hook.event_types:
            assert f'"{event_type}": "{hook.model}",' in registry


def test_no_class_name_is_numbered(whole: Generated) -> None:
    """datamodel-code-generator numbers a class (`Foo1`) when it had to invent a name twice;
    every class it writes must be one the IR named (none invented)."""
    classes = _classes(whole)
    numbered = sorted(
        name for name in classes if (m := re.fullmatch(r"(.*\D)\d+", name)) and m[1] in classes
    )
    assert len(classes) >= len(whole.api.models) // 2
    assert numbered == []
    assert sorted(classes - {m.name for m in whole.api.models}) == []


def test_mypy_strict_is_clean(whole: Generated) -> None:
    done = _run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(whole.out / ".mypy_cache"),
            "-p",
            "telnyx_voice",
        ],
        whole.out,
        timeout=1800,
    )
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]


# -- a smoke call of every operation ------------------------------------------------------


# strings tried, in order, for a `pattern` without an example (country codes, E.164, ...)
_PATTERN_CANDIDATES = ("US", "+18005550100", "18005550100", "1", "a", "x", "A1", "abc-123")


class Synth:
    """Argument values from a schema: its example, default, first enum value, else one
    made from its type (and format); `$ref`s followed through the raw spec."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.refs = select.RefResolver(document)

    def resolve(self, schema: Any) -> Any:
        seen = 0
        while isinstance(schema, dict) and "$ref" in schema and seen < 50:
            schema, _ = self.refs.located(schema, "#")
            seen += 1
        return schema

    def value(self, schema: Any, depth: int = 0) -> Any:
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or depth > 8:
            return "x"
        if "const" in schema:
            return schema["const"]
        if schema.get("enum"):  # before `example`: some examples are not among the values
            return next((v for v in schema["enum"] if v is not None), schema["enum"][0])
        for key in ("example", "default"):
            if key in schema and schema[key] is not None:
                return schema[key]
        for key in ("oneOf", "anyOf"):
            if schema.get(key):
                return self.value(schema[key][0], depth + 1)
        if schema.get("allOf"):
            parts = [self.value(part, depth + 1) for part in schema["allOf"]]
            if not all(isinstance(p, dict) for p in parts):  # `allOf: [$ref: SomeEnum]`
                return next(p for p in parts if not isinstance(p, dict))
            merged: dict[str, Any] = {}
            for part_value in parts:
                merged.update(part_value)
            return merged
        kind = schema.get("type")
        kind = next((k for k in kind if k != "null"), "string") if isinstance(kind, list) else kind
        if kind == "integer":
            return int(schema.get("minimum", 1))
        if kind == "number":
            return float(schema.get("minimum", 1))
        if kind == "boolean":
            return True
        if kind == "array":
            return [self.value(schema.get("items", {}), depth + 1)] * max(
                1, schema.get("minItems", 1)
            )
        if kind == "object" or "properties" in schema:
            props = schema.get("properties") or {}
            return {
                p: self.value(props[p], depth + 1)
                for p in schema.get("required") or ()
                if p in props
            }
        if schema.get("pattern"):
            return next((c for c in _PATTERN_CANDIDATES if re.search(schema["pattern"], c)), "x")
        text = {
            "date-time": "2026-01-01T00:00:00Z",
            "date": "2026-01-01",
            "uuid": "8f1b3a5c-1f2e-4c3d-9a8b-7c6d5e4f3a2b",
            "email": "dev@example.com",
            "uri": "https://example.com/a",
            "url": "https://example.com/a",
            "binary": "AAAA",
        }.get(schema.get("format", ""), "x")
        return text.ljust(int(schema.get("minLength", 0)), "x")


def _response(op: OperationIR, document: dict[str, Any], synth: Synth) -> tuple[int, str, Any]:
    """`(status, content type, body)` of the operation's first success response: the spec's
    example, else one synthesised from its schema."""
    path_item = document["paths"][op.path]
    responses = path_item[op.method.lower()].get("responses") or {}
    status = next(s for s in ("200", "201", "202", "204", "2XX", "default") if s in responses)
    response = synth.resolve(responses[status])
    code = 200 if not status.isdigit() else int(status)
    content = (response or {}).get("content") or {}
    if not content:
        return code, "", None
    kind = _JSON if _JSON in content else sorted(content)[0]
    media = content[kind] or {}
    if "example" in media:
        body = media["example"]
    elif media.get("examples"):
        first = synth.resolve(next(iter(media["examples"].values())))
        body = first.get("value") if isinstance(first, dict) else first
    else:
        body = synth.value(media.get("schema") or {})
    if "json" not in kind and not isinstance(body, str):
        body = json.dumps(body) if body is not None else "data"
    elif "json" in kind:
        body = json.dumps(body)  # a JSON string (`"OK"`) or any value, encoded
    return code, kind, body


def _properties(schema: Any, synth: Synth) -> dict[str, Any]:
    """An object schema's properties, those of its `allOf` members (at any depth) merged."""
    props: dict[str, Any] = {}
    for member in schema.get("allOf") or () if isinstance(schema, dict) else ():
        props.update(_properties(synth.resolve(member), synth))
    props.update((schema.get("properties") or {}) if isinstance(schema, dict) else {})
    return props


def _cases(whole: Generated) -> list[dict[str, Any]]:
    synth = Synth(whole.document)
    cases = []
    for op in whole.api.operations:
        body_schema: dict[str, Any] = {}
        if op.request_schema is not None:
            body_schema = synth.resolve(op.request_schema.schema) or {}
        props = _properties(body_schema, synth)
        kwargs: dict[str, Any] = {}
        for f in op.keyword_params:
            if not f.required:
                continue
            one_body = f.location == "body" and op.body is not None and op.body.whole
            schema = (
                body_schema
                if one_body
                else props.get(f.wire)
                if f.location == "body"
                else (f.source.schema if f.source else {})
            )
            value = synth.value(schema or {})
            if f.spelling in (FILE_TYPES, RAW_TYPES):  # files and raw bodies are bytes
                value = {"__bytes__": "AAAA"}
            elif one_body and op.body is not None and isinstance(value, dict):
                value.update((name, {"__bytes__": "AAAA"}) for name in op.body.file_fields)
            kwargs[f.name] = value
        status, content_type, body = _response(op, whole.document, synth)
        cases.append(
            {
                "operation_id": op.operation_id,
                "attrs": [*op.resource, op.name],
                "args": ["id-1" for _ in op.positional_params],
                "kwargs": kwargs,
                "method": op.method,
                "pattern": "/v2" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op.path)),
                "status": status,
                "content_type": content_type,
                "body": body,
                "result_kind": "page" if op.pagination else op.response_kind,
            }
        )
    return cases


def test_a_smoke_call_of_every_operation_over_a_mock_transport(
    whole: Generated, tmp_path: Path
) -> None:
    cases = _cases(whole)
    cases_file, result_file = tmp_path / "cases.json", tmp_path / "result.json"
    cases_file.write_text(json.dumps(cases, default=str), encoding="utf-8")
    driver = Path(__file__).with_name("smoke_driver.py")
    done = _run(
        [sys.executable, str(driver), str(cases_file), str(result_file)], whole.out, timeout=1200
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(result_file.read_text(encoding="utf-8"))
    assert result["calls"] == len(whole.api.operations)
    failures = result["failures"]
    assert failures == {}, f"{len(failures)} of {result['calls']} failed: " + json.dumps(
        dict(list(sorted(failures.items()))[:40]), indent=1
    )
