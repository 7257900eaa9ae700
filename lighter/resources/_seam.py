"""What the read areas need from a client face (`Reader`); trading's needs are `trading.Desk`.

A face hands its areas an object of this shape (`lighter._client.seams.Reads`): on `Lighter` the calls
return values, on `AsyncLighter` awaitables (and async iterators for pages). The areas never see the
client itself, so they import nothing from it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # pragma: no cover
    from lighter.resources._paging import Pager


class Reader(Protocol):
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

    def pages(self, pager: Pager, market: int | str | None, *, collect: bool) -> Any:
        """Every item of a pager: a list with `collect`, else an iterator (async on `AsyncLighter`)."""
        ...
