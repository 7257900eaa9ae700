"""Lazy public names of a package: each is imported from its module on first use (PEP 562).

A package lists ``{public name: defining module}`` and takes the two module hooks from
:func:`lazy_exports`, so ``import package`` stays cheap and ``dir(package)`` shows the public names.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import Any


def lazy_exports(
    package: str, exports: Mapping[str, str], public: Iterable[str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of ``package``: a name in ``exports`` is imported from its module
    once and kept in the package's namespace; any other name is an AttributeError."""
    names = sorted(public)

    def __getattr__(name: str) -> Any:
        module_name = exports.get(name)
        if module_name is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module_name), name)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        return list(names)

    return __getattr__, __dir__
