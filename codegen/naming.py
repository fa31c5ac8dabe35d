"""Names of resources, methods and arguments (rule + overrides from spec/naming.yaml)."""

from __future__ import annotations

import keyword
import re

from codegen.config import Naming, OfficialTypeNaming
from codegen.errors import SpecError

_PARAM = re.compile(r"^\{[^}]+\}$")
_NON_IDENT = re.compile(r"[^0-9a-zA-Z_]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def snake(text: str) -> str:
    """`page[number]` -> `page_number`, `SendDTMF` -> `send_dtmf`."""
    text = _CAMEL.sub("_", text)
    return _NON_IDENT.sub("_", text).strip("_").lower()


def py_name(wire: str) -> str:
    """A safe Python identifier for a wire name: keywords get a trailing underscore (`from_`)."""
    name = snake(wire) if not wire.isidentifier() else wire
    if not name or name[0].isdigit():
        name = "_" + name
    return name + "_" if keyword.iskeyword(name) or name in ("self",) else name


# keyword arguments every generated method has (resource.py.j2): a parameter or body field
# of the same name gets a trailing underscore, like a Python keyword
RESERVED_ARGUMENTS = frozenset(
    {
        "extra_headers",
        "extra_query",
        "extra_body",
        "timeout",
        "max_retries",
        "hedge_after",
        "retry_non_idempotent",
    }
)


def argument_name(wire: str) -> str:
    """The keyword argument of a parameter or body field: `py_name`, and `timeout_` for a
    field named like one of the method's own keywords (`RESERVED_ARGUMENTS`)."""
    name = py_name(wire)
    return name + "_" if name in RESERVED_ARGUMENTS else name


def identifier(segment: str) -> str:
    """A resource or method name from a snake-cased path segment, mended into a Python
    identifier: a leading digit gets `n` (`10dlc` -> `n10dlc`, as class names get `N`), a
    keyword a trailing underscore (`import` -> `import_`)."""
    name = segment or "root"
    if name[0].isdigit():
        name = "n" + name
    return name + "_" if keyword.iskeyword(name) else name


def upper_snake(text: str) -> str:
    return snake(text).upper()


def static_segments(path: str) -> tuple[str, ...]:
    """The path's segments that are not `{parameters}`, as written (`/calls/{id}/actions/x`
    -> `("calls", "actions", "x")`): the resource levels of the naming rule."""
    return tuple(s for s in path.strip("/").split("/") if s and not _PARAM.match(s))


def method_name(
    path: str,
    method: str,
    operation_id: str,
    naming: Naming,
    pointer: str,
    *,
    leaf: bool = False,
) -> tuple[tuple[str, ...], str]:
    """`(resource path, method name)` of an operation: the override, else the rule.

    `leaf`: the path has this one operation and no path of the spec extends it; then a
    non-GET operation on a static last segment is an action of the resource above it
    (`POST /ai/assistants/{id}/clone` -> `ai.assistants.clone`), as in the official SDK."""
    override = naming.overrides.get(operation_id)
    if override:
        parts = override.split(".")
        if parts[0] == "client":
            parts = parts[1:]
        if len(parts) < 2 or not all(p.isidentifier() for p in parts):
            raise SpecError(pointer, f"an override like 'calls.actions.answer' for {operation_id}")
        return tuple(parts[:-1]), parts[-1]
    segments = [s for s in path.strip("/").split("/") if s]
    statics = [naming.segments.get(s) or identifier(snake(s)) for s in static_segments(path)]
    if not statics:
        raise SpecError(pointer, "a path with at least one static segment", path)
    if len(statics) >= 2 and statics[-2] == "actions" and not _PARAM.match(segments[-1]):
        resource = tuple(statics[:-1])
        return resource, _action_name(statics[-1], ".".join(resource), naming)
    if leaf and method != "get" and len(statics) >= 2 and not _PARAM.match(segments[-1]):
        return tuple(statics[:-1]), statics[-1]
    ends_with_param = bool(_PARAM.match(segments[-1]))
    verb = {
        ("get", False): "list",
        ("post", False): "create",
        ("get", True): "retrieve",
        ("post", True): "update",
        ("put", True): "update",
        ("patch", True): "update",
        ("delete", True): "delete",
    }.get((method, ends_with_param))
    if verb is None:
        verb = f"{method}_{statics[-1]}"
    return tuple(statics), verb


def _action_name(action: str, resource: str, naming: Naming) -> str:
    rule = naming.actions.get(resource)
    if rule is None:
        return action
    noun, _, verb = action.rpartition("_")
    if noun and verb in rule.verb_first:
        return f"{verb}_{rule.noun_aliases.get(noun, noun)}"
    return action


def official_words(text: str, rule: OfficialTypeNaming) -> str:
    """`gather_using_ai` -> `GatherUsingAI` (words capitalised, acronyms spelled as listed)."""
    return "".join(rule.acronyms.get(w, w[:1].upper() + w[1:]) for w in snake(text).split("_") if w)


def official_type_names(
    resource: tuple[str, ...], method: str, rule: OfficialTypeNaming
) -> tuple[tuple[str, ...], str]:
    """`(types package, class-name stem)` of an operation in the official SDK:
    `("calls", "actions"), "speak"` -> `(("calls",), "ActionSpeak")`, so
    `telnyx_voice.types.calls.ActionSpeakParams` / `...ActionSpeakResponse`."""
    last = resource[-1]
    singular = rule.singular.get(last, last[:-1] if last.endswith("s") else last)
    return resource[:-1], official_words(f"{singular}_{method}", rule)


def official_event(model: str) -> str:
    """The official SDK's class of a webhook event: `CallInitiatedEvent` ->
    `CallInitiatedWebhookEvent`."""
    return model.removesuffix("Event") + "WebhookEvent"


def official_event_modules(official: str) -> tuple[str, ...]:
    """The official SDK's modules of a webhook event class: its snake-case name and a
    numbered twin (`call_initiated_webhook_event`, `call_initiated_webhook_event1`)."""
    module = snake(official)
    return module, module + "1"
