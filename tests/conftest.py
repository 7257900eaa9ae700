"""Root test configuration.

Registers the local exchange fixtures: local_exchange, local_exchange_session, onboard_account.
"""

pytest_plugins = ["lighter.testing.pytest_plugin"]
