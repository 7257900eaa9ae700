"""The one seam between the hot paths and telemetry: a module attribute that is None while everything is off.

The REST transport, the transaction path, the auth-token cache and the WebSocket core read
``_telemetry.observer`` once per call and do nothing more when it is None, so telemetry costs one attribute
load when off. `lighter.telemetry.enable` (or ``LIGHTER_LOG_FORMAT=json``) installs an
`lighter.telemetry._observer.Observer`; its methods never raise and never block on an exporter.

`LOG_CONTEXT` is the other half of the seam: the observer puts the running request's or transaction's
context there (operation, tx_type, nonce, market, session), and `lighter._log`'s JSON lines read it.
This module imports nothing of lighter, so every layer may import it.
"""

from __future__ import annotations

import contextvars
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from lighter.telemetry._observer import Observer

observer: Observer | None = None

LOG_CONTEXT: contextvars.ContextVar[Mapping[str, Any] | None] = contextvars.ContextVar(
    "lighter_log_context", default=None
)
