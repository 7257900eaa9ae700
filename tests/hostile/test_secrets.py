"""Secrets in URLs and tokens never show: one `mask_url` for every URL, `Secret` on the request path."""

from __future__ import annotations

import logging
import time
import traceback
import uuid

import httpx
import pytest
from stores.redis_server import free_port

from lighter import Lighter
from lighter._auth import MAX_LIFETIME
from lighter._errors import APIConnectionError, ConfigError
from lighter._secrets import Secret, mask_url
from lighter.signing import PrivateKey, create_auth_token
from lighter.stores import RedisNonceStore
from lighter.testing import LocalExchange
from lighter.testing.onboarding import Credentials, onboard
from lighter.ws import WsClient

from ._sim import run_cli

SECRET = "s3cr3t-" + uuid.uuid4().hex[:8]


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (f"http://user:{SECRET}@h:8/p?a=1", "http://user:***@h:8/p?a=1"),
        (f"http://{SECRET}@h/", "http://***@h/"),
        (f"redis://h:6379/0?password={SECRET}&db=1", "redis://h:6379/0?password=***&db=1"),
        (f"wss://h/stream?auth={SECRET}&readonly=true", "wss://h/stream?auth=***&readonly=true"),
        (f"https://h/p?Access_Token={SECRET}#token={SECRET}", "https://h/p?Access_Token=***#token=***"),
        ("https://mainnet.zklighter.elliot.ai", "https://mainnet.zklighter.elliot.ai"),
    ],
)
def test_mask_url(url: str, shown: str) -> None:
    assert mask_url(url) == shown


def test_client_repr_connection_errors_and_cli_stderr_mask_the_base_url() -> None:
    url = f"http://user:{SECRET}@127.0.0.1:{free_port()}"
    with Lighter(base_url=url, chain_id=304, timeout=2) as client:
        assert SECRET not in repr(client)
        with pytest.raises(APIConnectionError) as info:
            client.markets()
        assert SECRET not in f"{info.value} {info.value.hint} {info.value!r}"
    result = run_cli("markets", "--base-url", url, "--chain-id", "304")
    assert result.returncode != 0 and SECRET not in result.stdout + result.stderr and "***" in result.stderr


def test_ws_repr_masks_userinfo_and_query() -> None:
    client = WsClient(f"ws://u:{SECRET}@127.0.0.1:1/stream?auth={SECRET}")
    assert SECRET not in repr(client) and "***" in repr(client)


def test_redis_store_repr_and_errors_mask_a_password_given_in_the_query(
    redis_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    import redis

    admin = redis.Redis.from_url(redis_url)
    user = "u" + uuid.uuid4().hex[:8]
    admin.acl_setuser(user, enabled=True, passwords=[f"+{SECRET}"], keys=["*"], commands=["+@all"])
    host = redis_url.split("//", 1)[1].split("/", 1)[0]
    try:
        with caplog.at_level(logging.DEBUG):
            good = RedisNonceStore.from_url(
                f"redis://{host}/0?username={user}&password={SECRET}", network="local"
            )
            assert SECRET not in repr(good) and "password=***" in repr(good)
            with pytest.raises(Exception) as info:
                RedisNonceStore.from_url(f"redis://{host}/0?username={user}&password={SECRET}x", retry_for=0)
            assert SECRET not in str(info.value) and SECRET not in repr(info.value)
            port = free_port()
            with pytest.raises(Exception) as down:
                RedisNonceStore.from_url(f"redis://127.0.0.1:{port}/0?password={SECRET}", retry_for=0)
            assert SECRET not in str(down.value)
        assert SECRET not in caplog.text
    finally:
        admin.acl_deluser(user)


def test_auth_tokens_stay_masked_in_traceback_locals(local_exchange: LocalExchange) -> None:
    creds = onboard(local_exchange.base_url, chain_id=local_exchange.chain_id, usdc=10)
    with _client(creds) as client:
        token = Secret(client.auth_token())  # this frame is in the traceback too
        client._http.close()  # every later request fails on the transport, deep in the request path
        with pytest.raises(Exception) as info:
            client.account.limits()
    rendered = "".join(traceback.TracebackException.from_exception(info.value, capture_locals=True).format())
    assert "accountLimits" in rendered or "limits" in rendered
    assert token.reveal() not in rendered and token.reveal().rsplit(":", 1)[1] not in rendered


def _client(creds: Credentials) -> Lighter:
    return Lighter(
        base_url=creds.base_url,
        chain_id=creds.chain_id,
        account_index=creds.account_index,
        api_key_index=creds.api_key_index,
        api_private_key=creds.api_private_key,
    )


def test_auth_token_lifetime_is_capped_at_eight_hours() -> None:
    key = PrivateKey.from_hex("12" * 40)
    common = {"base_url": "http://127.0.0.1:1", "chain_id": 304, "account_index": 5, "api_key_index": 3}
    with pytest.raises(ConfigError, match="auth_token_lifetime"):
        Lighter(**common, api_private_key=key.to_hex(), auth_token_lifetime=10 * 365 * 86400)
    Lighter(**common, api_private_key=key.to_hex(), auth_token_lifetime=MAX_LIFETIME).close()


def test_sim_refuses_tokens_that_live_longer_than_eight_hours(local_exchange: LocalExchange) -> None:
    creds = onboard(local_exchange.base_url, chain_id=local_exchange.chain_id, usdc=10)
    key = PrivateKey.from_hex(creds.api_private_key)
    now = int(time.time())

    def orders(deadline: int) -> httpx.Response:
        token = create_auth_token(
            key, account_index=creds.account_index, api_key_index=creds.api_key_index, deadline=deadline
        )
        return httpx.get(
            f"{local_exchange.base_url}/api/v1/accountActiveOrders",
            params={"account_index": creds.account_index, "market_id": 0},
            headers={"authorization": token},
        )

    assert orders(now + MAX_LIFETIME - 60).status_code == 200
    refused = orders(now + 10 * 365 * 86400)
    assert refused.status_code == 400 and "auth" in refused.json()["message"]


def test_secret_type_is_the_one_in_auth() -> None:
    from lighter import _auth

    assert _auth.Secret is Secret
