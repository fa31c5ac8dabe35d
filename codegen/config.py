"""The project's own files about the spec (spec/*.yaml), read into typed objects."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from codegen.errors import GeneratorError
from codegen.paths import SPEC_DIR


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    except (OSError, yaml.YAMLError) as exc:
        raise GeneratorError(f"cannot read {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise GeneratorError(f"{path}: expected a mapping at the top level")
    return data


@dataclass(frozen=True)
class Pin:
    repository: str
    commit: str
    path: str
    url: str
    sha256: str
    date: str
    local: str


@dataclass(frozen=True)
class SchemaPin:
    """One of our own schema files (spec/<path>), pinned by sha256 (pin.yaml's
    `media_streaming:` block)."""

    path: str  # relative to spec/
    sha256: str


@dataclass(frozen=True)
class Selection:
    """Which operations and webhooks of the spec the package covers (spec/selections/)."""

    tags: frozenset[str] | None  # None: every tag
    webhook_key_pattern: re.Pattern[str]
    untagged: bool = False  # also operations without a tag
    path: Path | None = None  # the file it was read from

    def takes(self, tags: object) -> bool:
        """Whether an operation with these `tags` (its `tags` list, or None) is selected."""
        if not isinstance(tags, list) or not tags:
            return self.untagged
        return self.tags is None or not self.tags.isdisjoint(tags)


@dataclass(frozen=True)
class ActionNaming:
    verb_first: frozenset[str]
    noun_aliases: dict[str, str]


@dataclass(frozen=True)
class OfficialTypeNaming:
    """spec/naming.yaml `official_types`: how the official SDK names its types."""

    acronyms: dict[str, str] = field(default_factory=dict)  # word -> spelling ("ai" -> "AI")
    singular: dict[str, str] = field(default_factory=dict)  # plural -> singular where not -s
    responses: dict[str, str] = field(default_factory=dict)  # operationId -> class name


@dataclass(frozen=True)
class Naming:
    actions: dict[str, ActionNaming] = field(default_factory=dict)
    overrides: dict[str, str] = field(default_factory=dict)
    arguments: dict[str, dict[str, str]] = field(default_factory=dict)
    official_types: OfficialTypeNaming = field(default_factory=OfficialTypeNaming)
    # JSON pointer of an inline schema -> its class name, where the derived names collide
    schemas: dict[str, str] = field(default_factory=dict)
    # resource path (`oauth.grants`) -> its module, where two resources join to one name
    modules: dict[str, str] = field(default_factory=dict)
    # static path segment -> its resource name, where the official SDK's differs (`10dlc`)
    segments: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Config:
    pin: Pin
    selection: Selection
    naming: Naming
    media_streaming: SchemaPin | None = None


def pin_yaml(pin: Pin, previous: str) -> str:
    """The text of spec/pin.yaml for `pin`: the comment header of `previous`, then one
    `key: value` line per field, in the dataclass's order (values quoted only when YAML
    would otherwise read them as something other than that string, like a date). The
    blocks of `previous` after the spec's keys (`media_streaming:`) are kept as they are."""
    header = []
    lines = previous.splitlines(keepends=True)
    for line in lines:
        if not line.startswith("#"):
            break
        header.append(line)
    tail: list[str] = []
    for i, line in enumerate(lines):
        key = line.split(":", 1)[0]
        if line[:1].isalpha() and key not in Pin.__dataclass_fields__:
            tail = lines[i:]
            break
    body = [f"{key}: {_scalar(getattr(pin, key))}\n" for key in Pin.__dataclass_fields__]
    return "".join(header + body + tail)


def schema_pin_yaml(name: str, pin: SchemaPin, previous: str) -> str:
    """`previous` (pin.yaml's text) with its `name:` block replaced by `pin` (appended when
    it has none); every other line kept."""
    lines = previous.splitlines(keepends=True)
    values = [f"  path: {_scalar(pin.path)}\n", f"  sha256: {_scalar(pin.sha256)}\n"]
    start = next((i for i, line in enumerate(lines) if line.startswith(f"{name}:")), None)
    if start is None:
        return "".join(lines) + f"{name}:\n" + "".join(values)
    end = start + 1
    while end < len(lines) and (lines[end].startswith((" ", "\t")) or not lines[end].strip()):
        end += 1
    comments = [line for line in lines[start + 1 : end] if line.lstrip().startswith("#")]
    return "".join(lines[: start + 1] + comments + values + lines[end:])


def _scalar(value: str) -> str:
    try:
        plain = yaml.load(value, Loader=yaml.CSafeLoader) == value
    except yaml.YAMLError:
        plain = False
    return value if plain and value.strip() == value else json.dumps(value)


DEFAULT_SELECTION = "selections/voice.yaml"  # under spec/


def load_selection(path: Path) -> Selection:
    """A selection file: `operations.tags` (a list, or `all`), `operations.untagged`,
    `webhooks.key_pattern` (a regular expression, case-insensitive)."""
    sel = _read(path)
    try:
        tags = sel["operations"]["tags"]
        pattern = sel["webhooks"]["key_pattern"]
    except (KeyError, TypeError) as exc:
        raise GeneratorError(
            f"{path}: a selection needs operations.tags and webhooks.key_pattern ({exc})"
        ) from exc
    if tags != "all" and not (isinstance(tags, list) and all(isinstance(t, str) for t in tags)):
        raise GeneratorError(f"{path}: operations.tags must be a list of tags or `all`")
    return Selection(
        tags=None if tags == "all" else frozenset(tags),
        webhook_key_pattern=re.compile(pattern, re.IGNORECASE),
        untagged=bool(sel["operations"].get("untagged", False)),
        path=path,
    )


def load_config(spec_dir: Path = SPEC_DIR, selection: Path | None = None) -> Config:
    """The configuration in `spec_dir`; `selection` (default: spec/selections/voice.yaml)
    picks the surface."""
    pin_raw = _read(spec_dir / "pin.yaml")
    try:
        pin = Pin(**{k: str(pin_raw[k]) for k in Pin.__dataclass_fields__})
    except KeyError as exc:
        raise GeneratorError(f"{spec_dir / 'pin.yaml'}: missing key {exc}") from exc
    chosen = load_selection(selection or spec_dir / DEFAULT_SELECTION)
    media = pin_raw.get("media_streaming")
    if media is not None and not (
        isinstance(media, dict) and isinstance(media.get("path"), str) and media.get("sha256")
    ):
        raise GeneratorError(
            f"{spec_dir / 'pin.yaml'}: `media_streaming` must be a mapping with `path` and `sha256`"
        )
    nm = _read(spec_dir / "naming.yaml")
    naming = Naming(
        actions={
            resource: ActionNaming(
                verb_first=frozenset(rule.get("verb_first", ())),
                noun_aliases=dict(rule.get("noun_aliases", {})),
            )
            for resource, rule in (nm.get("actions") or {}).items()
        },
        overrides=dict(nm.get("overrides") or {}),
        arguments={k: dict(v) for k, v in (nm.get("arguments") or {}).items()},
        official_types=_official_types(nm.get("official_types") or {}),
        schemas={str(k): str(v) for k, v in (nm.get("schemas") or {}).items()},
        modules={str(k): str(v) for k, v in (nm.get("modules") or {}).items()},
        segments={str(k): str(v) for k, v in (nm.get("segments") or {}).items()},
    )
    return Config(
        pin=pin,
        selection=chosen,
        naming=naming,
        media_streaming=(
            SchemaPin(path=media["path"], sha256=str(media["sha256"])) if media else None
        ),
    )


def _official_types(raw: dict[str, Any]) -> OfficialTypeNaming:
    return OfficialTypeNaming(
        acronyms={str(a).lower(): str(a) for a in raw.get("acronyms") or ()},
        singular={str(k): str(v) for k, v in (raw.get("singular") or {}).items()},
        responses={str(k): str(v) for k, v in (raw.get("responses") or {}).items()},
    )
