"""What the generated layer does with unexpected answers.

Unknown enum values, missing optional fields, extra fields and nulls parse; error statuses parse as
ResultCode; non-JSON bodies and non-standard statuses raise. The client layer (lighter/_http.py,
lighter/resources/_ops.py) turns those into typed errors before or around the generated parser.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable

import httpx
import pytest

from lighter_generated import Client, models
from lighter_generated.api.market import order_book_details, order_books
from lighter_generated.api.transaction import next_nonce, send_tx
from lighter_generated.types import UNSET, Unset

BASE = "https://mainnet.zklighter.elliot.ai"


def client_answering(handler: Callable[[httpx.Request], httpx.Response]) -> Client:
    transport = httpx.MockTransport(handler)
    return (
        Client(base_url=BASE)
        .with_headers({})
        .set_httpx_client(httpx.Client(base_url=BASE, transport=transport))
        .set_async_httpx_client(httpx.AsyncClient(base_url=BASE, transport=transport))
    )


# The fields every recorded order carries (shape of real-payloads/rest/accountActiveOrders__1.json), with
# values the spec does not list.
ORDER = {
    "order_index": 281476929510110,
    "client_order_index": 42,
    "order_id": "281476929510110",
    "client_order_id": "42",
    "market_index": 0,
    "owner_account_index": 712440,
    "initial_base_amount": "0.0050",
    "price": "2352.74",
    "nonce": 9182390020,
    "remaining_base_amount": "0.0050",
    "is_ask": True,
    "base_size": 50,
    "base_price": 235274,
    "filled_base_amount": "0.0000",
    "filled_quote_amount": "0.000000",
    "side": "sell",
    "type": "binary-option",  # unknown
    "time_in_force": "good-till-block",  # unknown
    "reduce_only": False,
    "trigger_price": "0.00",
    "order_expiry": 1780360584479,
    "status": "waiting-for-settlement",  # unknown
    "trigger_status": "na",
    "trigger_time": 0,
    "parent_order_index": 0,
    "parent_order_id": "0",
    "to_trigger_order_id_0": "0",
    "to_trigger_order_id_1": "0",
    "to_cancel_order_id_0": "0",
    "block_height": 227535532,
    "timestamp": 1777941383576,
    "created_at": 1777941383576,
    "updated_at": 1777941383576,
}


def test_unknown_enum_values_parse_as_plain_strings() -> None:
    order = models.Order.from_dict(ORDER)
    assert order.status == "waiting-for-settlement"
    assert order.type_ == "binary-option"
    # an entry of real-payloads/rest/orderBooks__1.json with values the spec does not list
    book = models.OrderBook.from_dict(
        {
            "symbol": "SOL",
            "market_id": 2,
            "market_type": "binary_options",
            "base_asset_id": 0,
            "quote_asset_id": 0,
            "status": "in-settlement",
            "taker_fee": "0.0000",
            "maker_fee": "0.0000",
            "liquidation_fee": "1.0000",
            "min_base_amount": "0.050",
            "min_quote_amount": "10.000000",
            "order_quote_limit": "281474976.710655",
            "supported_size_decimals": 3,
            "supported_price_decimals": 3,
            "supported_quote_decimals": 6,
        }
    )
    assert (book.market_type, book.status) == ("binary_options", "in-settlement")


def test_missing_optional_fields_are_unset() -> None:
    candle = models.Candle.from_dict({"t": 1767700500000, "c": 3235.39})
    assert candle.t == 1767700500000 and candle.c == 3235.39
    assert candle.o is UNSET and candle.v is UNSET and candle.i is UNSET
    answer = models.RespSendTx.from_dict({"code": 200, "tx_hash": "ab12", "predicted_execution_time_ms": 1})
    assert isinstance(answer.volume_quota_remaining, Unset)


def test_candle_without_t_is_rejected() -> None:
    with pytest.raises(KeyError):
        models.Candle.from_dict({"o": 1.0})


def test_extra_fields_are_kept() -> None:
    order = models.Order.from_dict({**ORDER, "order_flags_v2": 7, "new_block": {"a": 1}})
    assert order["order_flags_v2"] == 7
    assert order.additional_properties["new_block"] == {"a": 1}
    assert order.to_dict()["order_flags_v2"] == 7


def test_null_instead_of_list_or_object() -> None:
    orders = models.Orders.from_dict({"code": 200, "orders": None, "next_cursor": None})
    assert orders.orders is None and orders.next_cursor is None
    accounts = models.DetailedAccounts.from_dict({"code": 200, "total": 0, "accounts": None})
    assert accounts.accounts is None
    frame = models.WsTradeUpdate.from_dict({"type": "update/trade", "trades": [], "liquidation_trades": None})
    assert frame.trades == [] and frame.liquidation_trades is None


def test_error_answers_parse_as_result_code_sync_and_async() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        status = 429 if "nextNonce" in request.url.path else 400
        code = 23000 if status == 429 else 21104
        return httpx.Response(
            status, json={"code": code, "message": "too many requests" if status == 429 else "invalid nonce"}
        )

    client = client_answering(handler)
    bad = send_tx.sync(client=client, body=models.ReqSendTx(tx_type=14, tx_info="{}"))
    assert isinstance(bad, models.ResultCode) and bad.code == 21104
    limited = asyncio.run(next_nonce.asyncio(client=client, account_index=1, api_key_index=2))
    assert isinstance(limited, models.ResultCode) and limited.code == 23000


def test_any_other_status_with_a_json_body_uses_the_default_answer() -> None:
    client = client_answering(lambda r: httpx.Response(503, json={"code": 29500, "message": "maintenance"}))
    detailed = order_books.sync_detailed(client=client)
    assert detailed.status_code == 503
    assert isinstance(detailed.parsed, models.ResultCode) and detailed.parsed.code == 29500


def test_html_502_raises_json_decode_error_in_the_generated_parser() -> None:
    # Documented behaviour: the generated parser calls response.json() for every declared status
    # ("default" too), so an HTML gateway page raises. lighter's client layer maps such answers to
    # typed errors first.
    client = client_answering(
        lambda r: httpx.Response(
            502, text="<html><body>502 Bad Gateway</body></html>", headers={"content-type": "text/html"}
        )
    )
    with pytest.raises(json.JSONDecodeError):
        order_book_details.sync_detailed(client=client)


def test_non_standard_status_raises_value_error_in_the_generated_builder() -> None:
    # Documented behaviour: Response(status_code=HTTPStatus(520)) fails for statuses the stdlib does not know.
    client = client_answering(lambda r: httpx.Response(520, json={"code": 520, "message": "origin error"}))
    with pytest.raises(ValueError, match="520"):
        order_books.sync_detailed(client=client)


def test_request_shapes_form_body_header_token_and_defaults() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"code": 200, "tx_hash": "ab", "predicted_execution_time_ms": 1})

    client = client_answering(handler)
    send_tx.sync(client=client, body=models.ReqSendTx(tx_type=14, tx_info='{"Nonce":1}'))
    request = seen[-1]
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert request.content == b"tx_type=14&tx_info=%7B%22Nonce%22%3A1%7D"  # no price_protection unless set

    from lighter_generated.api.order import account_active_orders

    seen.clear()
    client = client_answering(
        lambda r: seen.append(r) or httpx.Response(200, json={"code": 200, "orders": []})
    )
    account_active_orders.sync_detailed(client=client, account_index=7, authorization="1700000000:7:3:abcd")
    request = seen[-1]
    assert request.headers["authorization"] == "1700000000:7:3:abcd"  # raw, no Bearer
    assert "authorization" not in str(request.url)
    assert request.url.params["account_index"] == "7"
