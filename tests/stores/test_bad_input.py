"""Bad configuration and a missing or hostile server: typed errors, and never a password in sight."""

from __future__ import annotations

import logging
import uuid
from typing import Any

import pytest

from lighter._errors import ConfigError, LighterError
from lighter.stores import (
    RedisNonceStore,
    StoreAuthenticationError,
    StoreConfigError,
    StoreUnavailableError,
)

from .redis_server import free_port

SECRET = "s3cr3t-" + uuid.uuid4().hex


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("http://127.0.0.1:6379/0", "scheme 'http'"),
        ("", "non-empty"),
        ("redis://", "no host"),
        ("redis://127.0.0.1:99999/0", "port"),
        (f"postgres://user:{SECRET}@db:5432/x", "scheme 'postgres'"),
    ],
)
def test_wrong_urls_are_refused_by_name(url: str, fragment: str) -> None:
    with pytest.raises(StoreConfigError) as info:
        RedisNonceStore.from_url(url)
    assert fragment in str(info.value)
    assert SECRET not in str(info.value)
    assert isinstance(info.value, ConfigError) and isinstance(info.value, LighterError)


def test_url_from_env_is_required() -> None:
    with pytest.raises(StoreConfigError, match="LIGHTER_REDIS_URL"):
        RedisNonceStore.from_env({})


@pytest.mark.parametrize(
    ("option", "value"),
    [("lock_ttl", 0), ("lock_ttl", "10"), ("state_ttl", 0.5), ("network", "main net"), ("namespace", "")],
)
def test_bad_options(redis_url: str, option: str, value: Any) -> None:
    with pytest.raises(StoreConfigError, match=option):
        RedisNonceStore.from_url(redis_url, **{option: value})


def test_unreachable_at_start_fails_fast_with_a_typed_error() -> None:
    port = free_port()  # nothing listens there
    with pytest.raises(StoreUnavailableError) as info:
        RedisNonceStore.from_url(f"redis://:{SECRET}@127.0.0.1:{port}/0", connect_timeout=0.5)
    text = str(info.value)
    assert f"127.0.0.1:{port}" in text and "unreachable" in text
    assert SECRET not in text


def test_unreachable_mid_run_is_retried_then_raised(
    redis_server: Any, caplog: pytest.LogCaptureFixture
) -> None:
    store = RedisNonceStore.from_url(redis_server.url, network="local", retry_for=0.3, connect_timeout=0.2)
    try:
        store.conn.client.set(store.keys(1, 3).nonce, 5)
        assert store.reserve(1, 3, 1) == 5
        redis_server.stop()
        with caplog.at_level(logging.WARNING, logger="lighter.stores"):
            with pytest.raises(StoreUnavailableError, match="unreachable"):
                store.reserve(1, 3, 1)
        assert "retrying" in caplog.text
    finally:
        store.close()


def test_auth_failure_is_typed_and_the_password_never_shows(
    redis_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    import redis

    admin = redis.Redis.from_url(redis_url)
    user = "u" + uuid.uuid4().hex[:8]
    admin.acl_setuser(user, enabled=True, passwords=[f"+{SECRET}"], keys=["*"], commands=["+@all"])
    try:
        host = redis_url.split("//", 1)[1].split("/", 1)[0]
        wrong = f"redis://{user}:{SECRET}-wrong@{host}/0"
        with caplog.at_level(logging.DEBUG):
            with pytest.raises(StoreAuthenticationError) as info:
                RedisNonceStore.from_url(wrong)
            assert SECRET not in str(info.value)
            assert user in str(info.value) and "***" in str(info.value)
            good = RedisNonceStore.from_url(f"redis://{user}:{SECRET}@{host}/0", network="local", lock_ttl=1)
            assert SECRET not in repr(good) and "***" in repr(good)
            assert SECRET not in repr(good.rate_limiter())
            good.set(77, 3, 1)
            assert good.reserve(77, 3, 1) == 1
            good.close()
        assert SECRET not in caplog.text
    finally:
        admin.acl_deluser(user)
        admin.close()


def test_a_server_that_requires_a_password_refuses_a_url_without_one(redis_binary: str) -> None:
    from .redis_server import RedisServer

    with RedisServer(redis_binary, password=SECRET) as server:
        with pytest.raises(StoreAuthenticationError, match="refused the credentials"):
            RedisNonceStore.from_url(f"redis://127.0.0.1:{server.port}/0")
        with pytest.raises(StoreAuthenticationError) as info:
            RedisNonceStore.from_url(f"redis://:wrong-{SECRET}@127.0.0.1:{server.port}/0")
        assert SECRET not in str(info.value)
        store = RedisNonceStore.from_url(server.url, network="local")
        assert SECRET not in repr(store)
        store.close()
