"""Bounded event queues between the socket thread and consumers.

Overflow policy (the socket thread never waits for a consumer):

* ``"drop_oldest"`` (default): when the queue is full, the oldest queued event is discarded;
* ``"drop_newest"``: the incoming event is discarded.

Either way the consumer's next read returns an :class:`~lighter.ws.events.OverflowEvent` with the number
of events dropped since the last report, before the remaining events. Dropping events never corrupts the
order books or account states: those are updated on the socket thread before events are queued.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable

from lighter.ws.events import Event, OverflowEvent

POLICIES = ("drop_oldest", "drop_newest")


class _Closed(Exception):
    """Raised by get() once the queue is closed and drained."""


class _Bounded:
    """The shared bookkeeping: a deque, a bound, a policy and a dropped counter (callers hold the lock)."""

    def __init__(self, maxsize: int, policy: str) -> None:
        if maxsize < 1:
            raise ValueError(f"queue size must be >= 1, got {maxsize}")
        if policy not in POLICIES:
            raise ValueError(f"overflow policy must be one of {POLICIES}, got {policy!r}")
        self.maxsize = maxsize
        self.policy = policy
        self.items: deque[Event] = deque()
        self.dropped = 0
        self.total_dropped = 0
        self.closed = False

    def push(self, events: Iterable[Event]) -> int:
        items = self.items
        dropped = 0
        for event in events:
            if len(items) >= self.maxsize:
                dropped += 1
                if self.policy == "drop_newest":
                    continue
                items.popleft()
            items.append(event)
        self.dropped += dropped
        self.total_dropped += dropped
        return dropped

    def pop(self) -> Event:
        if self.dropped:
            report = OverflowEvent(dropped=self.dropped)
            self.dropped = 0
            return report
        return self.items.popleft()

    def ready(self) -> bool:
        return bool(self.items) or self.dropped > 0


def _close(q: _Bounded) -> int:
    q.closed = True
    return 0


class _Queue:
    """What both queues share: the bounded bookkeeping behind their own lock."""

    def __init__(self, maxsize: int, policy: str) -> None:
        self._q = _Bounded(maxsize, policy)

    @property
    def total_dropped(self) -> int:
        """Events dropped since creation."""
        return self._q.total_dropped


class EventQueue(_Queue):
    """A thread-safe bounded queue; :meth:`put_many` never blocks."""

    def __init__(self, maxsize: int = 10_000, policy: str = "drop_oldest") -> None:
        super().__init__(maxsize, policy)
        self._cond = threading.Condition(threading.Lock())

    def put_many(self, events: list[Event]) -> int:
        """Queue events (from the socket thread); returns how many were dropped."""
        with self._cond:
            if self._q.closed:
                return 0
            dropped = self._q.push(events)
            self._cond.notify_all()  # several readers (an iterator and a wait_for) may be waiting
        return dropped

    def get(self, timeout: float | None = None) -> Event | None:
        """The next event, or None on timeout. Raises ``_Closed`` once closed and drained."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            while not self._q.ready():
                if self._q.closed:
                    raise _Closed
                if deadline is None:
                    self._cond.wait()
                else:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        return None
                    self._cond.wait(left)
            return self._q.pop()

    def get_batch(self, limit: int = 256) -> list[Event]:
        """Wait for at least one event and return up to ``limit``. Raises ``_Closed`` when done."""
        with self._cond:
            while not self._q.ready():
                if self._q.closed:
                    raise _Closed
                self._cond.wait()
            out: list[Event] = []
            while self._q.ready() and len(out) < limit:
                out.append(self._q.pop())
            return out

    def close(self) -> None:
        """No more events: consumers drain what is queued, then stop."""
        with self._cond:
            self._q.closed = True
            self._cond.notify_all()


class AsyncEventQueue(_Queue):
    """A bounded queue fed from any thread and read by coroutines on one event loop."""

    def __init__(
        self, loop: asyncio.AbstractEventLoop, maxsize: int = 10_000, policy: str = "drop_oldest"
    ) -> None:
        super().__init__(maxsize, policy)
        self._loop = loop
        self._lock = threading.Lock()
        self._waiters: set[asyncio.Future[None]] = set()  # every waiting reader is woken; losers wait again
        self._wakeup_scheduled = False

    def put_many(self, events: list[Event]) -> int:
        """Queue events from any thread; wakes the loop at most once per batch."""
        return self._change(lambda q: q.push(events))

    def close(self) -> None:
        """No more events; waiting readers finish once the queue is drained."""
        self._change(_close)

    def _change(self, change: Callable[[_Bounded], int]) -> int:
        """Apply ``change`` under the lock (not once closed); wake the loop unless a wake-up is pending."""
        with self._lock:
            if self._q.closed:
                return 0
            result = change(self._q)
            schedule = not self._wakeup_scheduled
            self._wakeup_scheduled = True
        if schedule:
            try:
                self._loop.call_soon_threadsafe(self._wake)
            except RuntimeError:  # the loop is closed
                pass
        return result

    def _wake(self) -> None:
        with self._lock:
            self._wakeup_scheduled = False
        for waiter in self._waiters:
            if not waiter.done():
                waiter.set_result(None)

    async def get(self) -> Event:
        """The next event. Raises ``_Closed`` once closed and drained."""
        while True:
            with self._lock:
                if self._q.ready():
                    return self._q.pop()
                if self._q.closed:
                    raise _Closed
            waiter = self._loop.create_future()
            self._waiters.add(waiter)
            try:
                # Re-check: an event may have arrived between the check and installing the waiter.
                with self._lock:
                    ready = self._q.ready() or self._q.closed
                if not ready:
                    await waiter
            finally:
                self._waiters.discard(waiter)
