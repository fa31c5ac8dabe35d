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
class Selection:
    tags: frozenset[str]
    webhook_key_pattern: re.Pattern[str]


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


@dataclass(frozen=True)
class Config:
    pin: Pin
    selection: Selection
    naming: Naming


def pin_yaml(pin: Pin, previous: str) -> str:
    """The text of spec/pin.yaml for `pin`: the comment header of `previous`, then one
    `key: value` line per field, in the dataclass's order (values quoted only when YAML
    would otherwise read them as something other than that string, like a date)."""
    header = []
    for line in previous.splitlines(keepends=True):
        if not line.startswith("#"):
            break
        header.append(line)
    lines = [f"{key}: {_scalar(getattr(pin, key))}\n" for key in Pin.__dataclass_fields__]
    return "".join(header + lines)


def _scalar(value: str) -> str:
    try:
        plain = yaml.load(value, Loader=yaml.CSafeLoader) == value
    except yaml.YAMLError:
        plain = False
    return value if plain and value.strip() == value else json.dumps(value)


def load_config(spec_dir: Path = SPEC_DIR) -> Config:
    pin_raw = _read(spec_dir / "pin.yaml")
    try:
        pin = Pin(**{k: str(pin_raw[k]) for k in Pin.__dataclass_fields__})
    except KeyError as exc:
        raise GeneratorError(f"{spec_dir / 'pin.yaml'}: missing key {exc}") from exc
    sel = _read(spec_dir / "selection.yaml")
    selection = Selection(
        tags=frozenset(sel["operations"]["tags"]),
        webhook_key_pattern=re.compile(sel["webhooks"]["key_pattern"], re.IGNORECASE),
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
    )
    return Config(pin=pin, selection=selection, naming=naming)


def _official_types(raw: dict[str, Any]) -> OfficialTypeNaming:
    return OfficialTypeNaming(
        acronyms={str(a).lower(): str(a) for a in raw.get("acronyms") or ()},
        singular={str(k): str(v) for k, v in (raw.get("singular") or {}).items()},
        responses={str(k): str(v) for k, v in (raw.get("responses") or {}).items()},
    )
