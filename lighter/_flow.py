"""Sans-I/O flows and their two drivers: a decision written once serves the blocking and the asyncio face.

A flow is a generator that yields the I/O it needs as a `Step` ``(operation, arguments)`` and receives the
result (as httpx's ``Auth.auth_flow`` does). `drive` performs each step with a blocking call, `adrive` by
awaiting; each face passes an object with one method per operation (``io.reserve(*args)``). An exception
raised by a step is thrown into the flow at the ``yield`` that asked for it, so the flow's ``try``/``except``
see it as in plain code. Flows hold no locks and never sleep themselves: that is the driver's I/O.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any, TypeVar

R = TypeVar("R")

Step = tuple[str, tuple[Any, ...]]
"""What a flow needs done: the name of an operation of the face's I/O object and its arguments."""

Flow = Generator[Step, Any, R]


def step(operation: str, *args: Any) -> Step:
    """The step ``io.<operation>(*args)``."""
    return operation, args


class _Stepper:
    """Resumes a flow with the last step's result or exception; `done` once it has returned."""

    __slots__ = ("error", "flow", "result", "value")

    def __init__(self, flow: Flow[Any]) -> None:
        self.flow = flow
        self.value: Any = None
        self.error: BaseException | None = None
        self.result: Any = None

    def next(self) -> Step | None:
        """The next step, or None when the flow has returned (its value is then `result`)."""
        error, self.error = self.error, None
        try:
            return self.flow.send(self.value) if error is None else self.flow.throw(error)
        except StopIteration as done:
            self.result = done.value
            return None


def drive(flow: Flow[R], io: Any) -> R:
    """Run `flow` to its end with blocking I/O: each step is ``getattr(io, operation)(*args)``."""
    stepper = _Stepper(flow)
    while (todo := stepper.next()) is not None:
        try:
            stepper.value = getattr(io, todo[0])(*todo[1])
        except BaseException as exc:  # handed to the flow, which re-raises what it does not handle
            stepper.error = exc
    result: R = stepper.result
    return result


async def adrive(flow: Flow[R], io: Any) -> R:
    """Run `flow` to its end on the event loop: each step is ``await getattr(io, operation)(*args)``."""
    stepper = _Stepper(flow)
    while (todo := stepper.next()) is not None:
        try:
            stepper.value = await getattr(io, todo[0])(*todo[1])
        except BaseException as exc:  # handed to the flow, which re-raises what it does not handle
            stepper.error = exc
    result: R = stepper.result
    return result
