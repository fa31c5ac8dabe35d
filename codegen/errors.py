"""Errors the generator reports: each names where in the spec (a JSON pointer) and what it expected."""

from __future__ import annotations


class GeneratorError(Exception):
    """Any failure of the generator; nothing has been written when it is raised."""


class SpecError(GeneratorError):
    """A construct in the spec that is invalid or unsupported."""

    def __init__(self, pointer: str, expected: str, found: object = None) -> None:
        self.pointer = pointer
        self.expected = expected
        self.found = found
        detail = f" (found {found!r})" if found is not None else ""
        super().__init__(f"spec error at {pointer or '#'}: expected {expected}{detail}")


class PinError(GeneratorError):
    """The spec does not match the pin recorded in spec/pin.yaml."""
