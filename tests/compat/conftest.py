"""Fixtures of the drop-in tests: the official SDK's name tables and the IR of the spec."""

from __future__ import annotations

import csv
import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from codegen import build, load
from codegen.config import Config
from codegen.ir import API

from ..client.conftest import SpecSchemas

NAMING = Path(__file__).resolve().parents[2] / ".." / "shared" / "naming"
TYPE_NAMES_TSV = NAMING / "official-python-type-names.tsv"
EVENT_NAMES_TSV = NAMING / "official-python-webhook-event-names.tsv"


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.reader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"))


@dataclass(frozen=True)
class OfficialTypes:
    """One row of official-python-type-names.tsv (`telnyx.` module paths)."""

    method: str  # "calls.actions.speak"
    params_module: str  # "telnyx.types.calls.action_speak_params" or ""
    params_class: str  # "ActionSpeakParams" or ""
    response_module: str  # module of the response (page: item) class, or ""
    response_type: str  # "ActionSpeakResponse", "SyncDefaultFlatPagination[Conference]", "None"

    @property
    def page_item(self) -> str | None:
        if self.response_type.startswith("SyncDefaultFlatPagination["):
            return self.response_type.removeprefix("SyncDefaultFlatPagination[").removesuffix("]")
        return None

    @property
    def response_class(self) -> str | None:
        """The (item) class name, `None` when the method returns `None`."""
        if self.response_type == "None":
            return None
        return self.page_item or self.response_type


def official_type_rows() -> list[OfficialTypes]:
    rows = []
    for row in _rows(TYPE_NAMES_TSV):
        row += [""] * (7 - len(row))
        rows.append(OfficialTypes(row[2].removeprefix("client."), *row[3:7]))
    return rows


def official_event_rows() -> list[tuple[str, str, str]]:
    """(event_type, official class, official module)."""
    return [(r[0], r[1], r[2]) for r in _rows(EVENT_NAMES_TSV)]


def ours(official_module: str) -> str:
    """Our package of an official module: `telnyx.types.calls.action_speak_params` ->
    `telnyx_voice.types.calls` (the package api.md imports the name from)."""
    return "telnyx_voice" + official_module.removeprefix("telnyx").rpartition(".")[0]


def our_module(official_module: str) -> str:
    """Our module of an official one: `telnyx.types.calls.action_speak_params` ->
    `telnyx_voice.types.calls.action_speak_params`."""
    return "telnyx_voice" + official_module.removeprefix("telnyx")


def official_class(official_module: str, name: str) -> Any:
    """The class `name` imported the way official code does, from our package."""
    return getattr(importlib.import_module(ours(official_module)), name)


@pytest.fixture(scope="session")
def api(spec: load.LoadedSpec, config: Config) -> API:
    return build.build(spec, config)


@pytest.fixture(scope="session")
def schemas(spec: load.LoadedSpec) -> SpecSchemas:
    return SpecSchemas(spec.document)
