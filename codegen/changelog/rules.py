"""The rules: which differences between two surfaces are changes, and which of them break
code written for the old SDK (docs/ARCHITECTURE.md, "The changelog")."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from codegen.changelog.entry import Entry
from codegen.changelog.shapes import _Atom, _covered, _dotted, _Shape, _show
from codegen.changelog.surface import (
    Location,
    Surface,
    _ComparedOperation,
    _ComparedWebhook,
    _FieldKey,
)

_REQUEST: tuple[Location, ...] = ("path", "query", "body")
_FIELD_KIND = {
    "path": "parameter",
    "query": "parameter",
    "body": "body_field",
    "response": "response_field",
    "webhook": "webhook_field",
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


def _op_subject(op: _ComparedOperation) -> _Subject:
    return _Subject(
        f"`client.{op.sdk_method}`",
        method=op.sdk_method,
        operation_id=op.operation_id,
        http=op.http,
        arguments=op.arguments,
    )


def _hook_subject(hook: _ComparedWebhook) -> _Subject:
    return _Subject(
        f"`{hook.event_type}` (`{hook.event_class}`)",
        event=hook.event_type,
        event_class=hook.event_class,
    )


def changes(old: Surface, new: Surface) -> list[Entry]:
    """Every change from `old` to `new` (unsorted)."""
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
    return entries


def _webhook_changes(before: _ComparedWebhook, after: _ComparedWebhook) -> Iterator[Entry]:
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
    old: dict[str, _ComparedOperation], new: dict[str, _ComparedOperation]
) -> tuple[
    list[tuple[_ComparedOperation, _ComparedOperation]],
    list[_ComparedOperation],
    list[_ComparedOperation],
]:
    """`(pairs, removed, added)`: matched by operationId, then by HTTP method and path."""
    pairs = [(old[k], new[k]) for k in sorted(old.keys() & new.keys())]
    old_http = {op.http: op for k, op in sorted(old.items()) if k not in new}
    new_http = {op.http: op for k, op in sorted(new.items()) if k not in old}
    pairs += [(old_http[h], new_http[h]) for h in sorted(old_http.keys() & new_http.keys())]
    removed = [old_http[h] for h in sorted(old_http.keys() - new_http.keys())]
    added = [new_http[h] for h in sorted(new_http.keys() - old_http.keys())]
    return pairs, removed, added


def _operation_changes(before: _ComparedOperation, after: _ComparedOperation) -> Iterator[Entry]:
    subject = _op_subject(after)
    if before.sdk_method != after.sdk_method:
        yield subject.entry(
            "method.renamed",
            True,
            f"renamed from `client.{before.sdk_method}`.",
            old=before.sdk_method,
            new=after.sdk_method,
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
