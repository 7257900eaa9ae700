"""A fleet of worker processes placing orders on one account (for the store tests and the benchmark).

Test support (tests and ``benchmarks/bench_redis.py``), not part of the library: it subclasses `Lighter`.

Each worker (this file run as a script) reads its JSON configuration on stdin (secrets never go
on the command line), builds a `Lighter` client with the configured nonce store, prints ``READY``, waits
for ``GO`` on stdin, places its orders from several threads and prints ``RESULT {json}``: every (API key,
nonce) it signed, those the exchange refused as "invalid nonce", the errors by type, and how many resyncs
and nextNonce reads it did. With ``hang_after``, thread 0 instead takes a nonce lease after that many
orders and never settles it (a worker "killed while holding a key": the parent kills it after ``HANG``).
"""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def _worker(config: dict[str, Any]) -> dict[str, Any]:
    from lighter import Lighter
    from lighter._errors import LighterError

    signed: list[tuple[int, int]] = []
    counts: Counter[str] = Counter()
    out_lock = threading.Lock()
    count_lock = threading.Lock()

    def bump(name: str) -> int:
        with count_lock:
            counts[name] += 1
            return counts[name]

    def say(line: str) -> None:
        with out_lock:
            sys.stdout.write(line + "\n")
            sys.stdout.flush()

    import httpx

    class Recording(httpx.BaseTransport):
        """What the client sends, seen on the wire: nextNonce reads, and the (API key, nonce) of every
        transaction that reached the exchange (a request that never left is resent, not re-signed)."""

        def __init__(self) -> None:
            self.inner = httpx.HTTPTransport()

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            response = self.inner.handle_request(request)
            if request.url.path == "/api/v1/nextNonce":
                bump("fetches")
            elif request.url.path == "/api/v1/sendTx":
                from urllib.parse import parse_qs

                info = json.loads(parse_qs(request.content.decode())["tx_info"][0])
                signed.append((int(info["ApiKeyIndex"]), int(info["Nonce"])))
            return response

        def close(self) -> None:
            self.inner.close()

    store: Any = None
    if config.get("redis_url"):
        from lighter.stores import RedisNonceStore

        store = RedisNonceStore.from_url(
            config["redis_url"],
            network=config.get("network", "local"),
            namespace=config.get("namespace", "lighter"),
            lock_ttl=config.get("lock_ttl", 10.0),
            retry_for=config.get("retry_for", 10.0),
        )
    client = Lighter(
        transport=Recording(),
        base_url=config["base_url"],
        chain_id=config["chain_id"],
        account_index=config["account_index"],
        api_private_keys={int(k): v for k, v in config["keys"].items()},
        rate_limit=None,
        nonce_store=store,
    )
    manager = client._nonce_manager()
    resync = manager.resync

    refused: list[tuple[int, int]] = []

    def counting_resync(lease: Any) -> None:
        # The exchange answered "invalid nonce": these signatures were refused, not consumed.
        bump("resyncs")
        refused.extend((lease.api_key_index, n) for n in lease.nonces)
        resync(lease)

    setattr(manager, "resync", counting_resync)  # noqa: B010 - instance patch for counting
    client.markets()
    say("READY")
    if sys.stdin.readline().strip() != "GO":
        return {}
    per_thread = int(config["orders_per_thread"])
    hang_after = config.get("hang_after")

    def place(thread: int) -> None:
        for i in range(per_thread):
            if hang_after is not None and thread == 0 and i == hang_after:
                with manager.lease(api_key_index=config.get("hang_key")):
                    say("HANG")
                    time.sleep(3600)
            try:
                client.create_order("ETH", side="buy", size="0.01", price=str(1000 + (i % 50)))
                bump("accepted")
            except LighterError as exc:
                bump("error:" + type(exc).__name__)
            done = bump("done")
            if done % 10 == 0:
                say(f"PROGRESS {done}")

    started = time.perf_counter()
    threads = [threading.Thread(target=place, args=(t,)) for t in range(int(config["threads"]))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    client.close()
    if store is not None:
        store.close()
    return {"signed": signed, "refused": refused, "elapsed": elapsed, **counts}


def main() -> int:
    """Worker entry point."""
    config = json.loads(sys.stdin.readline())
    result = _worker(config)
    sys.stdout.write("RESULT " + json.dumps(result) + "\n")
    sys.stdout.flush()
    return 0


@dataclass
class Worker:
    """The parent's handle on one worker process."""

    proc: subprocess.Popen[str]
    lines: queue.Queue[str] = field(default_factory=queue.Queue)
    result: dict[str, Any] | None = None

    def expect(self, prefix: str, timeout: float) -> str:
        """Wait for the next line starting with `prefix` (other lines are skipped)."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"worker {self.proc.pid} did not say {prefix} within {timeout} s")
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                continue
            if line == "":
                raise RuntimeError(f"worker {self.proc.pid} exited (code {self.proc.poll()}) before {prefix}")
            if line.startswith(prefix):
                return line


class Fleet:
    """Start workers, release them together, collect their results. Context manager (kills leftovers)."""

    def __init__(self, configs: list[dict[str, Any]]) -> None:
        self.workers: list[Worker] = []
        for config in configs:
            proc = subprocess.Popen(
                [sys.executable, str(Path(__file__).resolve())],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                bufsize=1,
            )
            assert proc.stdin is not None
            proc.stdin.write(json.dumps(config) + "\n")
            proc.stdin.flush()
            worker = Worker(proc)
            threading.Thread(target=self._read, args=(worker,), daemon=True).start()
            self.workers.append(worker)

    @staticmethod
    def _read(worker: Worker) -> None:
        assert worker.proc.stdout is not None
        for line in worker.proc.stdout:
            worker.lines.put(line.rstrip("\n"))
        worker.lines.put("")

    def go(self, timeout: float = 60.0) -> float:
        """Wait until every worker is ready, then start them all; returns the start time."""
        for w in self.workers:
            w.expect("READY", timeout)
        started = time.perf_counter()
        for w in self.workers:
            assert w.proc.stdin is not None
            w.proc.stdin.write("GO\n")
            w.proc.stdin.flush()
        return started

    def kill(self, index: int) -> None:
        """SIGKILL one worker (it started here, by its own pid)."""
        proc = self.workers[index].proc
        proc.kill()
        proc.wait(10)

    def results(self, timeout: float = 120.0, *, skip: tuple[int, ...] = ()) -> list[dict[str, Any]]:
        """Every RESULT (workers in `skip` were killed)."""
        out = []
        for i, w in enumerate(self.workers):
            if i in skip:
                continue
            line = w.expect("RESULT ", timeout)
            w.result = json.loads(line[len("RESULT ") :])
            out.append(w.result)
        return out

    def __enter__(self) -> Fleet:
        return self

    def __exit__(self, *exc: object) -> None:
        for w in self.workers:
            if w.proc.poll() is None:
                w.proc.kill()
                w.proc.wait(10)
            for stream in (w.proc.stdin, w.proc.stdout):
                if stream is not None:
                    try:
                        stream.close()
                    except OSError:
                        pass


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
