"""Stage: formatting and writing (codegen/write.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen import write
from codegen.errors import GeneratorError


def test_a_template_bug_shows_ruffs_own_message(tmp_path: Path) -> None:
    (tmp_path / "broken.py").write_text("def f(:\n    pass\n", encoding="utf-8")
    with pytest.raises(GeneratorError) as info:
        write.format_tree(tmp_path)
    message = str(info.value)
    assert "ruff format failed" in message
    assert "broken.py" in message and "1:" in message  # where, from ruff itself


def test_formatting_keeps_every_import_it_is_given(tmp_path: Path) -> None:
    (tmp_path / "m.py").write_text("import os\nimport sys\nx=sys.argv\n", encoding="utf-8")
    write.format_tree(tmp_path)
    assert (tmp_path / "m.py").read_text(
        encoding="utf-8"
    ) == "import os\nimport sys\n\nx = sys.argv\n"
