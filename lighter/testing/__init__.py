"""A local Lighter exchange for tests, demos and bots: REST + WebSocket on loopback, real signatures.

``LocalExchange`` runs the server in a background thread; ``lighter sim`` runs it as a process. This
package imports aiohttp (the ``sim`` extra); ``import lighter`` never imports it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["LocalExchange", "Exchange", "ExchangeError", "onboard", "Credentials"]

if TYPE_CHECKING:  # pragma: no cover
    from lighter.testing.errors import ExchangeError
    from lighter.testing.exchange import Exchange
    from lighter.testing.onboarding import Credentials, onboard
    from lighter.testing.server import LocalExchange

_EXPORTS = {
    "LocalExchange": "lighter.testing.server",
    "Exchange": "lighter.testing.exchange",
    "ExchangeError": "lighter.testing.errors",
    "onboard": "lighter.testing.onboarding",
    "Credentials": "lighter.testing.onboarding",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'lighter.testing' has no attribute {name!r}")
    import importlib

    if module == "lighter.testing.server":  # the server runs on aiohttp: say which extra, not a traceback
        from lighter._extras import require

        require("aiohttp", extra="sim", purpose=f"lighter.testing.{name} (the local exchange)")
    return getattr(importlib.import_module(module), name)
