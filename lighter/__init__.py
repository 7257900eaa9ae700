"""lighter: a Python SDK for the Lighter exchange.

The public names are loaded lazily so that ``import lighter`` stays cheap: the generated REST layer,
the signer tables and the WebSocket client are imported only when first used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    "Lighter": "lighter.client",
    "AsyncLighter": "lighter.client",
    "WsClient": "lighter.ws",
    "AsyncWsClient": "lighter.ws",
    "OrderBook": "lighter.ws.orderbook",
    "PrivateKey": "lighter.signing",
}

if TYPE_CHECKING:  # pragma: no cover
    from lighter.client import AsyncLighter, Lighter
    from lighter.signing import PrivateKey
    from lighter.ws import AsyncWsClient, WsClient
    from lighter.ws.orderbook import OrderBook

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    module_name = _EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module 'lighter' has no attribute {name!r}")
    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
