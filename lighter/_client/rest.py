"""One road per REST endpoint: the generated `lighter_generated.Client`, composed over the face's own
httpx client (pacing, retries, typed errors, bounded bodies), and each operation's public
``sync_detailed`` / ``asyncio_detailed``; the answer is unwrapped here, in one place.

- The auth token never enters the generated call: it gets a placeholder, and `TokenAuth` (the httpx
  client's auth) writes the real token into the request as it is sent.
- `Answer` unwraps: the generated model (a 2xx ``{code, message}`` error body raised as its typed error),
  or for the readers that convert JSON themselves (``as_json``: pagers, trading endpoints) the answer's
  JSON as the exchange sent it, read from the response the httpx client just received (`LAST_RESPONSE`).
  Those readers tolerate what the generated models would refuse; their keys are listed and checked against
  openapi.yaml (see `lighter.models._convert` and ``tests/client/test_tolerant_keys.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

import httpx

from lighter._errors import APIError, APIResponseValidationError, make_status_error
from lighter._secrets import Secret
from lighter.resources._ops import SHAPE_HINT, Operation, describe_parse_failure

if TYPE_CHECKING:  # pragma: no cover
    from lighter._client.flows import Call

TOKEN = "lighter:auth-token"
"""What the generated call carries instead of the auth token (written into the request as it is sent)."""

LAST_RESPONSE: ContextVar[httpx.Response | None] = ContextVar("lighter_last_response", default=None)
"""The response the face's httpx client received last in this thread / task."""


class TokenAuth(httpx.Auth):
    """The face's httpx auth: replaces the `TOKEN` placeholder (header or query) by the auth token."""

    def __init__(self, token: Callable[[], Secret | None]) -> None:
        self._token = token

    def __repr__(self) -> str:
        return "TokenAuth()"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Write the token in, then send (httpx's hook, run for both faces)."""
        in_query = [name for name in ("authorization", "auth") if request.url.params.get(name) == TOKEN]
        if in_query or request.headers.get("authorization") == TOKEN:
            secret = self._token()
            value = secret.reveal() if secret is not None else ""
            if in_query:
                request.url = request.url.copy_merge_params(dict.fromkeys(in_query, value))
            if request.headers.get("authorization") == TOKEN:
                request.headers["authorization"] = value
        yield request


def _remember(response: httpx.Response) -> None:
    LAST_RESPONSE.set(response)


async def _remember_async(response: httpx.Response) -> None:
    LAST_RESPONSE.set(response)


def compose(http: httpx.Client | httpx.AsyncClient, token: Callable[[], Secret | None]) -> Any:
    """The generated `Client` sending through `http` (the face's pool), which writes tokens in and
    remembers each response it receives."""
    from lighter_generated import Client

    http.auth = TokenAuth(token)
    client = Client(base_url=str(http.base_url))
    if isinstance(http, httpx.AsyncClient):
        http.event_hooks["response"].append(_remember_async)
        return client.set_async_httpx_client(http)
    http.event_hooks["response"].append(_remember)
    return client.set_httpx_client(http)


def arguments(step: Call, token: bool) -> dict[str, Any]:
    """The keyword arguments of the operation's generated call: the step's parameters, checked, and the
    token placeholder where the operation takes one (`token`: this client has a token to give)."""
    op, kwargs = step.op, dict(step.params)
    if op.auth is not None and kwargs.get("authorization") is None:
        if step.auth and token:
            kwargs["authorization"] = TOKEN
        elif op.auth == "required" and step.auth:
            from lighter._errors import MissingCredentialsError

            raise MissingCredentialsError(
                f"{op.name} needs an auth token: build the client with account_index, api_key_index and "
                "api_private_key, or pass authorization=..."
            )
        else:
            kwargs.pop("authorization", None)
    elif isinstance(kwargs.get("authorization"), Secret):  # the caller's own token
        kwargs["authorization"] = kwargs["authorization"].reveal()
    unknown = set(kwargs) - op.parameters
    if unknown:
        raise TypeError(
            f"{op.name}() got unexpected arguments {sorted(unknown)}; it takes {sorted(op.parameters)}"
        )
    return kwargs


class Answer:
    """What one generated call gave: set `detailed` inside `reading`, then `value()`."""

    def __init__(self, step: Call) -> None:
        self.step = step
        self.detailed: Any = None

    def value(self) -> Any:
        """The model, or the answer's JSON for a JSON reader (a 2xx error body raised as its error)."""
        from lighter._http import check_result_code, json_body

        response = LAST_RESPONSE.get()
        if self.step.as_json:
            assert response is not None
            return check_result_code(json_body(response), response)
        op, detailed = self.step.op, self.detailed
        parsed = detailed.parsed
        if parsed is None:
            raise APIResponseValidationError(
                f"{op.name}: the answer could not be parsed", status_code=detailed.status_code
            )
        code = getattr(parsed, "code", None)
        if isinstance(code, int) and code not in (0, 200):
            url = str(response.request.url) if response is not None else ""
            raise make_status_error(detailed.status_code, detailed.content, url=url)
        return parsed


@contextmanager
def reading(step: Call) -> Iterator[Answer]:
    """Around a generated call: a body the generated parser refuses is an `APIResponseValidationError`
    naming what failed, except for JSON readers, which read the body themselves (`Answer.value`)."""
    LAST_RESPONSE.set(None)
    answer = Answer(step)
    try:
        yield answer
    except (APIError, httpx.HTTPError):
        raise
    except Exception as exc:  # the generated from_dict raises KeyError/TypeError/ValueError on odd shapes
        if not _while_parsing(exc):
            raise
        response = LAST_RESPONSE.get()
        if not step.as_json or response is None:
            what = describe_parse_failure(exc)
            raise APIResponseValidationError(
                f"{step.op.name}: the answer does not match the API description: {what}",
                status_code=response.status_code if response is not None else None,
                hint=SHAPE_HINT,
            ) from exc


def _while_parsing(exc: BaseException) -> bool:
    """Raised by the generated parser (``_build_response`` on the stack), not on the way out."""
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_name == "_build_response":
            return True
        tb = tb.tb_next
    return False


class Road:
    """One face's road: the generated `Client` composed over its httpx client; `call` / `acall` a step."""

    def __init__(self, http: httpx.Client | httpx.AsyncClient, token: Callable[[], Secret | None]) -> None:
        self.client = compose(http, token)

    def call(self, step: Call, token: bool) -> Any:
        """The blocking road (``sync_detailed``); `token`: the client has an auth token to give."""
        kwargs = arguments(step, token)
        with reading(step) as answer:
            answer.detailed = step.op.module.sync_detailed(client=self.client, **kwargs)
        return answer.value()

    async def acall(self, step: Call, token: bool) -> Any:
        """The asyncio road (``asyncio_detailed``)."""
        kwargs = arguments(step, token)
        with reading(step) as answer:
            answer.detailed = await step.op.module.asyncio_detailed(client=self.client, **kwargs)
        return answer.value()


def operation(name: str) -> Operation:
    """A generated operation by name."""
    from lighter.resources._ops import REGISTRY

    return REGISTRY.get(name)
