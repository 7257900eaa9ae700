"""Shared by the fault, concurrency and hygiene suites: clients, extra API keys, the server's book."""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import httpx

from lighter import Lighter
from lighter.signing import PrivateKey
from lighter.testing import LocalExchange
from lighter.testing.onboarding import Credentials
from lighter.ws import OrderBook, book_checksum

CREATE_ORDER = 14
Levels = list[tuple[Decimal, Decimal]]


def client_for(creds: Credentials, **kw: Any) -> Lighter:
    """A blocking client for an onboarded account (no pacing on loopback)."""
    return Lighter.from_env(creds.as_env(), rate_limit=None, **kw)


def register_keys(creds: Credentials, indexes: list[int]) -> dict[int, str]:
    """Register one new API key per index on the account (ChangePubKey signed with the Ethereum key);
    returns every key of the account by index, the onboarding one included."""
    keys = {creds.api_key_index: creds.api_private_key}
    keys.update({i: PrivateKey.generate().to_hex() for i in indexes})
    with Lighter(
        base_url=creds.base_url,
        chain_id=creds.chain_id,
        account_index=creds.account_index,
        api_private_keys=keys,
        eth_private_key=creds.eth_private_key,
        rate_limit=None,
    ) as client:
        for i in indexes:
            client.wait_for_tx(client.change_api_key(api_key_index=i), timeout=5)
    return keys


def server_book(lx: LocalExchange, market_id: int) -> tuple[Levels, Levels]:
    """The exchange's own book (bids, asks), best first, as the stream shows prices and sizes."""

    def read(ex: Any) -> tuple[Levels, Levels]:
        ms = ex.engine.markets[market_id]
        m = ms.market

        def side(s: Any) -> Levels:
            return [(Decimal(m.fmt_price(p)), Decimal(m.fmt_size(q))) for p, q in s.depth(10**9)]

        return side(ms.bids), side(ms.asks)

    return lx.call(read)


def server_checksum(lx: LocalExchange, market_id: int) -> int:
    """``book_checksum`` of the exchange's book (the same function the client's OrderBook uses)."""
    bids, asks = server_book(lx, market_id)
    return book_checksum(bids, asks)


def books_equal(lx: LocalExchange, book: OrderBook, market_id: int) -> bool:
    """True when the client's book is synced and equals the server's, level for level."""
    if not book.is_synced:
        return False
    bids, asks = server_book(lx, market_id)
    return book.bids == bids and book.asks == asks and book.checksum() == book_checksum(bids, asks)


def wait_until(predicate: Callable[[], bool], timeout: float = 10.0, interval: float = 0.02) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(interval)
    return predicate()


def accepted_orders(lx: LocalExchange, account_index: int) -> list[dict[str, Any]]:
    """Every CreateOrder transaction the exchange accepted for the account (tx_info as a dict)."""

    def read(ex: Any) -> list[dict[str, Any]]:
        return [json.loads(r.info) for r in ex.account_txs.get(account_index, []) if r.type == CREATE_ORDER]

    return lx.call(read)


def server_next_nonce(lx: LocalExchange, account_index: int, api_key_index: int) -> int:
    return lx.call(lambda ex: ex.accounts.by_index[account_index].next_nonce(api_key_index))


@contextmanager
def impatient(client: Lighter, seconds: float = 0.3) -> Iterator[None]:
    """Give the client's requests a short read timeout inside the block (connecting keeps 10 s), so that only
    the request the test has the exchange hold back times out."""
    http = client._http
    before = http.timeout
    http.timeout = httpx.Timeout(seconds, connect=10.0)
    try:
        yield
    finally:
        http.timeout = before


@dataclass(frozen=True)
class Decision:
    """One transaction the exchange decided: what it carried and the error code (0 = accepted)."""

    tx_type: int
    nonce: int | None
    client_order_index: int | None
    code: int


DROPPED = -1  # Decision.code of a sendTx the exchange dropped: its client had gone before the body was read


class SubmitLog(logging.Handler):
    """Every single-transaction submission the exchange decided, accepted or refused, in order.

    Wraps the exchange's ``submit`` (on the exchange instance of this process) while the block runs; a
    refused transaction changes nothing on the exchange, so this is the only place it shows. A sendTx whose
    client went away while the exchange held it (a delay fault) fails when its body is read and is never
    submitted: the exchange logs that, and it is recorded as a `DROPPED` decision (no nonce, no index).
    `wait_for` gives a positive signal that a late request was decided."""

    def __init__(self, lx: LocalExchange) -> None:
        super().__init__(logging.ERROR)
        self.lx = lx
        self.decisions: list[Decision] = []
        self._changed = threading.Condition()

    def emit(self, record: logging.LogRecord) -> None:
        lost = record.exc_info is not None and isinstance(record.exc_info[1], ConnectionError)
        if lost and "unexpected error on /api/v1/sendTx" in record.getMessage():
            with self._changed:
                self.decisions.append(Decision(CREATE_ORDER, None, None, DROPPED))
                self._changed.notify_all()

    def _record(self, tx_type: Any, tx_info: Any, code: int) -> None:
        try:
            info = json.loads(tx_info) if isinstance(tx_info, str) else dict(tx_info)
        except (TypeError, ValueError):
            info = {}
        with self._changed:
            self.decisions.append(Decision(tx_type, info.get("Nonce"), info.get("ClientOrderIndex"), code))
            self._changed.notify_all()

    def __enter__(self) -> SubmitLog:
        from lighter.testing.errors import ExchangeError

        def install(ex: Any) -> None:
            original = ex.submit

            def submit(tx_type: Any, tx_info: Any) -> Any:
                try:
                    record = original(tx_type, tx_info)
                except ExchangeError as exc:
                    self._record(tx_type, tx_info, exc.code)
                    raise
                self._record(tx_type, tx_info, 0)
                return record

            ex.submit = submit

        self.lx.call(install)
        logging.getLogger("lighter.testing").addHandler(self)
        return self

    def __exit__(self, *exc: object) -> None:
        logging.getLogger("lighter.testing").removeHandler(self)
        self.lx.call(lambda ex: ex.__dict__.pop("submit", None))

    def wait_for(self, predicate: Callable[[list[Decision]], bool], timeout: float = 10.0) -> list[Decision]:
        """Wait until `predicate(decisions)` holds (AssertionError after `timeout`); returns a copy."""
        with self._changed:
            ok = self._changed.wait_for(lambda: predicate(self.decisions), timeout)
            assert ok, f"the exchange did not decide as expected within {timeout} s: {self.decisions}"
            return list(self.decisions)

    def orders(self, client_order_index: int) -> list[Decision]:
        """Decisions on CreateOrder transactions with this client order index."""
        with self._changed:
            return [
                d
                for d in self.decisions
                if d.tx_type == CREATE_ORDER and d.client_order_index == client_order_index
            ]


class LossyPipe:
    """A loopback TCP pipe in front of the exchange that can lose the exchange's next answer.

    After `lose_next_answer()`, the first bytes the exchange sends back on any connection, and everything
    after them on that connection, are swallowed: the request reached the exchange and was executed, but
    its client never hears of it and times out (then its connection is closed on both sides). Other
    connections pass through untouched. Context manager."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._lose_next = False
        self._lock = threading.Lock()
        self.lost = 0  # answers swallowed
        self._sockets: list[socket.socket] = []
        self.last_request_port = 0  # local port of the exchange connection that carried the last request
        self.closed_ports: set[int] = set()  # ... of exchange connections this pipe has closed
        threading.Thread(target=self._accept, name="lossy-pipe", daemon=True).start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def lose_next_answer(self) -> None:
        with self._lock:
            self._lose_next = True

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return  # closed
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            with self._lock:
                self._sockets += [client, upstream]
            threading.Thread(target=self._forward, args=(client, upstream, False), daemon=True).start()
            threading.Thread(target=self._forward, args=(upstream, client, True), daemon=True).start()

    def _swallow(self) -> bool:
        with self._lock:
            lose, self._lose_next = self._lose_next, False
            self.lost += lose
            return lose

    def _forward(self, src: socket.socket, dst: socket.socket, answers: bool) -> None:
        upstream = src if answers else dst
        port = upstream.getsockname()[1]
        swallowing = False
        try:
            while data := src.recv(65536):
                if answers and (swallowing or self._swallow()):
                    swallowing = True
                    continue
                if not answers:
                    self.last_request_port = port
                dst.sendall(data)
        except OSError:
            pass
        with self._lock:
            self.closed_ports.add(port)
        for sock in (src, dst):  # one side ended: end the other too, as a dropped connection would
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def wait_closed_at_exchange(self, lx: LocalExchange, port: int, timeout: float = 10.0) -> None:
        """Wait until this pipe has closed the exchange connection from `port` and the exchange has seen
        it go (its request then fails to read its body: the exchange drops it)."""

        def gone() -> bool:
            with self._lock:
                if port not in self.closed_ports:
                    return False
            return port not in exchange_peer_ports(lx)

        assert wait_until(gone, timeout), f"the exchange still has the connection from port {port}"

    def close(self) -> None:
        self._listener.close()
        with self._lock:
            for sock in self._sockets:
                sock.close()

    def __enter__(self) -> LossyPipe:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def exchange_peer_ports(lx: LocalExchange) -> set[int]:
    """Client ports of the connections the exchange's HTTP server has open now."""

    def read(_ex: Any) -> set[int]:
        runner = lx._server()._runner
        server = None if runner is None else runner.server
        ports = set()
        for handler in [] if server is None else server.connections:
            transport = handler.transport
            peer = None if transport is None else transport.get_extra_info("peername")
            if peer:
                ports.add(peer[1])
        return ports

    return lx.call(read)
