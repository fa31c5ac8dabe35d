"""Stage 7: format with ruff and swap the new tree into place, all or nothing.

Files are written to a temporary directory next to the target, formatted there (ruff:
imports sorted, then `ruff format`; every module already imports exactly what it uses), and only then renamed over
the old package; a failure at any step leaves the old tree untouched.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from codegen.errors import GeneratorError
from codegen.paths import PACKAGE, ROOT

_RUFF_CONFIG = ROOT / "pyproject.toml"


def _ruff(*args: str) -> None:
    # not --quiet: on a failure its own message (file, line, what is wrong) is shown
    cmd = [sys.executable, "-m", "ruff", *args, "--config", str(_RUFF_CONFIG)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise GeneratorError(
            f"ruff {args[0]} failed on the generated code:\n{done.stdout}{done.stderr}"
        )


def format_tree(root: Path) -> None:
    _ruff("check", "--fix", "--select", "I", "--exit-zero", str(root))
    _ruff("format", str(root))


def write(files: dict[str, str], out: Path) -> None:
    """Replace `out/telnyx_voice` with `files` (paths relative to `out`)."""
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=out))
    try:
        for rel, text in files.items():
            path = staging / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        format_tree(staging)
        target = out / PACKAGE
        old = out / f".old-{PACKAGE}"
        if old.exists():
            shutil.rmtree(old)
        if target.exists():
            target.rename(old)
        (staging / PACKAGE).rename(target)
        if old.exists():
            shutil.rmtree(old)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
