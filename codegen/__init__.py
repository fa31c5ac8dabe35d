"""The telnyx-voice generator: Telnyx OpenAPI spec -> generated/telnyx_voice.

Pipeline (one module per stage): load -> select -> schemas (names) -> build (IR) -> models
(datamodel-code-generator) -> render (Jinja2) -> write (ruff format, atomic swap).
"""

from __future__ import annotations

import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - the codegen extra installs tomli there
    import tomli as tomllib


def _project_version() -> str:
    """The version in pyproject.toml: the one place it is written. The generator and the
    package it generates are released together, so both carry it."""
    with (Path(__file__).resolve().parent.parent / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


__version__ = _project_version()
