"""Fixtures for exercising the generated client against the real spec."""

from __future__ import annotations

import base64
import csv
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from codegen import load, select
from codegen.ir import API, OperationIR

NAMES_TSV = (
    Path(__file__).resolve().parents[2]
    / ".."
    / "shared"
    / "naming"
    / "official-python-method-names.tsv"
)
SPEC_URI = "urn:telnyx-spec"


@pytest.fixture(scope="session")
def official_names() -> dict[str, str]:
    """operationId -> the official SDK's method path (`calls.actions.send_dtmf`)."""
    names = {}
    with NAMES_TSV.open(encoding="utf-8") as fh:
        for row in csv.reader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"):
            names[row[2]] = row[3].removeprefix("client.")
    return names


class SpecSchemas:
    """Validates JSON against schemas of the spec (jsonschema + referencing)."""

    def __init__(self, document: dict[str, Any]) -> None:
        resource = Resource.from_contents(document, default_specification=DRAFT202012)
        self.registry = Registry().with_resource(SPEC_URI, resource)
        self.refs = select.RefResolver(document)

    def validator(self, schema: dict[str, Any]) -> Draft202012Validator:
        # `#/components/...` inside any sub-schema resolves against the whole spec
        resolver = self.registry.resolver(base_uri=SPEC_URI)
        return Draft202012Validator(schema, registry=self.registry, _resolver=resolver)

    def errors(self, instance: Any, schema: dict[str, Any]) -> list[str]:
        return [e.message for e in self.validator(schema).iter_errors(instance)]

    def sample(self, schema: Any, depth: int = 0) -> Any:
        """A minimal valid value: the spec's example when it validates, else synthesised."""
        schema = self.refs.deref(schema, "#")
        if not isinstance(schema, dict):
            return "x"
        if "example" in schema and not self.errors(schema["example"], schema):
            return schema["example"]
        if "const" in schema:
            return schema["const"]
        if schema.get("enum"):
            return next(v for v in schema["enum"] if v is not None)
        for key in ("oneOf", "anyOf"):
            members = [m for m in schema.get(key, []) if set(m) - {"required", "description"}]
            if members:
                return self.sample(members[0], depth + 1)
        kind = schema.get("type", "object" if "properties" in schema else "string")
        if isinstance(kind, list):
            kind = next(k for k in kind if k != "null")
        if kind == "object":
            props = schema.get("properties", {})
            return {k: self.sample(props.get(k, {}), depth + 1) for k in schema.get("required", [])}
        if kind == "array":
            return [self.sample(schema.get("items", {}), depth + 1)] if depth < 6 else []
        if kind == "integer":
            return int(schema.get("minimum", 1))
        if kind == "number":
            return float(schema.get("minimum", 1))
        if kind == "boolean":
            return True
        fmt = schema.get("format")
        if fmt == "uuid":
            return str(uuid.UUID(int=1))
        if fmt == "date-time":
            return "2026-01-01T00:00:00Z"
        if fmt in ("uri", "url"):
            return "https://example.com/a"
        return "x"


@pytest.fixture(scope="session")
def schemas(spec: load.LoadedSpec) -> SpecSchemas:
    return SpecSchemas(spec.document)


def call_arguments(
    selected: select.SelectedOperation,
    ir: OperationIR,
    schemas: SpecSchemas,
    path_value: Callable[[str], str],
) -> tuple[list[str], dict[str, Any], dict[str, Any]]:
    """(positional path values, keyword arguments, the body expected on the wire).

    The body holds every required field (the spec's example when valid, else synthesised)
    and every optional top-level field whose spec example is valid; `command_id` is left to
    the client, which must generate one. `path_value` maps a path parameter's wire name to
    its value. As in the official SDK, only the last path parameter is positional.
    """
    body: dict[str, Any] = {}
    raw = selected.operation.get("requestBody")
    if raw is not None:
        schema = schemas.refs.deref(raw, "#")["content"]["application/json"]["schema"]
        body = dict(schemas.sample(schema))
        body.pop("command_id", None)
        props = schemas.refs.deref(schema, "#").get("properties", {})
        for wire, prop in props.items():
            target = schemas.refs.deref(prop, "#")
            example = prop.get(
                "example", target.get("example") if isinstance(target, dict) else None
            )
            if wire == "command_id":
                continue
            if wire not in body and example is not None and not schemas.errors(example, prop):
                body[wire] = example
    for wire in ir.base64_fields:
        # the client rejects what is not standard base64, and some examples are truncated
        # placeholders (`playback_content: "SUQzAwAAAAADf1..."`): encode those
        if isinstance(body.get(wire), str) and not _is_base64(body[wire]):
            body[wire] = base64.b64encode(body[wire].encode()).decode()
    by_wire = {f.wire: f.name for f in ir.body_fields}
    kwargs = {by_wire[wire]: value for wire, value in body.items()}
    kwargs.update({f.name: path_value(f.wire) for f in ir.path_params[:-1]})  # keyword-only
    return [path_value(f.wire) for f in ir.path_params[-1:]], kwargs, body


def _is_base64(text: str) -> bool:
    try:
        base64.b64decode(text, validate=True)
    except ValueError:
        return False
    return True


def resolve_method(client: Any, dotted: str) -> Any:
    """`client.calls.actions.speak` from `"calls.actions.speak"`."""
    target = client
    for part in dotted.split("."):
        target = getattr(target, part)
    return target


def ir_for(api: API, selected: select.SelectedOperation) -> OperationIR:
    """The IR operation of a selected spec operation (by operationId)."""
    return next(op for op in api.operations if op.operation_id == selected.operation["operationId"])
