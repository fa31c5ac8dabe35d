"""Fixtures of the generator's tests: `tiny` writes and loads a tiny spec."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen import load
from codegen.config import Config

from .tiny_spec import document

SpecFactory = Callable[..., load.LoadedSpec]


@pytest.fixture
def tiny(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, config: Config) -> SpecFactory:
    """Writes a `document(...)` to a file and loads it (parsed-spec cache in tmp_path)."""
    monkeypatch.setenv("TELNYX_CODEGEN_CACHE", str(tmp_path / "cache"))
    count = iter(range(1000))

    def make(*args: Any, **kwargs: Any) -> load.LoadedSpec:
        path = tmp_path / f"tiny-{next(count)}.yml"
        path.write_text(yaml.safe_dump(document(*args, **kwargs)), encoding="utf-8")
        return load.load(config.pin, path)

    return make
