"""The voice surface of a spec as a spec of its own (for Prism, and for measuring diffs)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from codegen import select
from codegen.config import Selection

_REF = re.compile(r"^#/components/([^/]+)/([^/]+)")


def _references(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref
        for value in node.values():
            yield from _references(value)
    elif isinstance(node, list):
        for value in node:
            yield from _references(value)


def voice_subset(
    document: dict[str, Any], selection: Selection, *, webhooks: bool = False
) -> dict[str, Any]:
    """The selected operations (and, with `webhooks`, the selected webhooks) and the
    components they reach through `$ref`s: the part of the spec the SDK is generated from."""
    paths: dict[str, dict[str, Any]] = {}
    for selected in select.select_operations(document, selection):
        item = paths.setdefault(
            selected.path,
            {k: v for k, v in selected.path_item.items() if k not in select.HTTP_METHODS},
        )
        item[selected.method] = selected.operation
    components = document.get("components", {})
    kept: dict[str, dict[str, Any]] = {
        "securitySchemes": dict(components.get("securitySchemes", {}))
    }
    hooks: dict[str, Any] = {}
    if webhooks:
        hooks = {
            w.key: document["webhooks"][w.key] for w in select.select_webhooks(document, selection)
        }
    pending = [*_references(paths), *_references(hooks)]
    while pending:
        match = _REF.match(pending.pop())
        if match is None:
            continue
        section, name = (t.replace("~1", "/").replace("~0", "~") for t in match.groups())
        if name in kept.setdefault(section, {}):
            continue
        kept[section][name] = definition = components[section][name]
        pending.extend(_references(definition))
    subset = {k: v for k, v in document.items() if k not in ("paths", "webhooks", "components")}
    if webhooks:
        subset["webhooks"] = hooks
    return {**subset, "paths": paths, "components": kept}
