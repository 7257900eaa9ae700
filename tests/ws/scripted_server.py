"""A scripted WebSocket server for the stream tests: aiohttp on 127.0.0.1 in a background thread.

Each test gives an async ``script(conn)`` run for every connection; ``conn`` sends frames, reads the
client's messages, skips sequence numbers, closes abruptly... The server records every message received.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import WSMsgType, web

Script = Callable[["Conn"], Awaitable[None]]


class Conn:
    """One client connection, seen from the server."""

    def __init__(self, server: ScriptedServer, ws: web.WebSocketResponse, number: int) -> None:
        self.server = server
        self.ws = ws
        self.number = number
        self.inbox: asyncio.Queue[dict[str, Any]] = asyncio.Queue()

    async def send(self, obj: Any) -> None:
        await self.ws.send_str(json.dumps(obj))

    async def send_text(self, text: str) -> None:
        await self.ws.send_str(text)

    async def send_bytes(self, data: bytes) -> None:
        await self.ws.send_bytes(data)

    async def recv(self, timeout: float = 10.0, *, skip_pings: bool = True) -> dict[str, Any]:
        """The next message from the client (app-level pings are answered and skipped by default)."""
        while True:
            msg = await asyncio.wait_for(self.inbox.get(), timeout)
            if skip_pings and msg.get("type") == "ping":
                await self.send({"type": "pong"})
                continue
            return msg

    async def recv_type(self, kind: str, timeout: float = 10.0) -> dict[str, Any]:
        """Skip messages until one of ``type == kind``."""
        while True:
            msg = await self.recv(timeout)
            if msg.get("type") == kind:
                return msg

    async def close(self, code: int = 1000) -> None:
        await self.ws.close(code=code)

    async def drop(self) -> None:
        """Abrupt disconnect: no close frame."""
        transport = self.ws._req.transport if self.ws._req is not None else None  # noqa: SLF001
        if transport is not None:
            transport.abort()


class ScriptedServer:
    """Serves ``/stream`` with the current ``script``; use as a context manager."""

    def __init__(self, script: Script) -> None:
        self.script = script
        self.received: list[dict[str, Any]] = []
        self.connections = 0
        self.url = ""
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._stop: asyncio.Event | None = None
        self._lock = threading.Lock()

    def messages(self, kind: str | None = None) -> list[dict[str, Any]]:
        with self._lock:
            return [m for m in self.received if kind is None or m.get("type") == kind]

    async def _handler(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        with self._lock:
            self.connections += 1
            number = self.connections
        conn = Conn(self, ws, number)

        async def reader() -> None:
            async for msg in ws:
                if msg.type == WSMsgType.TEXT:
                    try:
                        obj = json.loads(msg.data)
                    except ValueError:
                        obj = {"type": "<invalid>", "text": msg.data}
                    with self._lock:
                        self.received.append(obj)
                    await conn.inbox.put(obj)

        task = asyncio.ensure_future(reader())
        try:
            await self.script(conn)
            await task  # keep the connection until the client leaves
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        finally:
            task.cancel()
        return ws

    def __enter__(self) -> ScriptedServer:
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("scripted server did not start")
        return self

    def __exit__(self, *exc: object) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        if self._thread is not None:
            self._thread.join(10)

    def _run(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        app = web.Application()
        app.router.add_get("/stream", self._handler)
        runner = web.AppRunner(app, shutdown_timeout=0.5)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]  # noqa: SLF001
        self.url = f"ws://127.0.0.1:{port}/stream"
        self._ready.set()
        await self._stop.wait()
        await runner.cleanup()


def book_frame(
    market_id: int,
    kind: str,
    *,
    offset: int,
    nonce: int | None = None,
    begin_nonce: int | None = None,
    bids: list[tuple[str, str]] = (),  # type: ignore[assignment]
    asks: list[tuple[str, str]] = (),
) -> dict[str, Any]:  # type: ignore[assignment]
    """An order_book frame shaped like the real ones."""
    book: dict[str, Any] = {
        "code": 0,
        "asks": [{"price": p, "size": s} for p, s in asks],
        "bids": [{"price": p, "size": s} for p, s in bids],
        "offset": offset,
    }
    if nonce is not None:
        book["nonce"] = nonce
    if begin_nonce is not None:
        book["begin_nonce"] = begin_nonce
    return {
        "channel": f"order_book:{market_id}",
        "offset": offset,
        "order_book": book,
        "timestamp": 1765154134172,
        "type": f"{kind}/order_book",
    }
