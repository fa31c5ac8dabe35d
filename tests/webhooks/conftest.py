from __future__ import annotations

from collections.abc import Callable

import pytest
from nacl.signing import SigningKey

from .wh_helpers import NOW, Signer


@pytest.fixture
def signer() -> Signer:
    return Signer(SigningKey.generate())


@pytest.fixture
def other_signer() -> Signer:
    return Signer(SigningKey.generate())


@pytest.fixture
def clock() -> Callable[[], float]:
    return lambda: float(NOW)


@pytest.fixture(autouse=True)
def _no_env_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TELNYX_PUBLIC_KEY", raising=False)
