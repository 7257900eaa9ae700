"""Generated models (``lighter_generated.models.Ws*``) for the frames whose shape the spec describes.

Events keep their own small, fast classes; ``event.model`` parses the event's raw frame into the generated
model on first access (and caches it). Nothing here runs at import time: the generated package (~0.3 s to
import, all its models at once) is loaded by the first ``.model`` access only.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

MODEL_BY_KIND: dict[str, str] = {
    "order_book": "WsOrderBookUpdate",
    "ticker": "WsTickerUpdate",
    "market_stats": "WsMarketStatsUpdate",
    "spot_market_stats": "WsSpotMarketStatsUpdate",
    "trade": "WsTradeUpdate",
    "candle": "WsCandleUpdate",
    "height": "WsHeightUpdate",
    "account_all": "WsAccountAllUpdate",
    "account_all_orders": "WsAccountAllOrdersUpdate",
    "account_orders": "WsAccountOrdersUpdate",
    "account_all_trades": "WsAccountAllTradesUpdate",
    "account_all_positions": "WsAccountAllPositionsUpdate",
    "account_all_assets": "WsAccountAllAssetsUpdate",
    "account_tx": "WsAccountTxUpdate",
    "user_stats": "WsUserStatsUpdate",
    "bo_market_stats": "WsBoMarketStatsUpdate",
    "up_down_candle": "WsUpDownCandleUpdate",
}
"""Channel kind -> generated model of its ``subscribed/...`` and ``update/...`` frames. Channels not listed
(account_market, account_spot_avg_entry_prices, notification, pool_data, pool_info) have no schema."""


def parse(model_name: str | None, raw: Mapping[str, Any]) -> Any:
    """``lighter_generated.models.<model_name>.from_dict(raw)``, or None when there is no model."""
    if model_name is None:
        return None
    # importlib, not an import statement: mypy would otherwise type-check the generated package too
    models = importlib.import_module("lighter_generated.models")
    return getattr(models, model_name).from_dict(dict(raw))
