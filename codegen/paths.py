"""Well-known locations of the project."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"
OVERLAY_DIR = ROOT / "overlay" / "telnyx_voice"
TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
GENERATED_DIR = ROOT / "generated"
PACKAGE = "telnyx_voice"


def cache_dir() -> Path:
    """Where downloaded specs and parsed-spec caches live ($TELNYX_CODEGEN_CACHE overrides)."""
    env = os.environ.get("TELNYX_CODEGEN_CACHE")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "telnyx-voice-codegen"
