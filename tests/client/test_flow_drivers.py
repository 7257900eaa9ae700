"""One decision core, two faces: `lighter._flow` drives a flow the same way with blocking calls and by
awaiting, and the nonce managers built on it make the same store calls in the same order on both faces."""

from __future__ import annotations

import asyncio

import pytest

from lighter._errors import APITimeoutError, NonceError, RateLimitError
from lighter._flow import Flow, adrive, drive, step
from lighter._nonce import AsyncNonceManager, InMemoryNonceStore, NonceManager

ACCOUNT = 281474976710000


class Boom(Exception):
    pass


def sample_flow(log: list[str]) -> Flow[int]:
    """Adds two fetched numbers; a failing fetch is caught once and replaced by 100."""
    a = yield step("fetch", "a")
    try:
        b = yield step("fail", "b")
    except Boom as exc:
        log.append(f"caught {exc}")
        b = 100
    try:
        yield step("fail", "c")
    finally:
        log.append("finally ran")
    return a + b  # pragma: no cover - the step above raises


class BlockingIO:
    def __init__(self) -> None:
        self.steps: list[str] = []

    def fetch(self, name: str) -> int:
        self.steps.append(f"fetch {name}")
        return 1

    def fail(self, name: str) -> int:
        self.steps.append(f"fail {name}")
        raise Boom(name)


class AwaitingIO(BlockingIO):
    async def fetch(self, name: str) -> int:  # type: ignore[override]
        await asyncio.sleep(0)
        return BlockingIO.fetch(self, name)

    async def fail(self, name: str) -> int:  # type: ignore[override]
        await asyncio.sleep(0)
        return BlockingIO.fail(self, name)


def test_both_drivers_do_the_same_steps_and_throw_step_errors_into_the_flow() -> None:
    blocking, awaiting = BlockingIO(), AwaitingIO()
    logs: tuple[list[str], list[str]] = ([], [])
    with pytest.raises(Boom, match="c"):
        drive(sample_flow(logs[0]), blocking)
    with pytest.raises(Boom, match="c"):
        asyncio.run(adrive(sample_flow(logs[1]), awaiting))
    assert blocking.steps == awaiting.steps == ["fetch a", "fail b", "fail c"]
    assert logs[0] == logs[1] == ["caught b", "finally ran"]


def test_a_flow_returns_its_value_through_either_driver() -> None:
    def add() -> Flow[int]:
        return (yield step("fetch", "x")) + (yield step("fetch", "y"))

    assert drive(add(), BlockingIO()) == 2
    assert asyncio.run(adrive(add(), AwaitingIO())) == 2


class RecordingStore(InMemoryNonceStore):
    """The in-memory store, recording the calls the manager makes."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def reserve(self, account_index: int, api_key_index: int, count: int) -> int | None:
        self.calls.append(f"reserve {api_key_index} {count}")
        return super().reserve(account_index, api_key_index, count)

    def set(self, account_index: int, api_key_index: int, next_nonce: int) -> None:
        self.calls.append(f"set {api_key_index} {next_nonce}")
        super().set(account_index, api_key_index, next_nonce)

    def invalidate(self, account_index: int, api_key_index: int) -> None:
        self.calls.append(f"invalidate {api_key_index}")
        super().invalidate(account_index, api_key_index)


def test_both_managers_make_the_same_store_calls() -> None:
    """Seed, spend, hand back, lose the outcome, resync, a batch, a bad nextNonce: same calls, same nonces."""
    sync_store, async_store = RecordingStore(), RecordingStore()
    server = {"next": 5}
    seen: tuple[list[int], list[int]] = ([], [])

    def fetch(_key: int) -> int:
        return server["next"]

    async def afetch(_key: int) -> int:
        return server["next"]

    manager = NonceManager(ACCOUNT, [3, 4], fetch, store=sync_store)
    with manager.lease(api_key_index=3) as lease:
        seen[0].append(lease.nonce)
    with pytest.raises(RateLimitError), manager.lease(api_key_index=3) as lease:
        seen[0].append(lease.nonce)
        raise RateLimitError("429", nonce_consumed=False)
    with pytest.raises(APITimeoutError), manager.lease(2, api_key_index=3) as lease:
        seen[0].extend(lease.nonces)
        raise APITimeoutError("timed out", nonce_consumed=None)
    server["next"] = 9
    with manager.lease(api_key_index=3) as lease:
        server["next"] = 12
        manager.resync(lease)
        seen[0].append(lease.nonce)
    server["next"] = -1
    with pytest.raises(NonceError, match="nextNonce answered -1"), manager.lease(api_key_index=4):
        pass  # pragma: no cover
    manager.invalidate()

    async def main() -> None:
        server["next"] = 5
        amanager = AsyncNonceManager(ACCOUNT, [3, 4], afetch, store=async_store)
        async with amanager.lease(api_key_index=3) as lease:
            seen[1].append(lease.nonce)
        with pytest.raises(RateLimitError):
            async with amanager.lease(api_key_index=3) as lease:
                seen[1].append(lease.nonce)
                raise RateLimitError("429", nonce_consumed=False)
        with pytest.raises(APITimeoutError):
            async with amanager.lease(2, api_key_index=3) as lease:
                seen[1].extend(lease.nonces)
                raise APITimeoutError("timed out", nonce_consumed=None)
        server["next"] = 9
        async with amanager.lease(api_key_index=3) as lease:
            server["next"] = 12
            await amanager.resync(lease)
            seen[1].append(lease.nonce)
        server["next"] = -1
        with pytest.raises(NonceError, match="nextNonce answered -1"):
            async with amanager.lease(api_key_index=4):
                pass  # pragma: no cover
        await amanager.ainvalidate()

    asyncio.run(main())
    assert seen[0] == seen[1] == [5, 6, 6, 7, 12]
    assert sync_store.calls == async_store.calls
    assert sync_store.calls == [
        *("reserve 3 1", "set 3 5", "reserve 3 1"),
        *("reserve 3 1", "set 3 6"),
        *("reserve 3 2", "invalidate 3"),
        *("reserve 3 1", "set 3 9", "reserve 3 1", "set 3 13"),
        "reserve 4 1",
        *("invalidate 3", "invalidate 4"),
    ]


def test_both_managers_take_the_next_idle_key_in_turn() -> None:
    manager = NonceManager(ACCOUNT, [3, 4, 5], lambda _k: 0)
    with manager.lease() as first, manager.lease() as second:
        keys = [first.api_key_index, second.api_key_index]

    async def main() -> list[int]:
        async def fetch(_k: int) -> int:
            return 0

        amanager = AsyncNonceManager(ACCOUNT, [3, 4, 5], fetch)
        async with amanager.lease() as first, amanager.lease() as second:
            return [first.api_key_index, second.api_key_index]

    assert keys == asyncio.run(main()) == [3, 4]
