"""What the changelog compares of one schema: its JSON types, enum values and fields.

`_Schemas` reads the schemas of one spec after `$ref` resolution (`select.RefResolver`) and
`allOf` merging; a field is a `_Shape` (required, types, enum, pointer) at a `_Path`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from codegen import select
from codegen.schemas import constraint_only, pascal
from codegen.select import pointer_token

# property levels compared below a body, parameter, response or webhook payload root:
# enough for `data.payload.<field>.<field>` in webhooks
MAX_DEPTH = 4

_SCHEMA_PREFIX = "#/components/schemas/"
_PRIMITIVES = frozenset({"string", "integer", "number", "boolean", "null", "object", "any"})


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

    def __init__(self, refs: select.RefResolver) -> None:
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
                props[name] = (sub, f"{ptr}/properties/{pointer_token(name)}")
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
                if isinstance(m, dict) and not constraint_only(m)
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
