"""Every selection file in spec/selections/ still names the pinned spec's surface: each of
its tags carries an operation, its webhook pattern matches an event (a tag Telnyx renames
fails here, not silently as an empty package). Selections differ by file only, no code."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen import load, select
from codegen.config import load_config, load_selection
from codegen.paths import SPEC_DIR

SELECTIONS = sorted((SPEC_DIR / "selections").glob("*.yaml"))


def test_the_shipped_selections_are_there() -> None:
    assert {p.stem for p in SELECTIONS} >= {"voice", "whole-api", "messaging", "numbers"}


@pytest.mark.parametrize("path", SELECTIONS, ids=lambda p: p.stem)
def test_a_selection_names_what_the_spec_has(path: Path, spec: load.LoadedSpec) -> None:
    selection = load_selection(path)
    operations = select.select_operations(spec.document, selection)
    webhooks = select.select_webhooks(spec.document, selection)
    assert operations and webhooks, path.name
    if selection.tags is not None:
        carried = {t for op in operations for t in op.operation.get("tags") or ()}
        assert sorted(selection.tags - carried) == [], f"{path.name}: tags with no operation"
    # the same file goes through the whole configuration loader (naming, pin) as well
    assert load_config(SPEC_DIR, path).selection == selection
