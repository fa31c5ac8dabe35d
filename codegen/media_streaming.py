"""Our own schema of the media streaming frames (spec/media-streaming.yaml) -> its IR.

The file is JSON Schema 2020-12 written by the project (the OpenAPI spec does not describe
the WebSocket frames). It is pinned by sha256 in spec/pin.yaml (`media_streaming:`) exactly
like the OpenAPI input, and goes through the same naming stage (codegen/schemas.py) and the
same datamodel-code-generator stage (codegen/models.py) as the voice models, into
`telnyx_voice.media_streaming.models`.

Decisions made here, each once:

* every `$defs` entry is a model named by its key, except the two direction unions
  (`DIRECTIONS`), which become the generated frame registries instead of classes;
* a frame's `event` value is the `const` of its `event` property;
* the models' base class is the overlay's `FrameModel` (lenient, numbers read as strings
  where the schema says string); `BASES` names a few classes with a richer overlay base
  (`MediaFrame.audio`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from codegen.config import SchemaPin
from codegen.errors import GeneratorError, PinError, SpecError
from codegen.ir import Model
from codegen.schemas import SchemaRegistry, pascal
from codegen.select import RefResolver

_DEFS = "#/$defs/"
_COMPONENTS = "#/components/schemas/"
DIRECTIONS = {"InboundFrame": "inbound", "OutboundFrame": "outbound"}
"""`$defs` unions listing the frames of one direction -> the direction's name."""
_BASE_MODULE = "telnyx_voice.media_streaming._base"
BASE_CLASS = f"{_BASE_MODULE}.FrameModel"
BASES = {"MediaFrame": f"{_BASE_MODULE}.MediaFrameBase"}
"""Generated classes whose base is a hand-written subclass of `FrameModel` (extra behaviour)."""
MODULE = "telnyx_voice.media_streaming.models"
DOCSTRING = (
    "Pydantic v2 models of the media streaming frames (spec/media-streaming.yaml), "
    "by datamodel-code-generator (do not edit)."
)


@dataclass(frozen=True)
class Frame:
    event: str  # the `event` constant, e.g. "media"
    model: str  # the class, e.g. "MediaFrame"


@dataclass(frozen=True)
class MediaStreaming:
    """What the templates need: the models, and each direction's frames by event."""

    path: Path
    sha256: str
    source_url: str
    source_read: str
    models: list[Model]
    inbound: list[Frame]
    outbound: list[Frame]


def _read(path: Path) -> dict[str, Any]:
    try:
        document = yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
    except (OSError, yaml.YAMLError) as exc:
        raise GeneratorError(f"cannot read {path}: {exc}") from exc
    if not isinstance(document, dict) or not isinstance(document.get("$defs"), dict):
        raise SpecError("#", f"a JSON Schema with `$defs` in {path.name}")
    return document


def _components(node: Any) -> Any:
    """A copy of `node` whose `#/$defs/X` refs read `#/components/schemas/X` (the form the
    naming stage and datamodel-code-generator's OpenAPI input take)."""
    if isinstance(node, dict):
        return {
            k: (
                _COMPONENTS + v[len(_DEFS) :]
                if k == "$ref" and isinstance(v, str) and v.startswith(_DEFS)
                else _components(v)
            )
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_components(v) for v in node]
    return node


def load(pin: SchemaPin, spec_dir: Path) -> tuple[Path, str, dict[str, Any]]:
    """(path, sha256, parsed document) of the pinned schema file."""
    path = spec_dir / pin.path
    if not path.is_file():
        raise GeneratorError(f"{path} not found (named by `media_streaming.path` in pin.yaml)")
    data = path.read_bytes()
    return path, hashlib.sha256(data).hexdigest(), _read(path)


def check_pin(pin: SchemaPin, path: Path, sha256: str) -> None:
    if sha256 != pin.sha256:
        raise PinError(
            f"{path} has sha256 {sha256}, but spec/pin.yaml pins {pin.sha256} for it. After "
            "reviewing the change, re-pin it with `python -m codegen pin-media-streaming`, "
            "then regenerate (`nox -s generate`)."
        )


def build(path: Path, sha256: str, document: dict[str, Any]) -> MediaStreaming:
    from codegen.build import _strip_examples

    defs = document["$defs"]
    converted = {"components": {"schemas": _components(defs)}}
    namer = SchemaRegistry(converted, RefResolver(converted))
    for key in sorted(defs):
        if key not in DIRECTIONS:
            namer.component(key, f"{_DEFS}{key}")
    directions: dict[str, list[Frame]] = {}
    for union, direction in DIRECTIONS.items():
        members = (defs.get(union) or {}).get("oneOf")
        if not isinstance(members, list) or not members:
            raise SpecError(f"{_DEFS}{union}", "a `oneOf` of `$ref`s to the frames")
        directions[direction] = [
            _frame(m, defs, f"{_DEFS}{union}/oneOf/{i}") for i, m in enumerate(members)
        ]
        events = [f.event for f in directions[direction]]
        if len(set(events)) != len(events):
            raise SpecError(f"{_DEFS}{union}", "frames with distinct `event` values", events)
    source = document.get("x-source") or {}
    return MediaStreaming(
        path=path,
        sha256=sha256,
        source_url=str(source.get("url", "")),
        source_read=str(source.get("read", "")),
        models=[_strip_examples(namer.models[name]) for name in sorted(namer.models)],
        inbound=directions["inbound"],
        outbound=directions["outbound"],
    )


def _frame(member: Any, defs: dict[str, Any], where: str) -> Frame:
    ref = member.get("$ref") if isinstance(member, dict) else None
    if not isinstance(ref, str) or not ref.startswith(_DEFS) or ref[len(_DEFS) :] not in defs:
        raise SpecError(where, "a `$ref` to a frame under `#/$defs/`", ref)
    key = ref[len(_DEFS) :]
    event = ((defs[key].get("properties") or {}).get("event") or {}).get("const")
    if not isinstance(event, str):
        raise SpecError(f"{_DEFS}{key}/properties/event", "a `const` string (the frame's event)")
    return Frame(event=event, model=pascal(key))
