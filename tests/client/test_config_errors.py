"""Networks, environment variables and the error catalogue."""

from __future__ import annotations

import pytest

from lighter import _errors as E
from lighter._config import NETWORKS, resolve_endpoint, settings_from_env, ws_url_for


def test_network_profiles_carry_their_chain_ids() -> None:
    assert resolve_endpoint(network="mainnet", base_url=None, chain_id=None) == (
        "https://mainnet.zklighter.elliot.ai",
        304,
        "mainnet",
    )
    assert resolve_endpoint(network="testnet", base_url=None, chain_id=None)[1] == 300
    assert NETWORKS["mainnet"].ws_url == "wss://mainnet.zklighter.elliot.ai/stream"


def test_base_url_without_chain_id_is_refused_not_guessed() -> None:
    with pytest.raises(E.ConfigError, match="explicit chain_id"):
        resolve_endpoint(network=None, base_url="https://mainnet.zklighter.elliot.ai", chain_id=None)
    assert resolve_endpoint(network=None, base_url="http://127.0.0.1:9/", chain_id=300) == (
        "http://127.0.0.1:9",
        300,
        "custom",
    )


def test_local_network_needs_a_url_and_bad_values_are_named() -> None:
    with pytest.raises(E.ConfigError, match="needs base_url"):
        resolve_endpoint(network="local", base_url=None, chain_id=None)
    assert resolve_endpoint(network="local", base_url="http://127.0.0.1:5000", chain_id=None)[1] == 304
    with pytest.raises(E.ConfigError, match="unknown network"):
        resolve_endpoint(network="moon", base_url=None, chain_id=None)
    with pytest.raises(E.ConfigError, match="chain_id"):
        resolve_endpoint(network=None, base_url="http://x", chain_id=-1)
    with pytest.raises(E.ConfigError, match="http"):
        resolve_endpoint(network=None, base_url="ftp://x", chain_id=1)
    with pytest.raises(E.ConfigError):
        resolve_endpoint(network=None, base_url=None, chain_id=None)


def test_ws_url_for() -> None:
    assert ws_url_for("http://127.0.0.1:8080/") == "ws://127.0.0.1:8080/stream"


def test_settings_from_env() -> None:
    env = {
        "LIGHTER_NETWORK": "testnet",
        "LIGHTER_ACCOUNT_INDEX": " 12 ",
        "LIGHTER_API_KEY_INDEX": "4",
        "LIGHTER_API_PRIVATE_KEY": "ab" * 40,
        "LIGHTER_ETH_PRIVATE_KEY": "",
    }
    assert settings_from_env(env) == {
        "network": "testnet",
        "account_index": 12,
        "api_key_index": 4,
        "api_private_key": "ab" * 40,
    }
    with pytest.raises(E.ConfigError, match="LIGHTER_CHAIN_ID"):
        settings_from_env({"LIGHTER_CHAIN_ID": "mainnet"})


@pytest.mark.parametrize(
    ("status", "body", "cls", "code"),
    [
        (400, b'{"code":21104,"message":"invalid nonce"}', E.InvalidNonceError, 21104),
        (400, b'{"code":400,"message":"invalid nonce"}', E.InvalidNonceError, 400),
        (400, b'{"code":21120,"message":"invalid signature"}', E.InvalidSignatureError, 21120),
        (
            400,
            b'{"code":21739,"message":"not enough margin to create the order"}',
            E.NotEnoughMarginError,
            21739,
        ),
        (400, b'{"code":21701,"message":"invalid base amount"}', E.InvalidOrderError, 21701),
        (400, b'{"code":21709,"message":"order is inactive"}', E.OrderNotFoundError, 21709),
        (400, b'{"code":99999,"message":"order not found"}', E.OrderNotFoundError, 99999),
        (429, b'{"code":23000,"message":"Too Many Requests!"}', E.RateLimitError, 23000),
        (429, b"", E.RateLimitError, None),
        (401, b'{"code":20001,"message":"invalid param : auth"}', E.InvalidParamError, 20001),
        (404, b"404 page not found", E.NotFoundError, None),
        (500, b'{"code":500,"message":"boom"}', E.InternalServerError, 500),
        (520, b"<!DOCTYPE html><html><body>cloudflare</body></html>", E.InternalServerError, None),
        (200, b'{"error":{"code":30005,"message":"Invalid Channel"}}', E.BadRequestError, 30005),
    ],
)
def test_error_mapping_table(status: int, body: bytes, cls: type, code: int | None) -> None:
    err = E.make_status_error(status, body, url="https://h/api/v1/x?auth=SECRET")
    assert type(err) is cls
    assert err.code == code
    assert err.status_code == status
    assert "SECRET" not in str(err)
    assert isinstance(err, E.APIError) and isinstance(err, E.LighterError)


def test_error_flags_and_hints() -> None:
    nonce = E.make_status_error(400, b'{"code":21104,"message":"invalid nonce"}')
    assert nonce.retryable and nonce.nonce_consumed is False and "nextNonce" in nonce.hint
    sig = E.make_status_error(400, b'{"code":21120,"message":"invalid signature"}')
    assert not sig.retryable and "change_api_key" in str(sig)
    assert E.APITimeoutError("t").nonce_consumed is None
    html = E.make_status_error(502, b"<html><body>bad gateway</body></html>", content_type="text/html")
    assert "HTML" in str(html) and html.retryable
    assert E.safe_url("https://h/p?auth=tok") == "https://h/p"
