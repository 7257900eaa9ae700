"""What the read areas need from a client face (`Reader`); trading's needs are `trading.Desk`.

A face hands its areas an object of this shape (`lighter._client.seams.Reads`): on `Lighter` the calls
return values, on `AsyncLighter` awaitables (and async iterators for pages). The areas never see the
client itself, so they import nothing from it.

Each read is written once, with the type it has on `Lighter`; `read` / `stream` give it its type on
`AsyncLighter` (an awaitable, an async iterator) from the area's face (``Orders[Awaiting]``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import MethodType
from typing import Any, Concatenate, Generic, ParamSpec, Protocol, TypeVar, overload


class Paging(Protocol):
    """A pager (`lighter.resources._paging`): the requests of the next page, then its items."""

    auth: bool
    as_json: bool

    def next_request(self) -> tuple[str, dict[str, Any]] | None:
        """The (operation, parameters) of the next page, or None when there is none."""

    def feed(self, answer: Any) -> list[Any]:
        """The items of one page's answer."""

    def bind_market(self, index: int) -> None:
        """Restrict the pages to one market."""


class Reader(Protocol):
    """What a read area needs from its face."""

    def require_account(self) -> int:
        """The client's account index (`MissingCredentialsError` without one)."""
        ...

    def default_api_key(self) -> int:
        """The API key the client signs with by default."""
        ...

    def call(
        self,
        name: str,
        params: dict[str, Any],
        *,
        market: int | str | None = None,
        market_param: str | None = None,
        as_json: bool = False,
        auth: bool = True,
    ) -> Any:
        """The generated operation `name` with `params` (the auth token added where it takes one);
        `market` (symbol or index) is sent as the index under `market_param`; `as_json`: the JSON body."""
        ...

    def then(self, value: Any, fn: Callable[[Any], Any]) -> Any:
        """`fn` of what `call` returned, once it is there."""
        ...

    def pages(self, pager: Paging, market: int | str | None, *, collect: bool) -> Any:
        """Every item of a pager: a list with `collect`, else an iterator (async on `AsyncLighter`)."""
        ...


class Blocking:
    """The face of `Lighter`: an area's reads return values and iterators."""


class Awaiting:
    """The face of `AsyncLighter`: an area's reads return awaitables and async iterators."""


FaceT = TypeVar("FaceT", Blocking, Awaiting)
P = ParamSpec("P")
T = TypeVar("T")


class Faced(Generic[FaceT]):
    """Something written once for both faces, typed per face (``Orders[Blocking]`` on `Lighter`)."""

    def __init__(self, reads: Reader) -> None:
        self._reads = reads


def _describe(descriptor: Any, fn: Callable[..., Any]) -> None:
    """The name, documentation and signature of `fn` on its descriptor (help(), IDEs, `inspect`)."""
    for name in ("__module__", "__name__", "__qualname__", "__doc__"):
        setattr(descriptor, name, getattr(fn, name))
    descriptor.__wrapped__ = fn


class read(Generic[P, T]):  # noqa: N801 - used like a decorator, as `property`
    """A read written once: on `Lighter` it returns `T`, on `AsyncLighter` an awaitable of `T`
    (the `Reader` makes the difference at run time; this gives each face its precise type)."""

    def __init__(self, fn: Callable[Concatenate[Any, P], T]) -> None:
        self.fn = fn
        _describe(self, fn)

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> read[P, T]: ...

    @overload
    def __get__(self, obj: Faced[Blocking], owner: type[Any]) -> Callable[P, T]: ...

    @overload
    def __get__(self, obj: Faced[Awaiting], owner: type[Any]) -> Callable[P, Awaitable[T]]: ...

    def __get__(self, obj: Any, owner: type[Any]) -> Any:
        return self if obj is None else MethodType(self.fn, obj)


class stream(Generic[P, T]):  # noqa: N801
    """A paged read written once: an iterator of `T` on `Lighter`, an async iterator on `AsyncLighter`."""

    def __init__(self, fn: Callable[Concatenate[Any, P], Iterator[T]]) -> None:
        self.fn = fn
        _describe(self, fn)

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> stream[P, T]: ...

    @overload
    def __get__(self, obj: Faced[Blocking], owner: type[Any]) -> Callable[P, Iterator[T]]: ...

    @overload
    def __get__(self, obj: Faced[Awaiting], owner: type[Any]) -> Callable[P, AsyncIterator[T]]: ...

    def __get__(self, obj: Any, owner: type[Any]) -> Any:
        return self if obj is None else MethodType(self.fn, obj)


def listed(iterate: stream[P, T], doc: str) -> read[P, list[T]]:
    """The list form of a paged read: the same arguments; a list (an awaitable of it on `AsyncLighter`)."""

    def collect(self: Any, *args: Any, **kwargs: Any) -> Any:
        return iterate.fn(self, *args, **{**kwargs, "_collect": True})

    collect.__doc__ = doc
    collect.__name__ = collect.__qualname__ = iterate.fn.__name__.removeprefix("iter_")
    collect.__wrapped__ = iterate.fn  # type: ignore[attr-defined]  # the signature help() shows
    return read(collect)
