"""Sans-I/O flows and their two drivers: a decision written once serves the blocking and the asyncio face.

A flow is a generator that yields the I/O it needs and receives the result (as httpx's ``Auth.auth_flow``
does). `run` performs each step with a blocking call, `arun` by awaiting, both through one function given
by the face (the client's typed steps, `lighter._client.flows`); `drive`/`adrive` do named steps
``(operation, arguments)`` on an object with one method per operation (``io.reserve(*args)``). An
exception raised by a step is thrown into the flow at the ``yield`` that asked for it, so the flow's
``try``/``except`` see it as in plain code. Flows hold no locks and never sleep themselves: that is the
driver's I/O.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator
from typing import Any, TypeVar

R = TypeVar("R")

Step = tuple[str, tuple[Any, ...]]
"""What a flow needs done: the name of an operation of the face's I/O object and its arguments."""

Flow = Generator[Step, Any, R]


def step(operation: str, *args: Any) -> Step:
    """The step ``io.<operation>(*args)``."""
    return operation, args


def run(flow: Generator[Any, Any, R], perform: Callable[[Any], Any]) -> R:
    """Run `flow` to its end with blocking I/O: each step it yields is done by ``perform(step)``."""
    reply: Any = None
    error: BaseException | None = None
    while True:
        try:
            todo = flow.send(reply) if error is None else flow.throw(error)
        except StopIteration as done:
            result: R = done.value
            return result
        try:
            reply, error = perform(todo), None
        except BaseException as exc:  # handed to the flow, which re-raises what it does not handle
            reply, error = None, exc


async def arun(flow: Generator[Any, Any, R], perform: Callable[[Any], Awaitable[Any]]) -> R:
    """Run `flow` to its end on the event loop: each step it yields is done by ``await perform(step)``."""
    reply: Any = None
    error: BaseException | None = None
    while True:
        try:
            todo = flow.send(reply) if error is None else flow.throw(error)
        except StopIteration as done:
            result: R = done.value
            return result
        try:
            reply, error = await perform(todo), None
        except BaseException as exc:  # handed to the flow, which re-raises what it does not handle
            reply, error = None, exc


def drive(flow: Flow[R], io: Any) -> R:
    """`run` with named steps: each step is ``getattr(io, operation)(*args)``."""
    return run(flow, lambda todo: getattr(io, todo[0])(*todo[1]))


async def adrive(flow: Flow[R], io: Any) -> R:
    """`arun` with named steps: each step is ``await getattr(io, operation)(*args)``."""
    return await arun(flow, lambda todo: getattr(io, todo[0])(*todo[1]))
