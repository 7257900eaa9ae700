"""Logging as a library should do it: a NullHandler on ``lighter`` and nothing else until asked;
``LIGHTER_LOG=debug|info`` for quick diagnosis, read by the clients and by the ``lighter`` command."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from lighter._loggers import get_logger


def _run(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("LIGHTER_")}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env={**clean, **env}
    )


def test_import_lighter_does_not_import_logging_and_the_first_logger_brings_the_null_handler() -> None:
    code = (
        "import sys, lighter\n"
        "assert 'logging' not in sys.modules, 'import lighter stays cheap'\n"
        "import logging, lighter.markets\n"
        "handlers = logging.getLogger('lighter').handlers\n"
        "assert [type(h).__name__ for h in handlers] == ['NullHandler'], handlers\n"
        "assert logging.getLogger().handlers == [] and logging.getLogger().level == logging.WARNING\n"
        "assert logging.getLogger('lighter').level == 0 and logging.getLogger('lighter').propagate\n"
        "import lighter._loggers, importlib; importlib.reload(lighter._loggers)\n"
        "assert len(logging.getLogger('lighter').handlers) == 1, 'one NullHandler, however often'\n"
        "logging.getLogger('lighter.ws').warning('nobody configured logging: this goes nowhere')\n"
    )
    done = _run(code)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # the NullHandler keeps Python's last-resort handler quiet


def test_loggers_live_under_lighter() -> None:
    assert get_logger().name == "lighter" and get_logger("lighter.ws").name == "lighter.ws"
    with pytest.raises(ValueError, match="lighter"):
        get_logger("root")


@pytest.mark.parametrize(("level", "shown", "hidden"), [("debug", "DEBUG", ""), ("info", "INFO", "DEBUG")])
def test_lighter_log_sends_lighter_records_to_stderr(level: str, shown: str, hidden: str) -> None:
    code = (
        "import logging\n"
        "from lighter._log import configure_once\n"
        "configure_once()\n"
        "log = logging.getLogger('lighter.nonce')\n"
        "log.debug('resync token 1:2:3:' + 'ab' * 20)\n"
        "log.info('resync done')\n"
        "logging.getLogger('other').warning('not ours')\n"
    )
    done = _run(code, LIGHTER_LOG=level)
    assert done.returncode == 0, done.stderr
    assert f"{shown} lighter.nonce:" in done.stderr
    if hidden:
        assert hidden not in done.stderr
    else:
        assert "***token***" in done.stderr and "ab" * 20 not in done.stderr  # secrets masked
    assert "not ours" in done.stderr  # only lighter's logger is touched: others reach the last resort


def test_a_websocket_client_reads_lighter_log() -> None:
    code = (
        "import logging\n"
        "from lighter.ws import WsClient\n"
        "WsClient('ws://127.0.0.1:9/stream', reconnect=False)\n"  # built, never started
        "import sys\n"
        "sys.stderr.write(str(logging.getLogger('lighter').level))\n"
    )
    done = _run(code, LIGHTER_LOG="info")
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().endswith(str(20))


def test_the_command_reads_lighter_log() -> None:
    code = (
        "import logging, lighter.cli\n"
        "try:\n"
        "    lighter.cli.main(['--version'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "import sys\n"
        "sys.stderr.write(str(logging.getLogger('lighter').level))\n"
    )
    done = _run(code, LIGHTER_LOG="debug")
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().endswith(str(10))
