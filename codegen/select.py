"""Stage 2: pick the surface (spec/selections/, voice by default) and resolve `$ref`s.

`$ref` lookup is delegated to the `referencing` library; this module only walks the
selected operations and webhooks and lists what they reference.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from typing import Any

from referencing import Registry, Resource
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT202012

from codegen.config import Selection
from codegen.errors import SpecError

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_BASE = "urn:telnyx-openapi"


class RefResolver:
    """Resolves local `$ref`s (`#/components/...`) of one document."""

    def __init__(self, document: dict[str, Any]) -> None:
        resource = Resource.from_contents(document, default_specification=DRAFT202012)
        self._resolver = Registry().with_resource(_BASE, resource).resolver(base_uri=_BASE)

    def lookup(self, ref: object, where: str) -> Any:
        if not isinstance(ref, str) or not ref.startswith("#/"):
            raise SpecError(where, "a local $ref of the form '#/components/...'", ref)
        try:
            return self._resolver.lookup(ref).contents
        except Unresolvable as exc:
            raise SpecError(where, f"$ref {ref!r} to resolve to a definition in the spec") from exc

    def follow(self, node: Any, where: str) -> tuple[Any, list[str]]:
        """The node reached by following `$ref`s, and the `$ref`s followed, in order."""
        chain: list[str] = []
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if ref in chain:
                raise SpecError(where, "a $ref chain that ends", ref)
            chain.append(ref)
            node = self.lookup(ref, where)
        return node, chain

    def located(self, node: Any, where: str) -> tuple[Any, str]:
        """The node reached by following `$ref`s and the pointer where it sits (the last
        `$ref` followed, or `where` itself)."""
        node, chain = self.follow(node, where)
        return node, (chain[-1] if chain else where)

    def deref(self, node: Any, where: str) -> Any:
        """Follow `$ref`s until a non-reference node is reached."""
        return self.follow(node, where)[0]


@dataclass(frozen=True)
class SelectedOperation:
    path: str
    method: str
    pointer: str
    operation: dict[str, Any]
    path_item: dict[str, Any]


@dataclass(frozen=True)
class SelectedWebhook:
    key: str
    pointer: str
    operation: dict[str, Any]


def pointer_token(token: str) -> str:
    """`token` escaped for a JSON pointer (RFC 6901: `~` -> `~0`, `/` -> `~1`)."""
    return token.replace("~", "~0").replace("/", "~1")


def derived_operation_id(method: str, path: str) -> str:
    """The operationId of an operation that has none: method and path words in camelCase
    (`get /calls/{call_control_id}/recordings` -> `getCallsCallControlIdRecordings`)."""
    words = re.findall(r"[0-9A-Za-z]+", path)
    return method.lower() + "".join(w[:1].upper() + w[1:] for w in words)


def select_operations(document: dict[str, Any], selection: Selection) -> list[SelectedOperation]:
    paths = document.get("paths")
    if not isinstance(paths, dict):
        raise SpecError("#/paths", "a mapping of paths", type(paths).__name__)
    selected = []
    for path, item in paths.items():
        if not isinstance(item, dict):
            raise SpecError(f"#/paths/{pointer_token(path)}", "a path item object")
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            if not selection.takes(op.get("tags")):
                continue
            pointer = f"#/paths/{pointer_token(path)}/{method}"
            if "operationId" not in op:
                op = {**op, "operationId": derived_operation_id(method, path)}
                print(
                    f"note: {pointer} has no operationId; derived {op['operationId']!r}",
                    file=sys.stderr,
                )
            if not isinstance(op.get("operationId"), str):
                raise SpecError(
                    pointer + "/operationId", "an operationId string", op.get("operationId")
                )
            selected.append(SelectedOperation(path, method, pointer, op, item))
    return selected


def select_webhooks(document: dict[str, Any], selection: Selection) -> list[SelectedWebhook]:
    webhooks = document.get("webhooks") or {}
    if not isinstance(webhooks, dict):
        raise SpecError("#/webhooks", "a mapping of webhooks", type(webhooks).__name__)
    selected = []
    for key in sorted(webhooks):
        if not selection.webhook_key_pattern.search(key):
            continue
        item = webhooks[key]
        op = item.get("post") if isinstance(item, dict) else None
        if not isinstance(op, dict):
            raise SpecError(
                f"#/webhooks/{pointer_token(key)}", "a path item with a `post` operation"
            )
        selected.append(SelectedWebhook(key, f"#/webhooks/{pointer_token(key)}/post", op))
    return selected
