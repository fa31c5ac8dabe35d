"""One changelog entry: a change named as the SDK user sees it, located in the spec."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from codegen.changelog.surface import Location

_LOCATION_ORDER: tuple[Location, ...] = ("path", "query", "body", "response", "webhook")


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
