"""Errors of the shared stores. Messages name the server with its password masked, never the secret."""

from __future__ import annotations

from lighter._errors import ConfigError, LighterError, NonceError


class StoreError(LighterError):
    """A shared store (Redis) could not do what was asked."""


class StoreConfigError(StoreError, ConfigError):
    """The store URL or options are malformed (unknown scheme, bad port, bad TTL...)."""


class StoreUnavailableError(StoreError):
    """The store cannot be reached (refused, reset, timed out), at start or mid-run after retrying.

    Nothing was signed for the call that raised it: take the error as "try again later".
    """


class StoreAuthenticationError(StoreError):
    """The store refused the credentials in the URL (wrong password or user, or none given)."""


class LockLostError(StoreError, NonceError):
    """This worker's hold on an API key expired or was taken over; it must not use nonces it reserved."""


class KeyLeaseUnavailableError(StoreError):
    """Every API key asked for is leased by another worker."""
