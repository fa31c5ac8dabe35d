"""One spec's voice surface in the terms the changelog compares, read from the IR.

`surface` builds the IR (`codegen.build`) and takes from it what the SDK generates: each
operation's method, HTTP method and path, arguments, and the spec schemas the IR keeps for
its parameters (`Field.source`), request body (`OperationIR.request_schema`) and success
response (`OperationIR.response_schema`); each event's class and payload schema. Nothing is
selected from the raw spec a second time, so a rule changed in `build` changes what is
compared too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from codegen import build, select
from codegen.changelog.shapes import _Path, _Schemas, _Shape
from codegen.config import Config
from codegen.ir import SchemaAt
from codegen.load import LoadedSpec

Location = Literal["path", "query", "body", "response", "webhook"]
_FieldKey = tuple[Location, _Path]
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class _ComparedOperation:
    operation_id: str
    sdk_method: str  # "calls.actions.speak" (the IR's `method` is the HTTP verb)
    http: str  # "POST /calls/{call_control_id}/actions/speak"
    pointer: str
    deprecated: bool
    arguments: dict[tuple[str, str], str]  # (location, wire name) -> Python argument name
    fields: dict[_FieldKey, _Shape]


@dataclass(frozen=True)
class _ComparedWebhook:
    event_type: str
    event_class: str
    pointer: str
    fields: dict[_FieldKey, _Shape]


@dataclass(frozen=True)
class Side:
    """One of the two specs compared."""

    file: str  # the file's name (no directory: the output does not depend on where it was)
    sha256: str
    date: str | None
    operations: int
    webhooks: int

    @property
    def label(self) -> str:
        return self.date or self.file


@dataclass(frozen=True)
class Surface:
    """What the generator makes of one spec, in the terms the changelog compares."""

    side: Side
    operations: dict[str, _ComparedOperation]
    webhooks: dict[str, _ComparedWebhook]


def surface(spec: LoadedSpec, config: Config, date: str | None = None) -> Surface:
    """The voice surface of `spec` as selected by `config`; `date` defaults to a
    YYYY-MM-DD found in the file's name."""
    api = build.build(spec, config)
    schemas = _Schemas(select.RefResolver(spec.document))
    operations: dict[str, _ComparedOperation] = {}
    for op in api.operations:
        fields: dict[_FieldKey, _Shape] = {}
        for f in op.path_params + op.query_params:
            if f.source is None:
                continue  # derived from another parameter (`page_number`): compared there
            location: Location = "path" if f.location == "path" else "query"
            schema, ptr = f.source.schema, f.source.pointer
            fields[(location, (f.wire,))] = _Shape(
                f.required, schemas.types(schema, ptr), schemas.enum(schema, ptr), ptr
            )
            for path, shape in schemas.nested(schema, ptr, (f.wire,)).items():
                fields[(location, path)] = shape
        fields.update({("body", p): s for p, s in _fields(schemas, op.request_schema).items()})
        fields.update({("response", p): s for p, s in _fields(schemas, op.response_schema).items()})
        operations[op.operation_id] = _ComparedOperation(
            operation_id=op.operation_id,
            sdk_method=".".join(op.resource + (op.name,)),
            http=f"{op.method} {op.path}",
            pointer=op.pointer,
            deprecated=op.deprecated,
            arguments={
                (f.location, f.wire): f.name for f in op.fields if f.source or f.location == "body"
            },
            fields=fields,
        )
    webhooks = {
        event.event_type: _ComparedWebhook(
            event_type=event.event_type,
            event_class=event.model,
            pointer=event.pointer,
            fields={("webhook", p): s for p, s in _fields(schemas, event.payload).items()},
        )
        for event in api.webhooks
    }
    if date is None:
        match = _DATE.search(spec.path.name)
        date = match.group(0) if match else None
    side = Side(spec.path.name, spec.sha256, date, len(operations), len(webhooks))
    return Surface(side, operations, webhooks)


def _fields(schemas: _Schemas, source: SchemaAt | None) -> dict[_Path, _Shape]:
    return schemas.fields(source.schema, source.pointer) if source is not None else {}
