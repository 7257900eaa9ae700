"""Every generated REST operation, reachable from both faces without handwriting any of them.

The registry lists ``lighter_generated/api/<tag>/<operation>.py`` from the file system (no import), and
imports an operation module on first use. Each face calls the module's public ``sync_detailed`` /
``asyncio_detailed`` with the generated `Client` composed over its own httpx client (pacing, retries,
typed errors): see `lighter._client.rest`. Operations that take an ``authorization`` parameter get the
client's auth token automatically. A regenerated spec brings new operations with no change here.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from dataclasses import dataclass
from functools import cached_property
from types import ModuleType

GENERATED_PACKAGE = "lighter_generated"


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
    def _signature(self) -> dict[str, inspect.Parameter]:
        params = dict(inspect.signature(self.module.sync_detailed).parameters)
        params.pop("client", None)
        return params

    @cached_property
    def parameters(self) -> frozenset[str]:
        """Names accepted by the operation (those of its ``sync_detailed``, but the client)."""
        return frozenset(self._signature)

    @cached_property
    def auth(self) -> str | None:
        """ "required", "optional" or None: how the operation takes an ``authorization`` header."""
        param = self._signature.get("authorization")
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
