"""The version of lighter-client, in one place: ``pyproject.toml`` reads it, ``lighter.__version__`` shows it.

A module of its own so that code inside the package (the CLI's ``--version``, the tracer's name) never
imports the package ``lighter`` itself (tests/test_architecture.py).
"""

__version__ = "0.1.0"
