"""The semantic changelog of the voice surface between two specs (`python -m codegen changelog`).

Both specs go through the generator's own stages (`load`, `select`, `build`) with the same
spec/ configuration, so an entry names what a user of the SDK sees (`client.calls.dial`,
argument `from_`, `CallHoldEvent`) next to its source (HTTP method and path, operationId,
a JSON pointer into the spec that has it). Schemas are compared after `$ref` resolution
(`select.Refs`) and `allOf` merging, down to `MAX_DEPTH` property levels.

A change is breaking when code that worked with the old SDK can fail with the new one:

* what the user sends (path/query parameters, request bodies): anything removed, a new
  required parameter or field, optional -> required, a narrowed type (`string | integer`
  -> `string`, `number` -> `integer`, a union losing a member), enum values removed, an
  enum constraint added to a free value;
* what the user receives (response bodies, webhook payloads): a removed field,
  required -> optional, a widened type; enum changes there are never breaking (the SDK's
  enums keep unknown values);
* names: an operation or webhook event removed, a method, argument or event class renamed.

Everything else (additions of optional things, widened request types, new events, a new
HTTP path behind the same method, deprecations) is not breaking.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from codegen import build, select
from codegen.config import Config
from codegen.errors import SpecError
from codegen.load import LoadedSpec
from codegen.schemas import pascal

# property levels compared below a body, parameter, response or webhook payload root:
# enough for `data.payload.<field>.<field>` in webhooks
MAX_DEPTH = 4

Location = Literal["path", "query", "body", "response", "webhook"]
_REQUEST: tuple[Location, ...] = ("path", "query", "body")
_LOCATION_ORDER: tuple[Location, ...] = ("path", "query", "body", "response", "webhook")
_FIELD_KIND = {
    "path": "parameter",
    "query": "parameter",
    "body": "body_field",
    "response": "response_field",
    "webhook": "webhook_field",
}
_JSON = "application/json"
_SUCCESS = ("200", "201", "202", "204", "2XX")
_SCHEMA_PREFIX = "#/components/schemas/"
_PRIMITIVES = frozenset({"string", "integer", "number", "boolean", "null", "object", "any"})
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


# -- types of schemas ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Array:
    items: frozenset[_Atom]

    def __str__(self) -> str:
        return f"array<{_show(self.items)}>"


# a JSON type name ("string", "null", "any"), a named object class in a union
# ("ElevenLabsVoiceSettings"), or an array of such
_Atom = str | _Array


def _show(types: Iterable[_Atom]) -> str:
    """`string | integer | null`: sorted, `null` last."""
    return " | ".join(sorted((str(t) for t in types), key=lambda s: (s == "null", s)))


def _covered(atom: _Atom, types: frozenset[_Atom]) -> bool:
    """Whether every value of type `atom` is also a value of the union `types`."""
    if atom in types or "any" in types:
        return True
    if isinstance(atom, _Array):
        return any(
            isinstance(other, _Array) and all(_covered(i, other.items) for i in atom.items)
            for other in types
        )
    if atom == "integer":
        return "number" in types
    return atom not in _PRIMITIVES and "object" in types  # a named object is an object


@dataclass(frozen=True)
class _Shape:
    """One parameter or field in one spec."""

    required: bool
    types: frozenset[_Atom]
    enum: tuple[Any, ...] | None  # the allowed values, None when any value of the type is
    pointer: str


# property names, "[]" for array items, "<Class>" for an object member of a union:
# ("custom_headers", "[]", "name"), ("voice_settings", "<ElevenLabsVoiceSettings>", "api_key_ref")
_Path = tuple[str, ...]


def _is_property(part: str) -> bool:
    return part != "[]" and not part.startswith("<")


def _dotted(path: _Path) -> str:
    """`("custom_headers", "[]", "name")` -> `custom_headers[].name`."""
    out = ""
    for part in path:
        out += f".{part}" if out and _is_property(part) else part
    return out


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _sorted_values(values: Iterable[Any]) -> list[Any]:
    """Distinct enum values in a stable order (values may be of mixed JSON types)."""
    distinct = {json.dumps(v, sort_keys=True, default=str): v for v in values}
    return [distinct[key] for key in sorted(distinct)]


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


class _Schemas:
    """Reads schemas of one spec: resolved types, enums, and the fields under an object."""

    def __init__(self, refs: select.Refs) -> None:
        self._refs = refs

    def resolve(self, node: Any, where: str) -> tuple[Any, str, str | None]:
        """`(schema, its pointer, the component it came from)` after following `$ref`s."""
        node, chain = self._refs.follow(node, where)
        components = [ref for ref in chain if ref.startswith(_SCHEMA_PREFIX)]
        ref_name = None
        if components:
            ref_name = components[-1][len(_SCHEMA_PREFIX) :].replace("~1", "/").replace("~0", "~")
        return node, (chain[-1] if chain else where), ref_name

    def types(self, node: Any, where: str) -> frozenset[_Atom]:
        """The union of JSON types a value may have; object members of a union by name."""
        schema, ptr, _ = self.resolve(node, where)
        if not isinstance(schema, dict):
            return frozenset({"any"})
        out: set[_Atom] = set()
        members = self._members(schema, ptr)
        named = {mptr: name for name, _, mptr in self._variants(schema, ptr)}
        if members:
            for member, mptr in members:
                out |= {named[mptr]} if mptr in named else self.types(member, mptr)
        elif "const" in schema:
            out.add(_json_type(schema["const"]))
        elif "type" in schema:
            kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            for kind in kinds:
                if kind == "array":
                    out.add(_Array(self.types(schema.get("items", {}), f"{ptr}/items")))
                else:
                    out.add(str(kind))
        elif "enum" in schema:
            out |= {_json_type(v) for v in schema["enum"]}
        elif self._is_object(schema):
            out.add("object")
        else:
            out.add("any")
        nullable = schema.get("nullable") or (isinstance(node, dict) and node.get("nullable"))
        if nullable or None in (schema.get("enum") or ()):
            out.add("null")
        return frozenset(out)

    def enum(self, node: Any, where: str) -> tuple[Any, ...] | None:
        """The values allowed (array items: of an item), or None when the type is open."""
        schema, ptr, _ = self.resolve(node, where)
        if not isinstance(schema, dict):
            return None
        if "const" in schema:
            return (schema["const"],)
        if "enum" in schema:
            return tuple(_sorted_values(v for v in schema["enum"] if v is not None))
        members = self._members(schema, ptr)
        if members:
            values: list[Any] = []
            for member, mptr in members:
                if self.types(member, mptr) == {"null"}:
                    continue
                found = self.enum(member, mptr)
                if found is None:
                    return None
                values.extend(found)
            return tuple(_sorted_values(values))
        if schema.get("type") == "array":
            return self.enum(schema.get("items", {}), f"{ptr}/items")
        return None

    def fields(
        self, node: Any, where: str, prefix: _Path = (), stack: frozenset[str] = frozenset()
    ) -> dict[_Path, _Shape]:
        """Every property under the object `node` (nested ones to `MAX_DEPTH`), by path."""
        found = self._properties(node, where)
        out: dict[_Path, _Shape] = {}
        if found is None:
            return out
        props, required = found
        for name in sorted(props):
            sub, ptr = props[name]
            path = prefix + (name,)
            out[path] = _Shape(name in required, self.types(sub, ptr), self.enum(sub, ptr), ptr)
            out.update(self.nested(sub, ptr, path, stack))
        return out

    def nested(
        self, node: Any, where: str, path: _Path, stack: frozenset[str] = frozenset()
    ) -> dict[_Path, _Shape]:
        """The fields inside the value at `path`: an object's properties, an array's items
        (`[]`), each named object of a union (`<ElevenLabsVoiceSettings>`)."""
        if sum(_is_property(part) for part in path) >= MAX_DEPTH:
            return {}
        schema, ptr, ref_name = self.resolve(node, where)
        if ref_name is not None:
            if ref_name in stack:
                return {}  # a recursive schema: compared once
            stack = stack | {ref_name}
        if not isinstance(schema, dict):
            return {}
        if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
            return self.nested(schema["items"], f"{ptr}/items", path + ("[]",), stack)
        variants = self._variants(schema, ptr)
        if not variants:
            return self.fields(schema, ptr, path, stack)
        out: dict[_Path, _Shape] = {}
        for name, member, mptr in variants:
            if name != "object":  # unnamed inline members have no stable path
                out.update(self.nested(member, mptr, path + (f"<{name}>",), stack))
        return out

    def _properties(
        self, node: Any, where: str
    ) -> tuple[dict[str, tuple[Any, str]], set[str]] | None:
        """`({name: (schema, pointer)}, required names)` of an object, `allOf` merged; an
        `anyOf`/`oneOf` of one object and `null` counts as that object."""
        schema, ptr, _ = self.resolve(node, where)
        if not isinstance(schema, dict):
            return None
        props: dict[str, tuple[Any, str]] = {}
        required: set[str] = set(schema.get("required") or ())
        for i, member in enumerate(schema.get("allOf") or ()):
            found = self._properties(member, f"{ptr}/allOf/{i}")
            if found is not None:
                props.update(found[0])
                required |= found[1]
        own = schema.get("properties")
        if isinstance(own, dict):
            for name, sub in own.items():
                props[name] = (sub, f"{ptr}/properties/{_escape(name)}")
        if props:
            return props, required
        members = [(m, p) for m, p in self._members(schema, ptr) if self.types(m, p) != {"null"}]
        if len(members) == 1:
            return self._properties(*members[0])
        return None

    def _members(self, schema: dict[str, Any], ptr: str) -> list[tuple[Any, str]]:
        """The members of a `oneOf`/`anyOf` union that are types (not `required` lists)."""
        for keyword in ("oneOf", "anyOf"):
            members = [
                (m, f"{ptr}/{keyword}/{i}")
                for i, m in enumerate(schema.get(keyword) or ())
                if isinstance(m, dict) and set(m) - {"required", "description", "not"}
            ]
            if members:
                return members
        return []

    def _variants(self, schema: dict[str, Any], ptr: str) -> list[tuple[str, Any, str]]:
        """`(name, member, pointer)` of the object members of a union that has more than one
        member besides `null` (a lone object and `null` is just a nullable object)."""
        members = [(m, p) for m, p in self._members(schema, ptr) if self.types(m, p) != {"null"}]
        if len(members) < 2:
            return []
        out = []
        for member, mptr in members:
            resolved, _, ref_name = self.resolve(member, mptr)
            if not self._is_object(resolved):
                continue
            title = resolved.get("title")
            name = ref_name or (title if isinstance(title, str) else None)
            out.append((pascal(name) if name else "object", member, mptr))
        return out

    @staticmethod
    def _is_object(schema: Any) -> bool:
        return isinstance(schema, dict) and (
            "properties" in schema or "allOf" in schema or schema.get("type") == "object"
        )


# -- the voice surface of one spec -----------------------------------------------------------


_FieldKey = tuple[Location, _Path]


@dataclass(frozen=True)
class _Operation:
    operation_id: str
    method: str  # "calls.actions.speak"
    http: str  # "POST /calls/{call_control_id}/actions/speak"
    pointer: str
    deprecated: bool
    arguments: dict[tuple[str, str], str]  # (location, wire name) -> Python argument name
    fields: dict[_FieldKey, _Shape]


@dataclass(frozen=True)
class _Webhook:
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
    operations: dict[str, _Operation]
    webhooks: dict[str, _Webhook]


def surface(spec: LoadedSpec, config: Config, date: str | None = None) -> Surface:
    """The voice surface of `spec` as selected by `config`; `date` defaults to a
    YYYY-MM-DD found in the file's name."""
    api = build.build(spec, config)
    document = spec.document
    schemas = _Schemas(select.Refs(document))
    built = {op.operation_id: op for op in api.operations}
    operations: dict[str, _Operation] = {}
    for sel in select.select_operations(document, config.selection):
        op = built[sel.operation["operationId"]]
        fields: dict[_FieldKey, _Shape] = {}
        for (location, wire), (param, where) in _parameters(sel, schemas).items():
            schema, ptr = param.get("schema", {"type": "string"}), f"{where}/schema"
            required = location == "path" or bool(param.get("required"))
            fields[(location, (wire,))] = _Shape(
                required, schemas.types(schema, ptr), schemas.enum(schema, ptr), ptr
            )
            for path, shape in schemas.nested(schema, ptr, (wire,)).items():
                fields[(location, path)] = shape
        body = _json_schema(sel.operation.get("requestBody"), f"{sel.pointer}/requestBody", schemas)
        if body is not None:
            fields.update({("body", p): s for p, s in schemas.fields(*body).items()})
        response = _success_schema(sel, schemas)
        if response is not None:
            fields.update({("response", p): s for p, s in schemas.fields(*response).items()})
        operations[op.operation_id] = _Operation(
            operation_id=op.operation_id,
            method=".".join(op.resource + (op.name,)),
            http=f"{op.method} {op.path}",
            pointer=sel.pointer,
            deprecated=op.deprecated,
            arguments={(f.location, f.wire): f.name for f in op.fields},
            fields=fields,
        )
    events = {w.key: w for w in api.webhooks}
    webhooks: dict[str, _Webhook] = {}
    for hook in select.select_webhooks(document, config.selection):
        event = events[hook.key]
        payload = _json_schema(
            hook.operation.get("requestBody"), f"{hook.pointer}/requestBody", schemas
        )
        found = schemas.fields(*payload) if payload is not None else {}
        webhooks[event.event_type] = _Webhook(
            event_type=event.event_type,
            event_class=event.model,
            pointer=hook.pointer,
            fields={("webhook", p): s for p, s in found.items()},
        )
    if date is None:
        match = _DATE.search(spec.path.name)
        date = match.group(0) if match else None
    side = Side(spec.path.name, spec.sha256, date, len(operations), len(webhooks))
    return Surface(side, operations, webhooks)


def _parameters(
    sel: select.SelectedOperation, schemas: _Schemas
) -> dict[tuple[Location, str], tuple[dict[str, Any], str]]:
    """Path and query parameters, the operation's overriding the path item's."""
    merged: dict[tuple[Location, str], tuple[dict[str, Any], str]] = {}
    path_item_pointer = sel.pointer.rsplit("/", 1)[0]
    for base, items in (
        (path_item_pointer, sel.path_item.get("parameters")),
        (sel.pointer, sel.operation.get("parameters")),
    ):
        for i, raw in enumerate(items or ()):
            param, where, _ = schemas.resolve(raw, f"{base}/parameters/{i}")
            if not isinstance(param, dict) or "name" not in param or "in" not in param:
                raise SpecError(where, "a parameter object with `name` and `in`", param)
            if param["in"] == "path":
                merged[("path", param["name"])] = (param, where)
            elif param["in"] == "query":
                merged[("query", param["name"])] = (param, where)
    return merged


def _json_schema(raw: Any, where: str, schemas: _Schemas) -> tuple[Any, str] | None:
    """`(schema, pointer)` of the application/json content of a request body or response."""
    if raw is None:
        return None
    body, where, _ = schemas.resolve(raw, where)
    content = body.get("content") if isinstance(body, dict) else None
    media = content.get(_JSON) if isinstance(content, dict) else None
    if not isinstance(media, dict) or "schema" not in media:
        return None
    return media["schema"], f"{where}/content/{_escape(_JSON)}/schema"


def _success_schema(sel: select.SelectedOperation, schemas: _Schemas) -> tuple[Any, str] | None:
    """The schema of the first 2xx response the generator uses (as codegen/build.py)."""
    responses = sel.operation.get("responses") or {}
    for status in _SUCCESS:
        if status in responses:
            return _json_schema(responses[status], f"{sel.pointer}/responses/{status}", schemas)
    return None


# -- comparing two surfaces ------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One change, named as the SDK user sees it and located in the spec."""

    kind: str  # "operation.added", "body_field.required_changed", "enum.value_removed", ...
    breaking: bool
    message: str
    method: str | None = None  # "calls.actions.speak" (operations)
    operation_id: str | None = None
    http: str | None = None  # "POST /calls/{call_control_id}/actions/speak"
    event: str | None = None  # "call.hold" (webhook events)
    event_class: str | None = None  # "CallHoldEvent"
    location: Location | None = None
    field: str | None = None  # wire names, dotted: "answering_machine_detection_config.x"
    argument: str | None = None  # the Python argument the field is (or is under)
    old: Any = None
    new: Any = None
    pointer: str | None = None  # JSON pointer into the spec that has it (the old one if removed)

    @property
    def resource(self) -> str:
        """What the Markdown groups by: `calls.actions`, or `webhooks`."""
        return self.method.rpartition(".")[0] if self.method else "webhooks"

    @property
    def section(self) -> Literal["breaking", "additions", "other"]:
        if self.breaking:
            return "breaking"
        added = self.kind.endswith(".added") or self.kind == "enum.value_added"
        return "additions" if added else "other"

    def sort_key(self) -> tuple[Any, ...]:
        order = _LOCATION_ORDER.index(self.location) if self.location else -1
        return (
            self.method is None,
            self.method or self.event or "",
            order,
            self.field or "",
            self.kind,
            json.dumps(self.old, sort_keys=True),
            json.dumps(self.new, sort_keys=True),
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "breaking": self.breaking,
            "method": self.method,
            "operation_id": self.operation_id,
            "http": self.http,
            "event": self.event,
            "event_class": self.event_class,
            "location": self.location,
            "field": self.field,
            "argument": self.argument,
            "old": self.old,
            "new": self.new,
            "pointer": self.pointer,
            "message": self.message,
        }


@dataclass(frozen=True)
class _Subject:
    """The operation or webhook event entries are about."""

    label: str  # "`client.calls.dial`" or "`call.hold` (`CallHoldEvent`)"
    method: str | None = None
    operation_id: str | None = None
    http: str | None = None
    event: str | None = None
    event_class: str | None = None
    arguments: dict[tuple[str, str], str] = field(default_factory=dict)

    def entry(self, kind: str, breaking: bool, message: str, **fields: Any) -> Entry:
        return Entry(
            kind,
            breaking,
            f"{self.label}: {message}",
            method=self.method,
            operation_id=self.operation_id,
            http=self.http,
            event=self.event,
            event_class=self.event_class,
            **fields,
        )


def _op_subject(op: _Operation) -> _Subject:
    return _Subject(
        f"`client.{op.method}`",
        method=op.method,
        operation_id=op.operation_id,
        http=op.http,
        arguments=op.arguments,
    )


def _hook_subject(hook: _Webhook) -> _Subject:
    return _Subject(
        f"`{hook.event_type}` (`{hook.event_class}`)",
        event=hook.event_type,
        event_class=hook.event_class,
    )


def compare(old: Surface, new: Surface) -> Changelog:
    """The changes from `old` to `new`, sorted deterministically."""
    entries: list[Entry] = []
    pairs, removed, added = _match_operations(old.operations, new.operations)
    for op in added:
        entries.append(
            _op_subject(op).entry(
                "operation.added", False, f"new method ({op.http}).", pointer=op.pointer
            )
        )
    for op in removed:
        entries.append(
            _op_subject(op).entry(
                "operation.removed", True, f"method removed ({op.http}).", pointer=op.pointer
            )
        )
    for before, after in pairs:
        entries.extend(_operation_changes(before, after))
    for event in sorted(new.webhooks.keys() - old.webhooks.keys()):
        hook = new.webhooks[event]
        entries.append(
            _hook_subject(hook).entry("webhook.added", False, "new event.", pointer=hook.pointer)
        )
    for event in sorted(old.webhooks.keys() - new.webhooks.keys()):
        hook = old.webhooks[event]
        entries.append(
            _hook_subject(hook).entry(
                "webhook.removed", True, "event removed.", pointer=hook.pointer
            )
        )
    for event in sorted(old.webhooks.keys() & new.webhooks.keys()):
        entries.extend(_webhook_changes(old.webhooks[event], new.webhooks[event]))
    return Changelog(old.side, new.side, tuple(sorted(entries, key=Entry.sort_key)))


def _webhook_changes(before: _Webhook, after: _Webhook) -> Iterator[Entry]:
    subject = _hook_subject(after)
    if before.event_class != after.event_class:
        yield subject.entry(
            "webhook.renamed",
            True,
            f"event class renamed from `{before.event_class}`.",
            old=before.event_class,
            new=after.event_class,
            pointer=after.pointer,
        )
    yield from _field_changes(subject, before.fields, after.fields)


def _match_operations(
    old: dict[str, _Operation], new: dict[str, _Operation]
) -> tuple[list[tuple[_Operation, _Operation]], list[_Operation], list[_Operation]]:
    """`(pairs, removed, added)`: matched by operationId, then by HTTP method and path."""
    pairs = [(old[k], new[k]) for k in sorted(old.keys() & new.keys())]
    old_http = {op.http: op for k, op in sorted(old.items()) if k not in new}
    new_http = {op.http: op for k, op in sorted(new.items()) if k not in old}
    pairs += [(old_http[h], new_http[h]) for h in sorted(old_http.keys() & new_http.keys())]
    removed = [old_http[h] for h in sorted(old_http.keys() - new_http.keys())]
    added = [new_http[h] for h in sorted(new_http.keys() - old_http.keys())]
    return pairs, removed, added


def _operation_changes(before: _Operation, after: _Operation) -> Iterator[Entry]:
    subject = _op_subject(after)
    if before.method != after.method:
        yield subject.entry(
            "method.renamed",
            True,
            f"renamed from `client.{before.method}`.",
            old=before.method,
            new=after.method,
            pointer=after.pointer,
        )
    if before.operation_id != after.operation_id:
        yield subject.entry(
            "operation.id_changed",
            False,
            f"operationId `{before.operation_id}` is now `{after.operation_id}`.",
            old=before.operation_id,
            new=after.operation_id,
            pointer=after.pointer,
        )
    if before.http != after.http:
        yield subject.entry(
            "operation.http_changed",
            False,
            f"now sends {after.http} (was {before.http}).",
            old=before.http,
            new=after.http,
            pointer=after.pointer,
        )
    if before.deprecated != after.deprecated:
        yield subject.entry(
            "operation.deprecated" if after.deprecated else "operation.undeprecated",
            False,
            "deprecated." if after.deprecated else "no longer deprecated.",
            old=before.deprecated,
            new=after.deprecated,
            pointer=after.pointer,
        )
    for key in sorted(before.arguments.keys() & after.arguments.keys()):
        if before.arguments[key] != after.arguments[key]:
            yield subject.entry(
                "argument.renamed",
                True,
                f"argument `{before.arguments[key]}` renamed to `{after.arguments[key]}`.",
                location=key[0],
                field=key[1],
                argument=after.arguments[key],
                old=before.arguments[key],
                new=after.arguments[key],
                pointer=after.pointer,
            )
    yield from _field_changes(subject, before.fields, after.fields)


def _field_changes(
    subject: _Subject, old: dict[_FieldKey, _Shape], new: dict[_FieldKey, _Shape]
) -> Iterator[Entry]:
    for key in sorted(new.keys() - old.keys()):
        if _known_parent(key, old):  # fields inside a new object are part of its addition
            yield _field_entry(subject, "added", key, None, new[key])
    for key in sorted(old.keys() - new.keys()):
        if _known_parent(key, new):
            yield _field_entry(subject, "removed", key, old[key], None)
    for key in sorted(old.keys() & new.keys()):
        yield from _shape_changes(subject, key, old[key], new[key])


def _known_parent(key: _FieldKey, other: dict[_FieldKey, _Shape]) -> bool:
    """Whether what holds the field at `key` exists in the `other` spec too: the top level,
    a field there, or a container (array items, union member) with fields there."""
    location, path = key
    parent = path[:-1]
    if not parent:
        return True
    field_path = parent
    while field_path and field_path[-1] == "[]":
        field_path = field_path[:-1]
    if (location, field_path) in other:
        return True
    return any(loc == location and p[: len(parent)] == parent for loc, p in other)


def _what(subject: _Subject, key: _FieldKey) -> tuple[str, str | None]:
    """How a message names a field, and the Python argument it is (or is under)."""
    location, path = key
    if location not in _REQUEST:
        return (
            f"{'response' if location == 'response' else 'payload'} field `{_dotted(path)}`",
            None,
        )
    argument = subject.arguments.get((location, path[0]), path[0])
    if len(path) > 1:
        return f"{location} field `{_dotted(path)}`", argument
    wire = "" if argument == path[0] else f" (`{path[0]}` on the wire)"
    return f"argument `{argument}`{wire}", argument


def _describe(shape: _Shape) -> str:
    text = _show(shape.types)
    if shape.enum is not None:
        text += f", one of {_values(shape.enum)}"
    return text


def _type_change(old: frozenset[_Atom], new: frozenset[_Atom]) -> str:
    """`integer → integer | string`; for long unions only what was added and dropped."""
    before, after = _show(old), _show(new)
    if len(before) + len(after) <= 80:
        return f"{before} → {after}"
    parts = [f"adds {_show(new - old).replace(' |', ',')}"] if new - old else []
    parts += [f"drops {_show(old - new).replace(' |', ',')}"] if old - new else []
    return "; ".join(parts)


def _values(values: Iterable[Any], limit: int = 8) -> str:
    shown = [json.dumps(v) for v in values]
    more = f" and {len(shown) - limit} more" if len(shown) > limit else ""
    return ", ".join(shown[:limit]) + more


def _field_entry(
    subject: _Subject,
    change: Literal["added", "removed"],
    key: _FieldKey,
    before: _Shape | None,
    after: _Shape | None,
) -> Entry:
    location, path = key
    what, argument = _what(subject, key)
    request = location in _REQUEST
    if after is not None:
        optional = "required" if after.required else "optional"
        message = f"new {optional} {what} ({_describe(after)})."
        breaking = request and after.required
    else:
        message = f"{what} removed."
        breaking = True
    shape = after or before
    assert shape is not None
    return subject.entry(
        f"{_FIELD_KIND[location]}.{change}",
        breaking,
        message,
        location=location,
        field=_dotted(path),
        argument=argument,
        old=_shape_json(before),
        new=_shape_json(after),
        pointer=shape.pointer,
    )


def _shape_json(shape: _Shape | None) -> dict[str, Any] | None:
    if shape is None:
        return None
    out: dict[str, Any] = {"required": shape.required, "type": _show(shape.types)}
    if shape.enum is not None:
        out["enum"] = list(shape.enum)
    return out


def _shape_changes(subject: _Subject, key: _FieldKey, old: _Shape, new: _Shape) -> Iterator[Entry]:
    location, path = key
    what, argument = _what(subject, key)
    request = location in _REQUEST

    def entry(kind: str, breaking: bool, message: str, before: Any, after: Any) -> Entry:
        return subject.entry(
            kind,
            breaking,
            message,
            location=location,
            field=_dotted(path),
            argument=argument,
            old=before,
            new=after,
            pointer=new.pointer,
        )

    if old.required != new.required:
        now = "required" if new.required else "optional"
        # a sender must now give it / a reader may now miss it
        yield entry(
            f"{_FIELD_KIND[location]}.required_changed",
            new.required if request else not new.required,
            f"{what} is now {now}.",
            old.required,
            new.required,
        )
    widened = all(_covered(t, new.types) for t in old.types)
    narrowed = all(_covered(t, old.types) for t in new.types)
    if not (widened and narrowed):
        how = "widened" if widened else "narrowed" if narrowed else "changed"
        yield entry(
            "type.changed",
            not widened if request else not narrowed,
            f"{what} type {how}: {_type_change(old.types, new.types)}.",
            _show(old.types),
            _show(new.types),
        )
    if old.enum is not None and new.enum is not None:
        gained = [v for v in new.enum if v not in old.enum]
        lost = [v for v in old.enum if v not in new.enum]
        if gained:
            verb = "accepts" if request else "may now be"
            yield entry(
                "enum.value_added", False, f"{what} {verb} {_values(gained)}.", None, gained
            )
        if lost:
            verb = "no longer accepts" if request else "no longer lists"
            yield entry(
                "enum.value_removed", request, f"{what} {verb} {_values(lost)}.", lost, None
            )
    elif old.enum is not None:
        yield entry(
            "enum.constraint_removed",
            False,
            f"{what} is no longer limited to {_values(old.enum)}.",
            list(old.enum),
            None,
        )
    elif new.enum is not None:
        yield entry(
            "enum.constraint_added",
            request,
            f"{what} is now limited to {_values(new.enum)}.",
            None,
            list(new.enum),
        )


# -- the changelog and its two renderings ----------------------------------------------------

_SECTIONS = (
    ("breaking", "Breaking changes"),
    ("additions", "Additions"),
    ("other", "Other changes"),
)


@dataclass(frozen=True)
class Changelog:
    from_: Side
    to: Side
    entries: tuple[Entry, ...]

    def summary(self) -> dict[str, Any]:
        sections = Counter(e.section for e in self.entries)
        kinds = Counter(e.kind for e in self.entries)
        breaking = Counter(e.kind for e in self.entries if e.breaking)
        return {
            "total": len(self.entries),
            "breaking": sections["breaking"],
            "additions": sections["additions"],
            "other": sections["other"],
            "by_kind": {k: {"total": kinds[k], "breaking": breaking[k]} for k in sorted(kinds)},
        }

    def to_json(self) -> str:
        data = {
            "from": _side_json(self.from_),
            "to": _side_json(self.to),
            "summary": self.summary(),
            "entries": [e.as_json() for e in self.entries],
        }
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

    def to_markdown(self) -> str:
        summary = self.summary()
        a, b = self.from_, self.to
        lines = [
            f"# Voice API changes: {a.label} → {b.label}",
            "",
            "Generated by `python -m codegen changelog` (rules: docs/ARCHITECTURE.md, "
            '"The changelog").',
            "",
            "| | from | to |",
            "|---|---|---|",
            f"| spec file | `{a.file}` | `{b.file}` |",
            f"| sha256 | `{a.sha256[:12]}` | `{b.sha256[:12]}` |",
            f"| operations | {a.operations} | {b.operations} |",
            f"| webhook events | {a.webhooks} | {b.webhooks} |",
            "",
            f"**{summary['total']} changes: {summary['breaking']} breaking, "
            f"{summary['additions']} additions, {summary['other']} other.**",
        ]
        if self.entries:
            lines += ["", "| kind | changes | breaking |", "|---|---:|---:|"]
            for kind, counts in summary["by_kind"].items():
                lines.append(f"| `{kind}` | {counts['total']} | {counts['breaking']} |")
        for section, title in _SECTIONS:
            chosen = [e for e in self.entries if e.section == section]
            lines += ["", f"## {title} ({len(chosen)})"]
            if not chosen:
                lines += ["", "None."]
            for resource in sorted({e.resource for e in chosen}, key=_resource_order):
                heading = "Webhook events" if resource == "webhooks" else f"`client.{resource}`"
                lines += ["", f"### {heading}", ""]
                lines += [f"- {e.message}" for e in chosen if e.resource == resource]
        return "\n".join(lines) + "\n"


def _resource_order(resource: str) -> tuple[bool, str]:
    return resource == "webhooks", resource


def _side_json(side: Side) -> dict[str, Any]:
    return {
        "file": side.file,
        "sha256": side.sha256,
        "date": side.date,
        "operations": side.operations,
        "webhooks": side.webhooks,
    }


def changelog(
    old: LoadedSpec,
    new: LoadedSpec,
    config: Config,
    *,
    old_date: str | None = None,
    new_date: str | None = None,
) -> Changelog:
    """The changelog of the voice surface from spec `old` to spec `new`."""
    return compare(surface(old, config, old_date), surface(new, config, new_date))
