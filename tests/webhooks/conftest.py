from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from nacl.signing import SigningKey

from .procs import RedisServer
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


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """A real redis-server of our own on a free loopback port (stopped by PID)."""
    server = RedisServer()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def redis_url(redis_server: RedisServer) -> Iterator[str]:
    """The shared server's URL, emptied after each test."""
    import redis

    yield redis_server.url
    redis.Redis.from_url(redis_server.url).flushall()
