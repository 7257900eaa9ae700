"""A scripted evil HTTP front on loopback: forwards to a real upstream (the local exchange) unless a trick is
queued for the next request to a path; tricks answer with deep nesting, huge numbers, trickles, endless
or binary bodies. A trick may forward first, so the exchange runs the request and only the answer is evil.
"""

from __future__ import annotations

import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from types import TracebackType

import httpx

DEEP = b"[" * 100_000


@dataclass
class Trick:
    kind: str  # deep | huge_number | trickle | trickle_head | endless | declared_huge | binary | silence
    forward_first: bool = False


@dataclass
class Seen:
    path: str
    status: int | None  # the upstream's answer, when forwarded
    body: bytes = b""


@dataclass
class EvilHttp:
    upstream: str
    tricks: dict[str, deque[Trick]] = field(default_factory=dict)
    seen: list[Seen] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._http = httpx.Client(base_url=self.upstream, timeout=10)
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def trick(self, path: str, kind: str, *, forward_first: bool = False) -> None:
        with self._lock:
            self.tricks.setdefault(path, deque()).append(Trick(kind, forward_first))

    def _next_trick(self, path: str) -> Trick | None:
        with self._lock:
            queue = self.tricks.get(path)
            return queue.popleft() if queue else None

    def _accept(self) -> None:
        self._listener.settimeout(0.2)
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                continue
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(30)
        try:
            with conn:
                head, body = _read_request(conn)
                if head is None:
                    return
                method, target, headers = head
                path = target.split("?", 1)[0]
                trick = self._next_trick(path)
                if trick is None or trick.forward_first:
                    answer = self._forward(method, target, headers, body)
                    self.seen.append(Seen(path, answer.status_code, answer.content))
                    if trick is None:
                        _write(conn, answer.status_code, answer.content, answer.headers.get("content-type"))
                        return
                self._play(conn, trick)
        except OSError:
            pass

    def _forward(self, method: str, target: str, headers: dict[str, str], body: bytes) -> httpx.Response:
        keep = {k: v for k, v in headers.items() if k in ("content-type", "authorization")}
        return self._http.request(method, target, headers=keep, content=body)

    def _play(self, conn: socket.socket, trick: Trick) -> None:
        kind = trick.kind
        if kind == "deep":
            _write(conn, 200, DEEP)
        elif kind == "huge_number":
            _write(conn, 200, b'{"code": 200, "tx_hash": 1e999999, "nonce": ' + b"9" * 100_000 + b"}")
        elif kind == "binary":
            _write(conn, 200, bytes(range(256)) * 16)
        elif kind == "declared_huge":
            conn.sendall(
                b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 99999999999\r\n\r\n["
            )
            self._stop.wait(5)
        elif kind == "endless":
            conn.sendall(
                b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n"
            )
            chunk = b"[1," * 20_000
            frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline and not self._stop.is_set():
                conn.sendall(frame)
        elif kind == "trickle":
            conn.sendall(
                b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n"
            )
            self._drip(conn, b"[" + b" " * 99_999)
        elif kind == "trickle_head":
            self._drip(conn, b"HTTP/1.1 200 OK\r\n" + b"x-slow: " + b"a" * 1000 + b"\r\n")
        elif kind == "silence":
            self._stop.wait(20)

    def _drip(self, conn: socket.socket, data: bytes) -> None:
        for i in range(len(data)):
            if self._stop.wait(0.1):
                return
            conn.sendall(data[i : i + 1])

    def close(self) -> None:
        self._stop.set()
        self._listener.close()
        self._http.close()

    def __enter__(self) -> EvilHttp:
        return self

    def __exit__(self, *exc: object | TracebackType) -> None:
        self.close()


def _read_request(conn: socket.socket) -> tuple[tuple[str, str, dict[str, str]] | None, bytes]:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None, b""
        data += chunk
    raw_head, _, body = data.partition(b"\r\n\r\n")
    lines = raw_head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return (method, target, headers), body


def _write(
    conn: socket.socket, status: int, body: bytes, content_type: str | None = "application/json"
) -> None:
    head = (
        f"HTTP/1.1 {status} X\r\ncontent-type: {content_type}\r\ncontent-length: {len(body)}\r\n"
        "connection: close\r\n\r\n"
    )
    conn.sendall(head.encode() + body)
