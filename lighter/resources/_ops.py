"""Every generated REST operation, reachable from both faces without handwriting any of them.

The registry lists ``lighter_generated/api/<tag>/<operation>.py`` from the file system (no import), and
imports an operation module on first use. A call builds the request with the module's ``_get_kwargs``,
sends it through the client's own httpx client (pacing, retries, typed errors), and parses it with the
module's ``_build_response``. Operations that take an ``authorization`` parameter get the client's
auth token automatically. A regenerated spec brings new operations with no change here.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from types import ModuleType, SimpleNamespace
from typing import Any

from lighter._errors import APIResponseValidationError, MissingCredentialsError, make_status_error
from lighter._secrets import Secret

GENERATED_PACKAGE = "lighter_generated"
GENERATED_CLIENT = SimpleNamespace(raise_on_unexpected_status=False)  # all `_build_response` reads


@dataclass(frozen=True)
class Operation:
    """One generated operation: its tag, its name and (lazily) its module."""

    tag: str
    name: str
    module_name: str

    @cached_property
    def module(self) -> ModuleType:
        """The generated module (imported on first use)."""
        return importlib.import_module(self.module_name)

    @cached_property
    def parameters(self) -> frozenset[str]:
        """Names accepted by the operation (those of ``_get_kwargs``)."""
        return frozenset(inspect.signature(self.module._get_kwargs).parameters)

    @cached_property
    def auth(self) -> str | None:
        """ "required", "optional" or None: how the operation takes an ``authorization`` header."""
        param = inspect.signature(self.module._get_kwargs).parameters.get("authorization")
        if param is None:
            return None
        return "required" if param.default is inspect.Parameter.empty else "optional"


class Registry:
    """Operations by name and by tag, discovered from the generated package's files."""

    def __init__(self, package: str = GENERATED_PACKAGE) -> None:
        self.package = package

    @cached_property
    def _ops(self) -> dict[str, Operation]:
        try:
            api = importlib.import_module(f"{self.package}.api")
        except ImportError:
            return {}
        ops: dict[str, Operation] = {}
        for tag in pkgutil.iter_modules(api.__path__):
            if not tag.ispkg:
                continue
            tag_pkg = importlib.import_module(f"{self.package}.api.{tag.name}")
            for mod in pkgutil.iter_modules(tag_pkg.__path__):
                if mod.ispkg or mod.name.startswith("_"):
                    continue
                ops.setdefault(
                    mod.name, Operation(tag.name, mod.name, f"{self.package}.api.{tag.name}.{mod.name}")
                )
        return ops

    def names(self) -> list[str]:
        """Every operation name."""
        return sorted(self._ops)

    def tags(self) -> list[str]:
        """Every tag (module folder)."""
        return sorted({op.tag for op in self._ops.values()})

    def in_tag(self, tag: str) -> list[str]:
        """Operation names of one tag."""
        return sorted(name for name, op in self._ops.items() if op.tag == tag)

    def get(self, name: str) -> Operation:
        """An operation by name; AttributeError names close matches."""
        op = self._ops.get(name)
        if op is None:
            import difflib

            close = difflib.get_close_matches(name, self._ops, n=3)
            extra = f"; did you mean {', '.join(close)}?" if close else ""
            if not self._ops:
                extra = f" ({self.package} is not installed or has no operations)"
            raise AttributeError(f"no REST operation named {name!r}{extra}")
        return op


REGISTRY = Registry()


def prepare(op: Operation, kwargs: dict[str, Any], token: Callable[[], Secret | None]) -> dict[str, Any]:
    """The request kwargs for httpx, with the auth token added where the operation takes one.

    The token stays a `Secret` in every dict here (tracebacks with locals show it masked); an httpx auth
    hook writes it into the request as it is sent.
    """
    if op.auth is not None and kwargs.get("authorization") is None:
        value = token()
        if value is not None:
            kwargs["authorization"] = value
        elif op.auth == "required":
            raise MissingCredentialsError(
                f"{op.name} needs an auth token: build the client with account_index, api_key_index and "
                "api_private_key, or pass authorization=..."
            )
        else:
            kwargs.pop("authorization", None)
    unknown = set(kwargs) - op.parameters
    if unknown:
        raise TypeError(
            f"{op.name}() got unexpected arguments {sorted(unknown)}; it takes {sorted(op.parameters)}"
        )
    request: dict[str, Any] = op.module._get_kwargs(**kwargs)
    secrets = {
        (part, name): value
        for part in ("headers", "params")
        for name, value in (request.get(part) or {}).items()
        if isinstance(value, Secret)
    }
    if secrets:
        for part, name in secrets:
            del request[part][name]
        from lighter._http import SecretAuth  # httpx stays out of `import lighter`

        request["auth"] = SecretAuth(secrets)
    return request


SHAPE_HINT = (
    "the exchange sent a shape openapi.yaml does not describe; if its API changed, update openapi.yaml and "
    "run scripts/generate"
)


def describe_parse_failure(exc: BaseException) -> str:
    """What a generated ``from_dict`` failed on, e.g. ``Trade is missing required field 'timestamp' (in
    Trades.trades > Trade)``, read from the traceback: the generated models raise a bare KeyError (missing
    required field) or TypeError/ValueError (wrong JSON type), which name the field but not the model."""
    path: list[str] = []
    tb = exc.__traceback__
    while tb is not None:
        frame = tb.tb_frame
        if frame.f_globals.get("__name__", "").startswith(f"{GENERATED_PACKAGE}."):
            name = frame.f_code.co_name
            if name == "from_dict":
                cls = frame.f_locals.get("cls")
                if isinstance(cls, type):
                    path.append(cls.__name__)
            elif name.startswith("_parse_") and path:  # nullable/optional properties parse in a helper
                path[-1] += "." + name[len("_parse_") :]
        tb = tb.tb_next
    model = path[-1].split(".")[0] if path else None
    if isinstance(exc, KeyError) and exc.args:
        what = f"missing required field {exc.args[0]!r}"
    else:
        what = f"{type(exc).__name__}: {exc}"
    if model is None:
        return what
    where = f" (in {' > '.join(path)})" if len(path) > 1 else ""
    return f"{model}: {what}{where}"


def parse(op: Operation, generated_client: Any, response: Any, *, as_json: bool = False) -> Any:
    """Parse a 2xx response with the generated builder; raise typed errors for error bodies.

    ``as_json``: the JSON body instead (result code checked), for readers that convert it themselves
    (the pagers: read models straight from JSON, without building generated models first).
    """
    if as_json:
        from lighter._http import check_result_code, json_body

        return check_result_code(json_body(response), response)
    try:
        built = op.module._build_response(client=generated_client, response=response)
    except Exception as exc:  # the generated from_dict raises KeyError/TypeError/ValueError on odd shapes
        raise APIResponseValidationError(
            f"{op.name}: the answer does not match the API description: {describe_parse_failure(exc)}",
            status_code=response.status_code,
            hint=SHAPE_HINT,
        ) from exc
    parsed = built.parsed
    if parsed is None:
        raise APIResponseValidationError(
            f"{op.name}: the answer could not be parsed", status_code=response.status_code
        )
    code = getattr(parsed, "code", None)
    if type(parsed).__name__ == "ResultCode" or (isinstance(code, int) and code not in (0, 200)):
        if isinstance(code, int) and code not in (0, 200):
            raise make_status_error(response.status_code, response.content, url=str(response.request.url))
    return parsed
