"""Log configuration from ``LIGHTER_LOG`` / ``LIGHTER_LOG_FORMAT``, applied lazily and only to ``lighter``.

Importing lighter changes nothing global beyond the ``NullHandler`` on the ``lighter`` logger
(`lighter._loggers`). The first client constructed (`Lighter`, `AsyncLighter`, `WsClient`,
`AsyncWsClient`), the ``lighter`` command, or an explicit :func:`configure_logging` reads the environment
once:

- ``LIGHTER_LOG=debug|info|warning|error`` sets the level of the ``lighter`` logger and gives it one stderr
  handler of its own (nothing is set up when the variable is absent: the application's logging rules);
- ``LIGHTER_LOG_FORMAT=json`` makes that handler write one JSON object per line with the stable keys
  ``time``, ``level``, ``logger``, ``event`` and, when known, ``operation``, ``tx_type``, ``nonce``,
  ``market``, ``session`` (the same context as the spans).

Context comes from a record's ``extra=`` or from `lighter._telemetry.LOG_CONTEXT`, which the telemetry
observer fills while a request or transaction runs. Every line goes through :func:`redact` (URLs lose
their query and user info, auth tokens and long hex strings are masked).
"""

from __future__ import annotations

import datetime
import json
import logging
import os
import re
from collections.abc import Mapping
from typing import Any

from lighter._loggers import get_logger
from lighter._telemetry import LOG_CONTEXT

LOG_VAR = "LIGHTER_LOG"
FORMAT_VAR = "LIGHTER_LOG_FORMAT"
LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING, "error": logging.ERROR}
CONTEXT_KEYS = ("operation", "tx_type", "nonce", "market", "session")

_configured = False
_handler: logging.Handler | None = None

# auth tokens ("deadline:account:key:hexsig"), any long hex run (keys, signatures), URL query strings and
# user info: nothing a log line needs, all of it possibly secret. Stricter than `_secrets.mask_url` on
# purpose: a log line drops every query string and userinfo found anywhere in free text, where mask_url
# keeps a known URL readable and hides only credential-like values.
_TOKEN = re.compile(r"\b\d+:\d+:\d+:[0-9a-fA-F]{16,}")
_LONG_HEX = re.compile(r"\b(0x)?[0-9a-fA-F]{64,}\b")
_URL_SECRETS = re.compile(r"(\b[a-z][a-z0-9+.-]*://)([^/\s:@]+(:[^/\s@]*)?@)?([^\s?#]*)(\?[^\s#]*)?", re.I)


def _mask_url(match: re.Match[str]) -> str:
    user = "***@" if match.group(2) else ""
    query = "?***" if match.group(5) else ""
    return f"{match.group(1)}{user}{match.group(4)}{query}"


def redact(text: str) -> str:
    """`text` without auth tokens, long hex strings, URL user info or URL query strings."""
    text = _TOKEN.sub("***token***", text)
    text = _LONG_HEX.sub("***", text)
    return _URL_SECRETS.sub(_mask_url, text)


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, event, the known context keys, and any error."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as one line of JSON, secrets masked."""
        out: dict[str, Any] = {
            "time": datetime.datetime.fromtimestamp(record.created, datetime.timezone.utc).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": redact(record.getMessage()),
        }
        context = LOG_CONTEXT.get() or {}
        for key in CONTEXT_KEYS:
            value = record.__dict__.get(key, context.get(key))
            if value is not None:
                out[key] = value if isinstance(value, (int, float, bool)) else redact(str(value))
        if record.exc_info:
            out["error"] = redact(self.formatException(record.exc_info))
        return json.dumps(out, default=str)


class _RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        """The usual text line, secrets masked."""
        return redact(super().format(record))


def configure_logging(environ: Mapping[str, str] | None = None, *, force: bool = False) -> bool:
    """Apply ``LIGHTER_LOG`` / ``LIGHTER_LOG_FORMAT`` to the ``lighter`` logger (once; `force` re-reads).

    Returns True when a handler was installed. Touches the ``lighter`` logger only, never the root."""
    global _configured, _handler
    if _configured and not force:
        return _handler is not None
    _configured = True
    env = os.environ if environ is None else environ
    level_name = (env.get(LOG_VAR) or "").strip().lower()
    logger = get_logger()
    if _handler is not None:
        logger.removeHandler(_handler)
        logger.propagate = True
        _handler = None
        _want_log_context(False)
    if not level_name:
        return False
    level = LEVELS.get(level_name)
    if level is None:
        logger.warning("%s=%r is not one of %s; ignored", LOG_VAR, level_name, ", ".join(LEVELS))
        return False
    handler = logging.StreamHandler()
    json_format = (env.get(FORMAT_VAR) or "").strip().lower() == "json"
    handler.setFormatter(
        JsonFormatter()
        if json_format
        else _RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    )
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False  # one line per record, not one more through the application's root handlers
    _handler = handler
    if json_format:
        _want_log_context(True)
    return True


def _want_log_context(wanted: bool) -> None:
    from lighter.telemetry import keep_log_context

    keep_log_context(wanted)


def configure_once() -> None:
    """What client constructors call: a no-op after the first time."""
    if not _configured:
        configure_logging()
