"""A required field missing deep inside an answer raises; it never comes back as a raw dict typed as a model.

The spec writes every list and most nested objects as nullable (Go sends `null` for an empty list). The stock
openapi-python-client template then parsed `list[Model] | None` with a catch-all fallback that returned the
unparsed data when an item failed, so a trade without `timestamp` reached the user as a dict. Our template
override (generator-templates/property_templates/union_property.py.jinja) drops that fallback for unions
whose members are all parsed: the generated layer now raises KeyError naming the field (TypeError for a
wrong JSON type), and the client layer turns it into APIResponseValidationError
(tests/generated/test_client_validation.py).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest

from lighter_generated import models

from .test_real_payloads import REST, WS, WS_MODELS, _channel, _payload, _response_models, raw_objects


def _entry(name: str) -> dict[str, Any]:
    return next(e for e in REST + WS if e["file"] == name)


def test_trade_without_timestamp_raises_key_error() -> None:
    body = _payload(_entry("rest/recentTrades__1.json"))
    assert models.Trades.from_dict(body).trades  # the untouched payload parses
    del body["trades"][0]["timestamp"]
    with pytest.raises(KeyError, match="timestamp"):
        models.Trades.from_dict(body)


def test_nested_list_item_without_required_field_raises() -> None:
    # accounts[1].assets[0] is an AccountAsset inside a DetailedAccount inside the answer's list
    body = _payload(_entry("rest/account__1.json"))
    del body["accounts"][1]["assets"][0]["asset_id"]
    with pytest.raises(KeyError, match="asset_id"):
        models.DetailedAccounts.from_dict(body)


def test_nullable_nested_model_without_required_field_raises() -> None:
    frame = _payload(_entry("ws/ticker__1.json"))
    ticker = models.WsTickerUpdate.from_dict(frame).ticker
    assert isinstance(ticker, models.WsTicker) and isinstance(ticker.a, models.WsPriceLevel)
    del frame["ticker"]["a"]["price"]
    with pytest.raises(KeyError, match="price"):
        models.WsTickerUpdate.from_dict(frame)


def test_wrong_json_type_for_a_nullable_model_or_list_raises_type_error() -> None:
    body = _payload(_entry("rest/publicPoolsMetadata__1.json"))
    body["public_pools"][0]["account_share"] = [1]
    with pytest.raises(TypeError, match="expected PublicPoolShare, got list"):
        models.RespPublicPoolsMetadata.from_dict(body)
    body = _payload(_entry("rest/recentTrades__1.json"))
    body["trades"] = {"0": body["trades"][0]}
    with pytest.raises(TypeError, match=r"expected list\[Trade\], got dict"):
        models.Trades.from_dict(body)


def test_null_and_absent_still_parse() -> None:
    body = _payload(_entry("rest/publicPoolsMetadata__1.json"))
    body["public_pools"][0]["account_share"] = None
    assert models.RespPublicPoolsMetadata.from_dict(body).public_pools[0].account_share is None  # type: ignore[index]
    assert models.Trades.from_dict({"code": 200, "trades": None}).trades is None


def test_a_union_with_a_member_kept_as_is_still_falls_back_to_it() -> None:
    # WsTxResponse.tx_hash is `list[str] | str | None`: a string is a valid answer, not an error
    assert models.WsTxResponse.from_dict({"type": "jsonapi/sendtx", "tx_hash": "ab"}).tx_hash == "ab"
    assert models.WsTxResponse.from_dict({"type": "jsonapi/sendtx", "tx_hash": ["ab"]}).tx_hash == ["ab"]


def _deletions(value: Any) -> Iterator[tuple[str, Any]]:
    """(where, copy of the payload with one key deleted) for every key of every object, following the first
    item of each list."""

    def places(node: Any, path: tuple[Any, ...]) -> Iterator[tuple[Any, ...]]:
        if isinstance(node, dict):
            for key, item in node.items():
                yield (*path, key)
                yield from places(item, (*path, key))
        elif isinstance(node, list) and node:
            yield from places(node[0], (*path, 0))

    for path in places(value, ()):
        mutated = copy.deepcopy(value)
        parent = mutated
        for step in path[:-1]:
            parent = parent[step]
        del parent[path[-1]]
        yield "/".join(map(str, path)), mutated


def _model_of(entry: dict[str, Any]) -> Any:
    if entry["kind"] == "ws":
        return WS_MODELS[_channel(entry)]
    return _response_models()[entry["endpoint"].split()[1].split("?")[0]]


@pytest.mark.parametrize("entry", REST + WS, ids=[e["file"] for e in REST + WS])
def test_any_deleted_key_parses_to_models_or_raises(entry: dict[str, Any]) -> None:
    """Delete each key of a recorded payload in turn: the answer either parses with models all the way down
    (the key was optional) or raises KeyError/TypeError; it never holds a raw dict where a model belongs."""
    model = _model_of(entry)
    body = _payload(entry)
    allowed = set(raw_objects(model.from_dict(body)))  # free-form objects of the untouched payload
    for where, mutated in _deletions(body):
        try:
            parsed = model.from_dict(mutated)
        except (KeyError, TypeError, ValueError):
            continue
        assert set(raw_objects(parsed)) <= allowed, f"{entry['file']} without {where}"
