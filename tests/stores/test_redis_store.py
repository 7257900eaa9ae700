"""RedisNonceStore against a real redis-server on loopback: counter, hold, fencing, TTLs, data loss."""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from lighter.stores import LockLostError, StoreError
from lighter.stores._redis_store import ACQUIRE

ACCOUNT = 281474976710000


def test_counter_is_seeded_then_hands_out_consecutive_reservations(make_store: Any) -> None:
    store = make_store()
    assert store.reserve(ACCOUNT, 3, 1) is None  # unseeded: the manager must read nextNonce
    store.set(ACCOUNT, 3, 41)
    assert store.reserve(ACCOUNT, 3, 1) == 41
    assert store.reserve(ACCOUNT, 3, 5) == 42  # a batch of 5: 42..46
    assert store.reserve(ACCOUNT, 3, 1) == 47
    assert store.peek(ACCOUNT, 3) == 48
    store.invalidate(ACCOUNT, 3)
    assert store.reserve(ACCOUNT, 3, 1) is None
    with pytest.raises(StoreError):
        store.reserve(ACCOUNT, 3, 0)
    with pytest.raises(StoreError):
        store.set(ACCOUNT, 3, -1)


def test_keys_are_namespaced_by_network_and_account(make_store: Any, namespace: str) -> None:
    main, test = make_store(network="mainnet"), make_store(network="testnet")
    main.set(ACCOUNT, 3, 100)
    test.set(ACCOUNT, 3, 7)
    main.set(ACCOUNT + 1, 3, 500)
    assert (main.reserve(ACCOUNT, 3, 1), test.reserve(ACCOUNT, 3, 1), main.reserve(ACCOUNT + 1, 3, 1)) == (
        100,
        7,
        500,
    )
    keys = main.keys(ACCOUNT, 3)
    assert keys.nonce == f"{namespace}:{{mainnet:{ACCOUNT}:3}}:nonce"
    assert test.keys(ACCOUNT, 3).nonce != keys.nonce


def test_counter_and_lock_carry_ttls(make_store: Any) -> None:
    store = make_store(lock_ttl=2.0, state_ttl=60.0)
    store.set(ACCOUNT, 3, 1)
    keys = store.keys(ACCOUNT, 3)
    client = store.conn.client
    assert 0 < client.pttl(keys.nonce) <= 60_000
    with store.hold(ACCOUNT, 3):
        assert 0 < client.pttl(keys.lock) <= 2_000
    assert client.exists(keys.lock) == 0  # released


def test_concurrent_reservations_from_many_connections_never_repeat(make_store: Any) -> None:
    stores = [make_store() for _ in range(4)]  # four connection pools, as four processes would have
    stores[0].set(ACCOUNT, 3, 0)

    def take(store: Any) -> list[int]:
        out = []
        for i in range(300):
            first = store.reserve(ACCOUNT, 3, 1 + i % 3)
            out.extend(range(first, first + 1 + i % 3))
        return out

    with ThreadPoolExecutor(8) as pool:
        taken = [n for chunk in pool.map(take, stores * 2) for n in chunk]
    assert len(taken) == len(set(taken))
    assert sorted(taken) == list(range(len(taken)))  # contiguous: nothing skipped, nothing twice


def test_hold_is_exclusive_across_stores(make_store: Any) -> None:
    a, b = make_store(), make_store()
    a.set(ACCOUNT, 3, 0)
    events: list[str] = []
    inside, b_waits, b_has_it = threading.Event(), threading.Event(), threading.Event()
    wait_wake = b._wait_wake

    def b_waiting(key: str, seconds: float) -> None:  # called only when the key was found busy
        b_waits.set()
        wait_wake(key, seconds)

    b._wait_wake = b_waiting

    def other() -> None:
        inside.wait(10)
        with b.hold(ACCOUNT, 3):
            b_has_it.set()
            events.append("b")

    t = threading.Thread(target=other)
    t.start()
    with a.hold(ACCOUNT, 3):
        inside.set()
        assert b_waits.wait(10), "b never found the key busy"
        assert not b_has_it.is_set()
        events.append("a")
    assert b_has_it.wait(10), "b never got the key after a released it"
    t.join(10)
    assert events == ["a", "b"]


def test_hold_is_reentrant_and_per_key(make_store: Any) -> None:
    store = make_store()
    store.set(ACCOUNT, 3, 0)
    store.set(ACCOUNT, 4, 0)
    with store.hold(ACCOUNT, 3):
        with store.hold(ACCOUNT, 3):  # the manager's invalidate inside a lease
            store.invalidate(ACCOUNT, 3)
        with store.hold(ACCOUNT, 4):
            assert store.reserve(ACCOUNT, 4, 1) == 0


def test_a_dead_holder_blocks_the_key_only_until_its_lock_expires(make_store: Any) -> None:
    store = make_store(lock_ttl=1.0)
    store.set(ACCOUNT, 3, 9)
    keys = store.keys(ACCOUNT, 3)
    # A process that took the key and died: nobody renews or releases its lock.
    assert store.conn.run(ACQUIRE, [keys.lock, keys.nonce], ["dead-worker", 1000], "test") == 1
    with store.hold(ACCOUNT, 3):
        assert store.conn.client.get(keys.lock) != "dead-worker"
        assert store.reserve(ACCOUNT, 3, 1) == 9


def test_a_holder_that_lost_its_lock_cannot_move_the_counter(make_store: Any) -> None:
    store, other = make_store(lock_ttl=5.0), make_store(lock_ttl=5.0)
    store.set(ACCOUNT, 3, 20)
    keys = store.keys(ACCOUNT, 3)
    client = store.conn.client
    with pytest.raises(LockLostError):
        with store.hold(ACCOUNT, 3):
            assert store.reserve(ACCOUNT, 3, 1) == 20
            client.set(keys.lock, "someone-else", px=300)  # our lock expired and another worker took it
            store.set(ACCOUNT, 3, 20)  # handing the nonce back now could repeat one: refused
    # The counter was cleared (under a new hold) so the next user resyncs from the exchange.
    assert other.reserve(ACCOUNT, 3, 1) is None


def test_reserve_after_losing_the_lock_waits_for_the_key_again(make_store: Any) -> None:
    store = make_store(lock_ttl=5.0)
    store.set(ACCOUNT, 3, 30)
    keys = store.keys(ACCOUNT, 3)
    with store.hold(ACCOUNT, 3):
        store.conn.client.set(keys.lock, "someone-else", px=400)
        # Nothing signed yet: the store waits until the other holder is gone, then hands out the nonce.
        assert store.reserve(ACCOUNT, 3, 1) == 30
        assert store.conn.client.get(keys.lock) not in (None, "someone-else")


def test_watchdog_renews_a_long_hold(make_store: Any) -> None:
    store = make_store(lock_ttl=0.6)
    store.set(ACCOUNT, 3, 0)
    keys = store.keys(ACCOUNT, 3)
    with store.hold(ACCOUNT, 3):
        token = store.conn.client.get(keys.lock)
        time.sleep(1.5)  # two and a half lock lifetimes
        assert store.conn.client.get(keys.lock) == token
        assert store.reserve(ACCOUNT, 3, 1) == 0


class Ledger:
    """The exchange's view of one API key: accepts a nonce only if it is the next one."""

    def __init__(self, next_nonce: int) -> None:
        self.next = next_nonce
        self.accepted: list[int] = []
        self._lock = threading.Lock()

    def next_nonce(self, _key: int) -> int:
        with self._lock:
            return self.next

    def accept(self, nonce: int) -> bool:
        with self._lock:
            if nonce != self.next:
                return False
            self.accepted.append(nonce)
            self.next += 1
            return True


def test_restart_grace_keeps_a_newcomer_off_the_nonce_of_a_transaction_in_flight(redis_server: Any) -> None:
    """The race the grace guards. A holder has taken nonce 50 and its transaction is in flight when Redis
    comes back empty; a newcomer asks for the key before the holder's watchdog has re-asserted the lock.
    Without the grace the newcomer takes the key at once, seeds the counter from the exchange (which has
    not seen nonce 50 yet) and signs 50 a second time. With it, the newcomer waits, finds the lock
    re-asserted, waits for the holder, then seeds 51. Events fix the order of every step."""
    from lighter._nonce import NonceManager
    from lighter.stores import RedisNonceStore

    holder_store = RedisNonceStore.from_url(redis_server.url, network="local", lock_ttl=1.0)
    newcomer_store = RedisNonceStore.from_url(redis_server.url, network="local", lock_ttl=1.0)
    ledger = Ledger(50)
    holder = NonceManager(ACCOUNT, [3], ledger.next_nonce, store=holder_store)
    newcomer = NonceManager(ACCOUNT, [3], ledger.next_nonce, store=newcomer_store)
    keys = holder_store.keys(ACCOUNT, 3)
    holder_store.conn.client.set(keys.nonce, 50)  # an old counter (no grace for this first take)
    taken: dict[str, int] = {}
    landed: dict[str, bool] = {}
    in_flight, land, reasserted = threading.Event(), threading.Event(), threading.Event()
    # notified when the newcomer enters the grace, finds the key busy, or has a nonce
    newcomer_moved = threading.Condition()
    steps: list[str] = []

    def step(name: str) -> None:
        with newcomer_moved:
            steps.append(name)
            newcomer_moved.notify_all()

    def wait_step(*names: str) -> str:
        with newcomer_moved:
            assert newcomer_moved.wait_for(lambda: any(n in steps for n in names), 30), (names, steps)
            return next(n for n in steps if n in names)

    grace_left, wait_wake = newcomer_store._grace_left, newcomer_store._wait_wake

    def spy_grace() -> float:
        grace = grace_left()
        if grace > 0 and "grace" not in steps:
            step("grace")
            reasserted.wait(30)  # hold the newcomer inside its grace until the holder is back
        return grace

    def spy_wait(key: str, seconds: float) -> None:
        if "busy" not in steps:
            step("busy")
        wait_wake(key, seconds)

    newcomer_store._grace_left, newcomer_store._wait_wake = spy_grace, spy_wait

    def holder_sends() -> None:
        with holder.lease() as lease:
            taken["holder"] = lease.nonce
            in_flight.set()
            land.wait(30)
            landed["holder"] = ledger.accept(lease.nonce)

    def newcomer_sends() -> None:
        with newcomer.lease() as lease:
            taken["newcomer"] = lease.nonce
            step("nonce")
            landed["newcomer"] = ledger.accept(lease.nonce)

    threads = [threading.Thread(target=holder_sends), threading.Thread(target=newcomer_sends)]
    try:
        threads[0].start()
        assert in_flight.wait(30)
        (hold,) = holder_store._holds
        with hold.guard:  # the holder's watchdog cannot re-assert the lock meanwhile
            redis_server.restart()  # empty again: lock and counter are gone
            threads[1].start()
            first = wait_step("grace", "nonce")
        if first == "grace":
            # the watchdog (every lock_ttl / 3) re-asserts the holder's lock on the empty server
            deadline = time.monotonic() + 30
            while holder_store.conn.call("get", lambda c: c.get(keys.lock)) != hold.token:
                assert time.monotonic() < deadline, "the holder never re-asserted its lock"
                time.sleep(0.02)
            reasserted.set()
            wait_step("busy", "nonce")  # after the grace the newcomer must find the key held
        land.set()
        for t in threads:
            t.join(30)
    finally:
        reasserted.set()
        land.set()
        holder_store.close()
        newcomer_store.close()
    assert taken == {"holder": 50, "newcomer": 51}, "the newcomer signed the nonce of a transaction in flight"
    assert landed == {"holder": True, "newcomer": True}
    assert ledger.accepted == [50, 51]
    assert steps[:3] == ["grace", "busy", "nonce"]


@pytest.mark.parametrize("face", ["blocking", "async"])
def test_first_seed_on_a_fresh_server_waits_the_grace_and_says_why(
    redis_server: Any, caplog: pytest.LogCaptureFixture, face: str
) -> None:
    """A fresh server cannot be told from a restarted one: the first seed waits until it has been up for
    lock_ttl + 1 s, with one clear warning per wait; a counter that exists is never delayed."""
    from lighter.stores import RedisNonceStore

    redis_server.restart()  # up for well under a second now
    store = RedisNonceStore.from_url(redis_server.url, network="local", lock_ttl=0.5)
    try:
        with caplog.at_level("WARNING", logger="lighter.stores"):
            if face == "blocking":
                store.set(ACCOUNT, 3, 7)
            else:
                asyncio.run(store.set_async(ACCOUNT, 3, 7))
        uptime = store.conn.client.info("server")["uptime_in_seconds"]
        assert uptime >= store.lock_ttl + 1  # the counter was seeded only after the grace
        graces = [r.getMessage() for r in caplog.records if r.getMessage().startswith("restart grace")]
        assert graces and all("no nonce for account" in m and "lock_ttl + 1 = 1.5 s" in m for m in graces)
        caplog.clear()
        with caplog.at_level("WARNING", logger="lighter.stores"), store.hold(ACCOUNT, 3):
            assert store.reserve(ACCOUNT, 3, 1) == 7
        assert not caplog.records
    finally:
        store.close()


def test_async_holds_wait_without_blocking_the_loop(make_store: Any) -> None:
    """While `a` holds the key, `b` waits for it in another task and the loop keeps serving a ticker; only
    the ticker's progress makes `a` release. A `hold_async` that blocked the loop would sit in b's wait
    until its 3 s lock_timeout and fail with StoreError, with the ticker stuck at 0."""
    a, b = make_store(), make_store(lock_timeout=3.0)
    a.set(ACCOUNT, 3, 0)
    order: list[str] = []

    async def main() -> tuple[int, bool, list[BaseException | None]]:
        ticks = 0
        b_started = asyncio.Event()

        async def b_takes_the_key() -> None:
            b_started.set()
            async with b.hold_async(ACCOUNT, 3):
                order.append(f"b:{await b.reserve_async(ACCOUNT, 3, 1)}")

        async with a.hold_async(ACCOUNT, 3):
            order.append(f"a:{await a.reserve_async(ACCOUNT, 3, 1)}")
            task = asyncio.create_task(b_takes_the_key())
            await b_started.wait()
            for _ in range(20):
                await asyncio.sleep(0.01)
                ticks += 1
            b_done_while_a_held = task.done()
        outcome = await asyncio.wait_for(asyncio.gather(task, return_exceptions=True), 10)
        return ticks, b_done_while_a_held, outcome

    ticks, b_done_early, outcome = asyncio.run(main())
    assert not b_done_early, f"b finished while a held the key: {outcome}"
    assert outcome == [None]
    assert ticks == 20
    assert order == ["a:0", "b:1"]
