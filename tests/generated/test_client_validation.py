"""Through the client (`client.api.<operation>`): an answer missing a required field, or holding the wrong
JSON type where a model belongs, is an APIResponseValidationError naming the model and the field; never a raw
dict that fails later with AttributeError. The answers are the recorded real payloads with one thing removed,
served by an httpx.MockTransport (sync and async faces)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from lighter import AsyncLighter, Lighter
from lighter._errors import APIResponseValidationError
from lighter_generated import models

from ._paths import REAL_PAYLOADS


def real(name: str) -> Any:
    return json.loads((REAL_PAYLOADS / "rest" / name).read_text())


def serving(body: Any) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body)

    return handler


def sync_client(body: Any) -> Lighter:
    return Lighter(
        base_url="http://exchange.test", chain_id=304, transport=httpx.MockTransport(serving(body))
    )


def recent_trades_async(body: Any) -> Any:
    async def run() -> Any:
        transport = httpx.MockTransport(serving(body))
        async with AsyncLighter(base_url="http://exchange.test", chain_id=304, transport=transport) as client:
            return await client.api.recent_trades(market_id=0, limit=1)

    return asyncio.run(run())


def test_untouched_recent_trades_parse_to_models() -> None:
    body = real("recentTrades__1.json")
    with sync_client(body) as client:
        answer = client.api.recent_trades(market_id=0, limit=1)
    assert isinstance(answer, models.Trades) and isinstance(answer.trades, list)
    assert isinstance(answer.trades[0], models.Trade) and answer.trades[0].timestamp == 1792497687525
    assert isinstance(recent_trades_async(body).trades[0], models.Trade)


def test_trade_missing_timestamp_is_a_validation_error_sync_and_async() -> None:
    body = real("recentTrades__1.json")
    del body["trades"][0]["timestamp"]
    with sync_client(body) as client, pytest.raises(APIResponseValidationError) as caught:
        client.api.recent_trades(market_id=0, limit=1)
    err = caught.value
    assert err.status_code == 200
    assert "recent_trades" in err.message
    assert "Trade: missing required field 'timestamp' (in Trades.trades > Trade)" in err.message
    assert isinstance(err.__cause__, KeyError)
    assert "openapi.yaml" in err.hint
    with pytest.raises(APIResponseValidationError, match="Trade: missing required field 'timestamp'"):
        recent_trades_async(body)


def test_nested_model_missing_a_field_names_the_whole_path() -> None:
    body = real("account__1.json")
    del body["accounts"][1]["assets"][0]["asset_id"]
    with sync_client(body) as client, pytest.raises(APIResponseValidationError) as caught:
        client.api.account(by="index", value="1077")
    assert (
        "AccountAsset: missing required field 'asset_id' "
        "(in DetailedAccounts.accounts > DetailedAccount.assets > AccountAsset)"
    ) in caught.value.message


def test_wrong_json_type_for_a_nested_model_is_a_validation_error() -> None:
    body = real("publicPoolsMetadata__1.json")
    body["public_pools"][0]["account_share"] = "0.5"
    with sync_client(body) as client, pytest.raises(APIResponseValidationError) as caught:
        client.api.public_pools_metadata(index=0, limit=1)
    assert "expected PublicPoolShare, got str" in caught.value.message
    assert "PublicPoolMetadata.account_share" in caught.value.message


def test_null_list_is_none_not_an_error() -> None:
    with sync_client({"code": 200, "trades": None}) as client:
        assert client.api.recent_trades(market_id=0, limit=1).trades is None
