"""`split_models`: how the one datamodel-code-generator module becomes one module per
shared schema (codegen/models.py)."""

from __future__ import annotations

import ast

import pytest

from codegen.errors import GeneratorError
from codegen.models import split_models

MODULE = '''"""Models."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from telnyx_voice._models import BaseModel, LenientEnum


class Color(LenientEnum):
    RED = "red"


class Shade(LenientEnum):
    DARK = "dark"


if TYPE_CHECKING:
    ColorLike: TypeAlias = Color | Literal["red"]
else:
    ColorLike = Color


class Paint(BaseModel):
    color: ColorLike | None = None


class Wall(BaseModel):
    paint: Paint
    shade: Shade = Shade.DARK


class Door(BaseModel):
    paint: Paint
    frame: Frame | None = None


class Frame(BaseModel):
    door: Door | None = None


class House(BaseModel):
    wall: Wall
    door: Door


class Garage(BaseModel):
    door: Door
'''


@pytest.fixture(scope="module")
def split() -> tuple[dict[str, str], dict[str, str]]:
    return split_models(MODULE, package="pkg.models")


def test_a_schema_used_once_lives_with_its_user(
    split: tuple[dict[str, str], dict[str, str]],
) -> None:
    _, where = split
    # Wall is used by House only, Shade by Wall only: both live in House's module
    assert where["Wall"] == where["Shade"] == where["House"] == "house"
    # Paint is used by Wall and Door: its own module, with Color (used by Paint only)
    assert where["Paint"] == where["Color"] == "paint"


def test_classes_in_a_cycle_share_a_module(split: tuple[dict[str, str], dict[str, str]]) -> None:
    modules, where = split
    assert where["Door"] == where["Frame"] == "door"  # named after the first by name
    assert set(modules) == {"door", "garage", "house", "paint"}


def test_each_module_imports_what_it_uses(split: tuple[dict[str, str], dict[str, str]]) -> None:
    modules, _ = split
    house = modules["house"]
    assert "from pkg.models.door import Door" in house
    assert "from pkg.models.paint import Paint" in house
    assert "Literal" not in house and "TYPE_CHECKING" not in house
    paint = modules["paint"]
    assert "ColorLike: TypeAlias = Color | Literal['red']" in paint
    assert paint.index("class Color") < paint.index("ColorLike =") < paint.index("class Paint")
    for text in modules.values():
        ast.parse(text)
        assert '"""`' in text.splitlines()[0]


def test_each_class_is_defined_once(split: tuple[dict[str, str], dict[str, str]]) -> None:
    modules, where = split
    defined = [
        n.name
        for text in modules.values()
        for n in ast.parse(text).body
        if isinstance(n, ast.ClassDef)
    ]
    assert (
        sorted(defined)
        == sorted(where)
        == sorted(["Color", "Door", "Frame", "Garage", "House", "Paint", "Shade", "Wall"])
    )


def test_two_modules_with_one_name_are_an_error() -> None:
    clash = "from __future__ import annotations\n\n\nclass ABModel:\n    x: int\n\n\nclass AbModel:\n    y: int\n"
    with pytest.raises(GeneratorError, match="same name"):
        split_models(clash, package="pkg.models")
