"""Python face of the fault injection of a running local exchange (``LocalExchange.faults``).

The same faults as ``POST /sim/v1/faults``: HTTP errors and delays, WebSocket drops, skipped order-book
diffs, refused nonces. Each call runs on the server's loop thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from lighter.testing import faults

if TYPE_CHECKING:  # pragma: no cover
    from lighter.testing.app import ExchangeServer
    from lighter.testing.exchange import Exchange


class FaultControl:
    """Python face of the fault injection of a running :class:`LocalExchange`."""

    def __init__(
        self,
        call: Callable[[Callable[[Exchange], Any]], Any],
        run_coro: Callable[[Any], Any],
        server: Callable[[], ExchangeServer],
    ) -> None:
        self._call = call  # run a function on the server's loop thread
        self._run_coro = run_coro
        self._server = server

    def drop_ws(self) -> int:
        """Close every WebSocket connection now; returns how many."""
        return self._run_coro(self._server().hub.drop_all())

    def drop_ws_every(self, seconds: float | None) -> None:
        """Close every WebSocket connection every ``seconds`` (None or 0 stops)."""
        self._call(lambda _ex: self._server().set_drop_every(seconds or None))

    def skip_order_book_update(self, market_id: int = -1, count: int = 1) -> None:
        """Swallow the next ``count`` order-book diffs of ``market_id`` (-1: any market): a visible gap."""

        def do(_ex: Exchange) -> None:
            skips = self._server().faults.skip_book_updates
            skips[market_id] = skips.get(market_id, 0) + count

        self._call(do)

    def http_error(
        self, path: str = "/api/v1/", status: int = 429, count: int = 1, retry_after: float | None = None
    ) -> None:
        """Answer the next ``count`` requests under ``path`` with ``status`` (429 or 5xx)."""
        spec = {"path": path, "status": status, "count": count}
        if retry_after is not None:
            spec["retry_after"] = retry_after
        fault = faults.parse_http_fault(spec)
        self._call(lambda _ex: self._server().faults.http.append(fault))

    def delay(self, path: str = "/", seconds: float = 0.5, count: int | None = None) -> None:
        """Delay requests under ``path`` by ``seconds`` (the next ``count`` only, or all)."""
        d = faults.parse_delay({"path": path, "seconds": seconds, "count": count})
        self._call(lambda _ex: self._server().faults.delays.append(d))

    def invalid_nonce_next(self, count: int = 1) -> None:
        """Refuse the next ``count`` transactions with "invalid nonce" (nonces do not move)."""

        def do(ex: Exchange) -> None:
            ex.faults.invalid_nonce_next += count

        self._call(do)

    def clear(self) -> None:
        """Drop every pending fault; requests held by a delay are answered now."""
        self._call(lambda _ex: self._server().clear_faults())

    def describe(self) -> dict[str, Any]:
        """Pending faults and what was done: requests delayed, held now, WebSocket drops."""
        return self._call(lambda _ex: self._server().describe_faults())
