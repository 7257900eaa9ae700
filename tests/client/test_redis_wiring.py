"""Issue 9 plugged into the client: a RateLimiter instance as ``rate_limit``, and ``from_env`` building the
Redis stores when ``LIGHTER_REDIS_URL`` is set (a real redis-server on loopback, a real local exchange)."""

from __future__ import annotations

import asyncio
import sys
import threading

import pytest

from lighter import AsyncLighter, Lighter
from lighter._config import store_network_name
from lighter._errors import ConfigError
from lighter._ratelimit import RateLimiter


def test_store_network_names() -> None:
    assert store_network_name("mainnet", "https://mainnet.zklighter.elliot.ai", 304) == "mainnet"
    # the same exchange configured by URL and chain id shares the profile's namespace
    assert store_network_name("custom", "https://testnet.zklighter.elliot.ai/", 300) == "testnet"
    assert store_network_name("custom", "http://127.0.0.1:8123", 304) == "custom-304-127.0.0.1-8123"
    assert store_network_name("local", "http://[::1]:9", 304) == "local-304-__1-9"
    assert store_network_name("custom", "http://127.0.0.1:8123", 304) != store_network_name(
        "custom", "http://127.0.0.1:8124", 304
    )


def test_rate_limit_takes_a_limiter_instance_for_both_faces() -> None:
    limiter = RateLimiter("premium")
    sync = Lighter(network="testnet", rate_limit=limiter)
    aclient = AsyncLighter(network="testnet", rate_limit=limiter)
    assert sync._limiter is limiter and aclient._limiter is limiter  # one budget shared by both
    with pytest.raises(ConfigError, match="RateLimiter"):
        Lighter(network="testnet", rate_limit="gold")
    sync.close()
    asyncio.run(aclient.close())


def test_from_env_without_redis_url_keeps_the_in_process_store() -> None:
    client = Lighter.from_env({"LIGHTER_NETWORK": "testnet"})
    assert client._nonce_store is None and client._owned_stores == []


def test_from_env_names_a_missing_redis_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "redis", None)  # as if the extra were not installed
    with pytest.raises(ConfigError, match=r"pip install 'lighter-client\[redis\]'"):
        Lighter.from_env({"LIGHTER_NETWORK": "testnet", "LIGHTER_REDIS_URL": "redis://127.0.0.1:1/0"})


def test_from_env_unreachable_redis_is_a_typed_error_at_once() -> None:
    from stores.redis_server import free_port

    from lighter.stores import StoreUnavailableError

    env = {"LIGHTER_NETWORK": "testnet", "LIGHTER_REDIS_URL": f"redis://127.0.0.1:{free_port()}/0"}
    with pytest.raises(StoreUnavailableError):
        Lighter.from_env(env)


def test_from_env_wires_redis_stores_namespaced_by_network(redis_url: str) -> None:
    from lighter.stores import RedisNonceStore, RedisRateLimiter

    env = {"LIGHTER_NETWORK": "testnet", "LIGHTER_REDIS_URL": redis_url}
    with Lighter.from_env(env) as client:
        store, limiter = client._nonce_store, client._limiter
        assert isinstance(store, RedisNonceStore) and store.network == "testnet"
        assert isinstance(limiter, RedisRateLimiter) and limiter.tier == "standard"  # "auto" off loopback
        assert limiter.conn is store.conn and "{testnet:ratelimit" in limiter._keys[0]
        assert client._owned_stores == [store]
    assert client._owned_stores == []  # closed with the client
    with Lighter.from_env(env, rate_limit="premium") as client:
        assert isinstance(client._limiter, RedisRateLimiter) and client._limiter.tier == "premium"
    with Lighter.from_env(env, rate_limit=None) as client:
        assert client._limiter is None and isinstance(client._nonce_store, RedisNonceStore)
    mine = RateLimiter("premium")
    with Lighter.from_env(env, rate_limit=mine) as client:
        assert client._limiter is mine  # the caller's own limiter wins
    with Lighter.from_env(env, nonce_store=None) as client:
        assert client._nonce_store is None and client._owned_stores == []  # explicit override wins


def test_two_clients_from_env_share_nonces_through_redis(
    redis_url: str, local_exchange: object, onboard_account: object
) -> None:
    """Two clients on one API key (as two processes would be): no nonce collides, none is skipped."""
    creds = onboard_account(usdc=100_000)  # type: ignore[operator]
    env = {**creds.as_env(), "LIGHTER_REDIS_URL": redis_url}
    clients = [Lighter.from_env(env, rate_limit=None), Lighter.from_env(env, rate_limit=None)]
    expected = f"custom-{creds.chain_id}-127.0.0.1-{creds.base_url.rsplit(':', 1)[1]}"
    assert [c._nonce_store.network for c in clients] == [expected, expected]  # type: ignore[union-attr]
    # A fleet's Redis has been up a while; a fresh one makes the first worker wait lock_ttl (10 s) before
    # seeding, in case it restarted under transactions in flight. Seed the counter as a running fleet has.
    store = clients[0]._nonce_store
    nonce_key = store.keys(creds.account_index, creds.api_key_index).nonce  # type: ignore[union-attr]
    store.conn.client.set(nonce_key, clients[0].transactions.next_nonce().nonce)  # type: ignore[union-attr]
    nonces: list[int] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def place(client: Lighter, t: int) -> None:
        try:
            for i in range(10):
                r = client.create_order("ETH", side="buy", size="0.01", price=str(1000 + t * 10 + i))
                with lock:
                    nonces.append(r.nonce)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=place, args=(clients[t % 2], t)) for t in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(nonces) == list(range(min(nonces), min(nonces) + 40))
    assert len(clients[0].orders.active("ETH")) == 40  # every order accepted
    for c in clients:
        c.close()


def test_async_from_env_wires_and_closes_the_store(redis_url: str) -> None:
    from lighter.stores import RedisNonceStore

    async def main() -> None:
        env = {"LIGHTER_NETWORK": "mainnet", "LIGHTER_REDIS_URL": redis_url}
        async with AsyncLighter.from_env(env) as client:
            assert (
                isinstance(client._nonce_store, RedisNonceStore) and client._nonce_store.network == "mainnet"
            )
        assert client._owned_stores == []

    asyncio.run(main())
