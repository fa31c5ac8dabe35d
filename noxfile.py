"""Sessions: generate, drift, tests, lint, typecheck, bench, update-spec.

nox -s generate                      # regenerate generated/ from the pinned spec
nox -s generate -- --spec other.yml --out /tmp/x
nox -s drift tests                   # what CI runs (plus lint and typecheck)
nox -s update-spec -- PATH --commit SHA [--date D]   # pin a new spec, regenerate, changelog
"""

from __future__ import annotations

import difflib
import filecmp
import tempfile
from pathlib import Path

import nox

nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["drift", "lint", "typecheck", "tests"]

ROOT = Path(__file__).parent
GENERATED = ROOT / "generated" / "telnyx_voice"
FIX = "nox -s generate"


def _install(session: nox.Session, *extras: str) -> None:
    session.install("-e", f".[{','.join(extras)}]" if extras else ".")


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated/telnyx_voice (arguments pass through to `python -m codegen generate`)."""
    _install(session, "codegen")
    session.run("python", "-m", "codegen", "generate", *session.posargs)


def _tree_diff(expected: Path, actual: Path) -> list[str]:
    """Unified diff lines between two trees (files only in one side included)."""
    lines: list[str] = []

    def files(root: Path) -> set[str]:
        return {
            p.relative_to(root).as_posix()
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }

    for rel in sorted(files(expected) | files(actual)):
        a, b = expected / rel, actual / rel
        if a.is_file() and b.is_file() and filecmp.cmp(a, b, shallow=False):
            continue
        old = a.read_text(encoding="utf-8").splitlines(keepends=True) if a.is_file() else []
        new = b.read_text(encoding="utf-8").splitlines(keepends=True) if b.is_file() else []
        lines.extend(difflib.unified_diff(old, new, f"committed/{rel}", f"regenerated/{rel}"))
    return lines


@nox.session
def drift(session: nox.Session) -> None:
    """Fail if the committed generated/ differs from a fresh generation from the pinned spec."""
    _install(session, "codegen")
    with tempfile.TemporaryDirectory() as tmp:
        session.run("python", "-m", "codegen", "generate", "--out", tmp)
        diff = _tree_diff(GENERATED, Path(tmp) / "telnyx_voice")
    if diff:
        shown = "".join(diff[:400])
        session.error(
            f"generated/ is out of date with the pinned spec and codegen/ ({len(diff)} diff lines):\n"
            f"{shown}\nFix: run `{FIX}` and commit generated/."
        )
    session.log("no drift: generated/ matches the pinned spec")


@nox.session
def tests(session: nox.Session) -> None:
    """The test suite (pytest); `nox -s drift tests` adds the drift check."""
    _install(session, "codegen", "test")
    session.run("pytest", *session.posargs)


@nox.session(name="whole_api")
def whole_api(session: nox.Session) -> None:
    """The whole-API suite (tests/whole_api, marked `whole_api`, not in `nox -s tests`):
    both shared spec versions with spec/selections/whole-api.yaml into a temporary
    directory: every operation a method on both clients, every webhook a class, no
    numbered class, `mypy --strict` clean, a smoke call of every operation."""
    _install(session, "codegen", "test", "dev")
    session.run("pytest", "-m", "whole_api", "tests/whole_api", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    _install(session, "codegen")
    paths = ("codegen", "overlay", "generated", "tests", "benchmarks", "noxfile.py")
    session.run("ruff", "check", *paths)
    session.run("ruff", "format", "--check", *paths)


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict and pyright on the generated package and the typing probes.

    `tests/typing/` holds deliberate mistakes, each marked `# type: ignore[code]`: an
    ignore that silences nothing is an error for both checkers (`--warn-unused-ignores`,
    `reportUnnecessaryTypeIgnoreComment`), so every mistake must be caught by each.
    pyright's settings are in pyproject.toml (`[tool.pyright]`).
    """
    # test: websockets, starlette (media_streaming); aiohttp: DefaultAioHttpClient is checked
    _install(session, "dev", "test", "aiohttp")
    session.run(
        "mypy", "--strict", "--warn-unused-ignores", "generated/telnyx_voice", "tests/typing"
    )
    python = Path(session.bin) / "python"
    session.run("pyright", "--pythonpath", str(python))


# Installed only into the bench session's own virtualenv, never a dependency of the package:
# the official SDK (the peer the benchmarks compare with) and httptools, which uvicorn uses
# for the loopback server when present (a faster server makes client overheads show).
BENCH_OFFICIAL_SDK = "telnyx==4.189.0"
BENCH_SERVER_EXTRAS = ("httptools==0.9.0",)


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks (not tests) side by side with the official SDK; prints one table.

    Arguments pass through to every script (e.g. `nox -s bench -- --rounds 3`).
    """
    _install(session, "codegen", "test")
    session.install(BENCH_OFFICIAL_SDK, *BENCH_SERVER_EXTRAS)
    with tempfile.TemporaryDirectory() as results:
        for script in sorted((ROOT / "benchmarks").glob("bench_*.py")):
            session.run(
                "python", str(script), *session.posargs, env={"TELNYX_BENCH_RESULTS": results}
            )
        session.run("python", str(ROOT / "benchmarks" / "_report.py"), results)


@nox.session(name="update-spec")
def update_spec(session: nox.Session) -> None:
    """Pin a new spec, regenerate generated/, write docs/changelog/ (`python -m codegen update-spec`)."""
    if not session.posargs:
        session.error("usage: nox -s update-spec -- PATH [--commit SHA] [--date YYYY-MM-DD]")
    _install(session, "codegen")
    session.run("python", "-m", "codegen", "update-spec", *session.posargs)
