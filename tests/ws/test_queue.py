"""The event queues between the socket thread and consumers: several readers at once."""

from __future__ import annotations

import asyncio
import threading
import time

from lighter.ws._queue import AsyncEventQueue, EventQueue
from lighter.ws.events import Event, HeightEvent


def height(i: int) -> HeightEvent:
    return HeightEvent(channel="height", snapshot=False, height=i)


def test_an_async_reader_keeps_receiving_after_another_reader_gave_up() -> None:
    async def main() -> list[Event]:
        loop = asyncio.get_running_loop()
        q = AsyncEventQueue(loop, 100)
        got: list[Event] = []

        async def reader() -> None:  # `async for event in ws`
            while True:
                got.append(await q.get())

        task = loop.create_task(reader())
        await asyncio.sleep(0.01)
        try:  # what AsyncWsClient.get(timeout=...) and wait_for do from another task
            await asyncio.wait_for(q.get(), 0.05)
        except asyncio.TimeoutError:
            pass
        for i in range(5):
            threading.Thread(target=q.put_many, args=([height(i)],)).start()
            await asyncio.sleep(0.02)
        task.cancel()
        return got

    assert [e.height for e in asyncio.run(main())] == [0, 1, 2, 3, 4]  # type: ignore[attr-defined]


def test_a_batch_wakes_every_waiting_thread() -> None:
    q = EventQueue(100)
    got: list[Event | None] = []
    readers = [threading.Thread(target=lambda: got.append(q.get(timeout=5))) for _ in range(2)]
    for r in readers:
        r.start()
    time.sleep(0.1)  # both readers are waiting on the condition
    q.put_many([height(1), height(2)])
    for r in readers:
        r.join(timeout=1)
    assert sorted(e.height for e in got if e is not None) == [1, 2]  # type: ignore[attr-defined]
