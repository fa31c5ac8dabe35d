"""Stage 3: give every schema a stable class name before datamodel-code-generator sees it.

Component schemas keep their spec names (made valid Python: `call-control_Error` ->
`CallControlError`). Every inline object or enum is hoisted into a named schema whose
name says where it sits: parent + property (`CallRequest` + `answering_machine_detection`
-> `CallRequestAnsweringMachineDetection`), `Item` for array items, `Value` for map values,
and operation + role for request bodies and responses. The names depend only on the
schema's own position, so unrelated spec changes never rename a class, and datamodel-code-
generator never has to invent (numbered) names.
"""

from __future__ import annotations

import json
import re
from typing import Any

from codegen.errors import SpecError
from codegen.ir import Model
from codegen.select import RefResolver, pointer_token

_SCHEMA_PREFIX = "#/components/schemas/"
_WORD = re.compile(r"[0-9A-Za-z]+")
# keywords whose value is a single subschema / a list of subschemas
_ONE_SUBSCHEMA = {"items": "Item", "additionalProperties": "Value", "not": "Not"}
_MANY_SUBSCHEMAS = ("oneOf", "anyOf", "allOf")
# properties whose single allowed value is rendered as a Literal, not a one-member enum:
# a webhook's `event_type` is the key the event registry dispatches on
_LITERAL_PROPERTIES = frozenset({"event_type"})
_REF_SIBLINGS = ("description", "default", "nullable", "deprecated", "readOnly", "writeOnly")


def pascal(text: str) -> str:
    """`call-control_Error` -> `CallControlError`, `answering_machine` -> `AnsweringMachine`."""
    words = _WORD.findall(text)
    name = "".join(w[:1].upper() + w[1:] for w in words)
    if not name:
        return "Unnamed"
    return name if not name[0].isdigit() else "N" + name


def canonical(schema: Any) -> str:
    return json.dumps(schema, sort_keys=True, default=str)


def py_literal(value: Any) -> str:
    """A Python literal for a JSON scalar (`"a"`, `1`, `True`), as in `Literal[...]`."""
    return json.dumps(value) if isinstance(value, str) else repr(value)


class SchemaRegistry:
    """The registry of named models: every schema a selection reaches gets one class name
    here (components keep theirs, inline schemas are hoisted and named by position)."""

    def __init__(
        self,
        document: dict[str, Any],
        refs: RefResolver,
        overrides: dict[str, str] | None = None,
    ) -> None:
        self._refs = refs
        # what is being built (`operationId X (tag Y)`, `webhook K`): named in located errors
        self.pulled_by = ""
        components = (document.get("components") or {}).get("schemas") or {}
        if not isinstance(components, dict):
            raise SpecError("#/components/schemas", "a mapping of schemas")
        self._components: dict[str, Any] = components
        self._overrides = dict(overrides or {})
        # every component keeps its own name (or the one spec/naming.yaml `schemas` gives
        # it); hoisted names never take one of these
        self._component_names = {
            key: self._overrides.get(_SCHEMA_PREFIX + pointer_token(key), pascal(key))
            for key in components
        }
        self._reserved = set(self._component_names.values())
        self._component_of: dict[str, str] = {}  # class name -> component key using it
        self.models: dict[str, Model] = {}
        self._defining: set[str] = set()
        self._role_shapes: dict[str, str] = {}  # role-named model -> its inline schema

    # -- public -----------------------------------------------------------------------------

    def component(self, key: str, where: str) -> str:
        """The class name of component schema `key`, defining it (and what it holds) once."""
        if key not in self._components:
            raise SpecError(where, f"a schema named {key!r} under #/components/schemas")
        name = self._component_names[key]
        owner = self._component_of.setdefault(name, key)
        if owner != key:
            pulled = f", pulled in by {self.pulled_by}" if self.pulled_by else ""
            raise SpecError(
                _SCHEMA_PREFIX + pointer_token(key),
                "schema names that stay distinct as Python classes"
                f" ({_SCHEMA_PREFIX}{pointer_token(owner)} is also {name!r}{pulled});"
                " name one in spec/naming.yaml `schemas` (pointer: ClassName)",
            )
        if name not in self.models and name not in self._defining:
            pointer = _SCHEMA_PREFIX + pointer_token(key)
            self._define(name, self._components[key], pointer)
        return name

    def named(self, hint: str, schema: Any, pointer: str) -> str:
        """Name an inline schema that sits at a role (a request body, a response)."""
        if isinstance(schema, dict) and "$ref" in schema and len(schema) == 1:
            return self._ref_name(schema["$ref"], pointer)
        shape = canonical(schema)
        for repeated in (hint, hint + "Inline"):
            if self._role_shapes.get(repeated) == shape:
                return repeated  # the same inline schema repeated at another operation
        name = self._free_name(hint, schema, pointer)
        if name not in self.models:
            self._define(name, schema, pointer)
            self._role_shapes[name] = shape
        return name

    def field_schema(self, schema: Any, hint: str, pointer: str) -> Any:
        """A parameter's schema, its `$ref`s pointing at named models; inline parts stay
        inline (query parameters are encoded from plain values, not from model classes)."""
        if isinstance(schema, dict):
            if "$ref" in schema:
                return {"$ref": _SCHEMA_PREFIX + self._ref_name(schema["$ref"], pointer + "/$ref")}
            return {
                k: self.field_schema(v, hint, f"{pointer}/{pointer_token(str(k))}")
                for k, v in schema.items()
                if k not in ("example", "examples")
            }
        if isinstance(schema, list):
            return [self.field_schema(v, hint, f"{pointer}/{i}") for i, v in enumerate(schema)]
        return schema

    def resolve(self, schema: Any) -> Any:
        """The hoisted schema behind a `$ref` to a model (or the schema itself)."""
        if isinstance(schema, dict) and "$ref" in schema:
            name = schema["$ref"][len(_SCHEMA_PREFIX) :]
            return self.models[name].schema if name in self.models else schema
        return schema

    # -- internals ----------------------------------------------------------------------------

    def _ref_name(self, ref: object, where: str) -> str:
        if not isinstance(ref, str) or not ref.startswith(_SCHEMA_PREFIX):
            raise SpecError(where, "a $ref to '#/components/schemas/<name>' inside a schema", ref)
        self._refs.lookup(ref, where)  # a located error for a dangling $ref
        key = ref[len(_SCHEMA_PREFIX) :].replace("~1", "/").replace("~0", "~")
        return self.component(key, where)

    def _free_name(self, hint: str, schema: Any, pointer: str) -> str:
        """`hint`, else `<hint>Inline`, else the name spec/naming.yaml `schemas` gives the
        schema at `pointer`; a located error naming both sides when none of them is free."""
        override = self._overrides.get(pointer)
        candidates = [override] if override else [hint, hint + "Inline"]
        for name in candidates:
            if self._taken_by(name, pointer) is None:
                return name
        sides = "; ".join(f"{n!r} is {self._taken_by(n, pointer)}" for n in candidates)
        pulled = f", pulled in by {self.pulled_by}" if self.pulled_by else ""
        raise SpecError(
            pointer,
            f"an inline schema whose derived name {candidates[0]!r} is free ({sides}{pulled});"
            " name it in spec/naming.yaml `schemas` (pointer: ClassName)",
        )

    def _taken_by(self, name: str, pointer: str) -> str | None:
        """Who already holds class name `name` (a component, another inline schema), or None."""
        if name in self._reserved:
            owner = next(k for k, n in self._component_names.items() if n == name)
            return f"component {_SCHEMA_PREFIX}{pointer_token(owner)}"
        if name in self.models and self.models[name].pointer != pointer:
            return f"the schema at {self.models[name].pointer}"
        taken = [p for p, n in self._overrides.items() if n == name and p != pointer]
        return f"given to {taken[0]} in spec/naming.yaml" if taken else None

    def _define(self, name: str, schema: Any, pointer: str) -> None:
        self._defining.add(name)
        body = self._transform(schema, name, pointer, root=True)
        self.models[name] = Model(name=name, pointer=pointer, schema=body)
        self._defining.discard(name)

    def _transform(
        self, schema: Any, name: str, pointer: str, *, root: bool, is_property: bool = False
    ) -> Any:
        """Copy `schema`, replacing nested objects and enums by `$ref`s to hoisted models
        (`is_property`: `schema` is a property's own schema, which holds its constraints)."""
        if schema is True:
            return {}
        if not isinstance(schema, dict):
            raise SpecError(pointer, "a schema object", schema)
        if "$ref" in schema:
            out: dict[str, Any] = {
                "$ref": _SCHEMA_PREFIX + self._ref_name(schema["$ref"], pointer + "/$ref")
            }
            out.update({k: schema[k] for k in _REF_SIBLINGS if k in schema})
            if isinstance(out.get("default"), dict | list):
                # `default: {}` beside a $ref to a model: datamodel-code-generator writes the
                # literal, not an instance of the model; absent means the same to the server
                del out["default"]
            return out
        if not root and (_is_model(schema) or (not is_property and _constrained(schema))):
            # a constrained value as an array item, map value or union member has no field
            # to carry its constraints: datamodel-code-generator would invent (and number) a
            # class for it, so it is named here, by position, like every other hoisted schema
            nullable = _nullable_enum(schema)
            if nullable:  # `enum: [a, null]`: the enum of `a`, the reference nullable
                schema = {
                    k: [v for v in schema["enum"] if v is not None] if k == "enum" else v
                    for k, v in schema.items()
                    if k != "nullable"
                }
            hoisted = self._free_name(name, schema, pointer)
            if hoisted not in self.models and hoisted not in self._defining:
                self._define(hoisted, schema, pointer)
            ref: dict[str, Any] = {"$ref": _SCHEMA_PREFIX + hoisted}
            return {**ref, "nullable": True} if nullable else ref
        out = dict(schema)
        if out.get("format") == "email":
            # pydantic's EmailStr needs the optional email-validator package (an ImportError
            # on first use without it); an email address is a plain `str` here, as in the
            # official SDK, and the server checks it
            del out["format"]
        if out.get("default", 0) is None and not _allows_null(out):
            del out["default"]  # `default: null` on a non-nullable property just means "absent"
        if "default" in out and not _default_fits(out):
            del out["default"]  # a default of another JSON type (`""` for an array): a spec slip
        if out.get("format") in ("uri", "url") and "default" in out:
            # a URL with a default: `str`, as the default is (pydantic's AnyUrl is no str)
            del out["format"]
        props = schema.get("properties")
        if props is not None:
            if not isinstance(props, dict):
                raise SpecError(pointer + "/properties", "a mapping of property schemas")
            out["properties"] = {
                prop: self._transform(
                    _as_const(sub) if prop in _LITERAL_PROPERTIES else sub,
                    name + pascal(prop),
                    f"{pointer}/properties/{pointer_token(prop)}",
                    root=False,
                    is_property=True,
                )
                for prop, sub in props.items()
            }
        for keyword, suffix in _ONE_SUBSCHEMA.items():
            sub = schema.get(keyword)
            if isinstance(sub, dict):
                out[keyword] = self._transform(
                    sub, name + suffix, f"{pointer}/{keyword}", root=False
                )
        for keyword in _MANY_SUBSCHEMAS:
            members = schema.get(keyword)
            if members is None:
                continue
            if not isinstance(members, list):
                raise SpecError(f"{pointer}/{keyword}", "a list of schemas", members)
            if members and all(constraint_only(m) for m in members):
                # `anyOf: [{required: [a]}, {required: [b]}]` constrains, it adds no type:
                # it is documented and left to the server to enforce
                del out[keyword]
                out["description"] = _constraint_note(schema.get("description"), keyword, members)
                continue
            suffixes = _variant_suffixes(members, schema.get("discriminator"))
            out[keyword] = [
                self._transform(member, name + suffix, f"{pointer}/{keyword}/{i}", root=False)
                for i, (member, suffix) in enumerate(zip(members, suffixes, strict=True))
            ]
        if "discriminator" in schema:
            out["discriminator"] = self._discriminator(schema["discriminator"], pointer)
        if isinstance(out.get("allOf"), list) and self._conflicting(out["allOf"]):
            out = self._flattened(out)
        return out

    def _fields(self, schema: Any) -> tuple[dict[str, Any], set[str]] | None:
        """The properties and required keys of a hoisted schema, its `allOf` members'
        included (later ones win); None when a model it refers to is still being defined."""
        if not isinstance(schema, dict):
            return {}, set()
        if "$ref" in schema:
            model = self.models.get(schema["$ref"][len(_SCHEMA_PREFIX) :])
            if model is None:
                return None
            schema = model.schema
        properties: dict[str, Any] = {}
        required: set[str] = set()
        for member in schema.get("allOf") or ():
            found = self._fields(member)
            if found is None:
                return None
            properties.update(found[0])
            required |= found[1]
        properties.update(schema.get("properties") or {})
        required |= set(schema.get("required") or ())
        return properties, required

    def _conflicting(self, members: list[Any]) -> bool:
        """Whether two `allOf` members define one property as different types (or one
        requires it and the other not): as base classes of one class they would clash."""
        seen: dict[str, str] = {}
        for member in members:
            found = self._fields(member)
            if found is None:
                return False
            properties, required = found
            for prop, sub in properties.items():
                shape = canonical([_typing_shape(sub), prop in required])
                if seen.setdefault(prop, shape) != shape:
                    return True
        return False

    def _flattened(self, schema: dict[str, Any]) -> dict[str, Any]:
        """An `allOf` whose members clash, as one object: their properties merged (a later
        member's definition wins), every required key required."""
        found = self._fields(schema)
        assert found is not None  # `_conflicting` saw every member defined
        properties, required = found
        out = {k: v for k, v in schema.items() if k not in ("allOf", "properties", "required")}
        out["type"] = "object"
        out["properties"] = properties
        if required:
            out["required"] = sorted(required)
        return out

    def _discriminator(self, disc: Any, pointer: str) -> Any:
        if not isinstance(disc, dict) or not isinstance(disc.get("propertyName"), str):
            raise SpecError(pointer + "/discriminator", "a discriminator with a propertyName")
        mapping = disc.get("mapping")
        if not mapping:
            return disc
        return {
            "propertyName": disc["propertyName"],
            "mapping": {
                key: _SCHEMA_PREFIX
                + self._ref_name(ref, f"{pointer}/discriminator/mapping/{pointer_token(key)}")
                for key, ref in mapping.items()
            },
        }


# keywords that document a value without changing its Python type
_DOC_KEYS = frozenset(
    {
        "description",
        "title",
        "example",
        "examples",
        "readOnly",
        "writeOnly",
        "deprecated",
        "default",
    }
)
_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


def _typing_shape(schema: Any) -> Any:
    """A property schema without its documentation keywords: two properties with one shape
    have one Python type."""
    if not isinstance(schema, dict):
        return schema
    return {k: v for k, v in schema.items() if k not in _DOC_KEYS and not k.startswith("x-")}


def _default_fits(schema: dict[str, Any]) -> bool:
    """Whether `default` is of the schema's JSON type (any default fits a schema without one
    `type`; `null` is checked separately)."""
    kind = schema.get("type") or ("array" if "items" in schema else None)
    value = schema["default"]
    if not isinstance(kind, str) or kind not in _JSON_TYPES or value is None:
        return True
    if isinstance(value, bool) and kind != "boolean":
        return False
    return isinstance(value, _JSON_TYPES[kind])


def _allows_null(schema: dict[str, Any]) -> bool:
    kinds = schema.get("type")
    return bool(schema.get("nullable")) or (isinstance(kinds, list) and "null" in kinds)


def constraint_only(member: Any) -> bool:
    """A union member that only constrains (`{required: [a]}`, `{properties: {b: {not: {}}}}`:
    `b` absent) and adds no type: the one place this rule lives (hoisting drops such unions,
    the IR and the changelog skip such members)."""
    if not isinstance(member, dict) or not set(member) <= {
        "required",
        "description",
        "not",
        "title",
        "properties",
    }:
        return False
    props = member.get("properties", {})
    return isinstance(props, dict) and all(p == {"not": {}} for p in props.values())


def _constraint_note(description: Any, keyword: str, members: list[Any]) -> str:
    options = [
        ", ".join(
            [f"`{r}`" for r in m.get("required", [])]
            + [f"no `{p}`" for p in sorted(m.get("properties") or {})]
        )
        for m in members
    ]
    how = "at least one" if keyword == "anyOf" else "exactly one" if keyword == "oneOf" else "all"
    note = f"Requires {how} of: " + "; ".join(o for o in options if o) + "."
    return f"{description}\n\n{note}" if description else note


# keywords that constrain a value: a class of its own where no field holds them
_CONSTRAINTS = frozenset(
    {
        "pattern",
        "minLength",
        "maxLength",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minItems",
        "maxItems",
        "uniqueItems",
    }
)


def _constrained(schema: dict[str, Any]) -> bool:
    """A value with a constraint keyword (`pattern`, `maxLength`, `maxItems`, ...)."""
    return bool(_CONSTRAINTS.intersection(schema))


def _nullable_enum(schema: dict[str, Any]) -> bool:
    """An enum that lists `null` among its values (`enum: ["rsa-sha256", null]`)."""
    values = schema.get("enum")
    return isinstance(values, list) and None in values and len(values) > 1


def _as_const(schema: Any) -> Any:
    if isinstance(schema, dict) and len(schema.get("enum") or ()) == 1:
        out = {k: v for k, v in schema.items() if k != "enum"}
        out["const"] = schema["enum"][0]
        return out
    return schema


def _is_model(schema: dict[str, Any]) -> bool:
    """Schemas that become a class of their own: objects with properties, and enums."""
    if "properties" in schema:
        return True
    if "enum" in schema:
        return len(schema["enum"]) > 1 or "const" not in schema
    return any(k in schema for k in _MANY_SUBSCHEMAS) and _has_object_member(schema)


def _has_object_member(schema: dict[str, Any]) -> bool:
    return any(
        isinstance(m, dict) and ("$ref" in m or "properties" in m)
        for k in _MANY_SUBSCHEMAS
        for m in schema.get(k) or ()
    )


def _variant_suffixes(members: list[Any], discriminator: Any) -> list[str]:
    """The name parts of a union's inline members (`_variant_suffix`); members whose part
    would be the same (`WithType` for three `{type: <one value>, ...}` objects) are named by
    their own single-valued property instead (`PredefinedMedia`, `MediaUrl`, `MediaName`)."""
    suffixes = [_variant_suffix(m, discriminator) for m in members]
    shared = {s for s in suffixes if s and suffixes.count(s) > 1}
    return [
        (_tag_suffix(m) or s) if s in shared else s for m, s in zip(members, suffixes, strict=True)
    ]


def _tag_suffix(member: Any) -> str:
    """The value of the first property (by name) that allows one string only, as a name."""
    props = member.get("properties") if isinstance(member, dict) else None
    for prop in sorted(props or {}):
        sub = props[prop]
        if not isinstance(sub, dict):
            continue
        values = [sub["const"]] if "const" in sub else sub.get("enum") or []
        if len(values) == 1 and isinstance(values[0], str):
            return pascal(values[0])
    return ""


def _variant_suffix(member: Any, discriminator: Any) -> str:
    """The name part of an inline union member: its title, its discriminator value, its type."""
    if not isinstance(member, dict) or "$ref" in member:
        return ""
    if isinstance(member.get("title"), str):
        return pascal(member["title"])
    if isinstance(discriminator, dict):
        prop = (member.get("properties") or {}).get(discriminator.get("propertyName"))
        if isinstance(prop, dict):
            value = prop.get("const", (prop.get("enum") or [None])[0])
            if isinstance(value, str):
                return pascal(value)
    props = sorted((member.get("properties") or {}).keys())
    if props:
        return "With" + pascal(props[0])
    kind = member.get("type")
    return pascal(kind if isinstance(kind, str) else "value")
