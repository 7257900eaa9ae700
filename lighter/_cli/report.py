"""How a failed command says so: one line on stderr, or one JSON object with ``--json``.

Its own small module so every command (and ``lighter sim --fund``) reports the same way without
importing the ``lighter`` command itself.
"""

from __future__ import annotations

from typing import IO


def report_error(stderr: IO[str], exc: BaseException, code: int, message: str, *, as_json: bool) -> None:
    """One line on stderr: ``lighter: error: ...``, or with ``--json`` one JSON object
    ``{"error", "code", "hint", "exit_code", "type"}`` (``code``: usage, refused, network, missing_extra)."""
    if as_json:
        import json

        from lighter._cli.hints import error_document

        stderr.write(json.dumps(error_document(exc, code, message)) + "\n")
    else:
        colour = _use_colour(stderr)
        head = "\x1b[31mlighter: error: \x1b[0m" if colour else "lighter: error: "
        stderr.write(head + message + "\n")
    stderr.flush()


def _use_colour(stream: IO[str]) -> bool:
    from lighter._cli.output import use_colour

    return use_colour(stream)
