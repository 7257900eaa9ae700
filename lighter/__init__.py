"""lighter: a Python SDK for the Lighter exchange.

The public names are loaded lazily so that ``import lighter`` stays cheap: the generated REST layer,
the signer tables and the WebSocket client are imported only when first used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from lighter import _coexist

_coexist.check(__file__)  # another distribution's files in this package: say so now, not later

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    "__version__": "lighter._version",  # the one place: pyproject.toml reads it there
    "Lighter": "lighter.client",
    "AsyncLighter": "lighter.client",
    "WsClient": "lighter.ws",
    "AsyncWsClient": "lighter.ws",
    "OrderBook": "lighter.ws.orderbook",
    "PrivateKey": "lighter.signing",
    "Batch": "lighter.client",
    "TxResult": "lighter.resources._plans",
    "BatchResult": "lighter.resources._plans",
    "Integrator": "lighter.resources._order_options",
    "SelfTrade": "lighter.resources._order_options",
    "LocalExchange": "lighter.testing",
}
# Every exception lighter.errors lists is public at the top level too (tests/test_errors_module.py checks).
_ERROR_NAMES = (
    "APIConnectionError APIError APIResponseValidationError APIStatusError APITimeoutError "
    "AccountNotFoundError ApiKeyNotFoundError AuthenticationError BadRequestError CoexistenceError "
    "ConfigError IntegratorNotApprovedError InternalServerError InvalidInputError InvalidNonceError "
    "InvalidOrderBookFrameError InvalidOrderError InvalidParamError InvalidPublicKeyError "
    "InvalidSignatureError InvalidTxError InvalidTxTypeForAccountError JSONError KeyLeaseUnavailableError "
    "LighterError LockLostError MissingAuthError MissingCredentialsError MissingExtraError NonceError "
    "NotEnoughMarginError NotFoundError OrderBookError OrderBookGapError OrderBookNotSnapshottedError "
    "OrderNotFoundError PermissionDeniedError PrecisionError ProfileError RateLimitError RecordingError "
    "StoreAuthenticationError StoreConfigError StoreError StoreUnavailableError SubscriptionError "
    "TooManyPendingTxsError TxWaitTimeoutError UnknownAssetError UnknownMarketError WebSocketError "
    "WsConnectionClosedError WsServerError WsTimeoutError"
).split()
_EXPORTS.update(dict.fromkeys(_ERROR_NAMES, "lighter.errors"))

if TYPE_CHECKING:  # pragma: no cover  (static checkers see the real names; runtime stays lazy)
    from lighter._version import __version__ as __version__
    from lighter.client import AsyncLighter as AsyncLighter
    from lighter.client import Batch as Batch
    from lighter.client import Lighter as Lighter
    from lighter.errors import *  # noqa: F403
    from lighter.resources._order_options import Integrator as Integrator
    from lighter.resources._order_options import SelfTrade as SelfTrade
    from lighter.resources._plans import BatchResult as BatchResult
    from lighter.resources._plans import TxResult as TxResult
    from lighter.signing import PrivateKey as PrivateKey
    from lighter.testing import LocalExchange as LocalExchange
    from lighter.ws import AsyncWsClient as AsyncWsClient
    from lighter.ws import WsClient as WsClient
    from lighter.ws.orderbook import OrderBook as OrderBook

__all__ = [*_EXPORTS]


def __getattr__(name: str) -> Any:
    module_name = _EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module 'lighter' has no attribute {name!r}")
    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
