"""Where lighter's loggers come from: ``log = get_logger("lighter.<area>")``.

Getting a logger here first puts a ``logging.NullHandler`` on the ``lighter`` logger (the library
convention: lighter's records reach your handlers when you configure logging, and nothing is printed
when you do not). That handler is the only change to logging state made by importing lighter; it is
made by the first module that logs rather than by ``import lighter``, which does not import ``logging``.
``LIGHTER_LOG`` / ``LIGHTER_LOG_FORMAT`` (`lighter._log`) add a stderr handler on request.
"""

from __future__ import annotations

import logging

ROOT = "lighter"

_root = logging.getLogger(ROOT)
if not any(isinstance(handler, logging.NullHandler) for handler in _root.handlers):
    _root.addHandler(logging.NullHandler())


def get_logger(name: str = ROOT) -> logging.Logger:
    """The logger `name`, which must be ``lighter`` or below it (``lighter.ws``, ``lighter.stores``...)."""
    if name != ROOT and not name.startswith(ROOT + "."):
        raise ValueError(f"lighter's loggers live under {ROOT!r}, not {name!r}")
    return logging.getLogger(name)
