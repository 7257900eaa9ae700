"""Secrets kept out of sight: one way to show a URL (`mask_url`), one wrapper for secret strings (`Secret`).

Every URL the SDK shows (a client's repr, an error message, a log line, the CLI's stderr, a store's repr)
goes through `mask_url`, which hides the userinfo's password and the values of query parameters that
carry credentials. Keys and tokens travel as `Secret`, whose repr and str are masked, so debuggers and
tracebacks rendered with locals show ``Secret('***')``; `Secret.reveal` hands the value to the code that
signs or sends it, at the last moment.
"""

from __future__ import annotations

from urllib.parse import unquote, urlsplit, urlunsplit

MASK = "***"
# query (and fragment) parameters whose values are credentials, matched as parts of the lowercased name
SECRET_PARAMS = ("pass", "pwd", "token", "auth", "secret", "signature", "apikey", "api_key", "private")


def _masked_params(text: str) -> str:
    if "=" not in text:
        return text
    out = []
    for pair in text.split("&"):
        name, eq, value = pair.partition("=")
        if eq and value and any(word in unquote(name).lower() for word in SECRET_PARAMS):
            value = MASK
        out.append(name + eq + value)
    return "&".join(out)


def mask_url(url: object) -> str:
    """`url` as text fit to show: the userinfo's password (or a bare userinfo, which may be a token) and the
    values of credential-like query parameters (``password``, ``token``, ``auth``...) become ``***``."""
    text = str(url)
    try:
        parts = urlsplit(text)
    except ValueError:
        return "<unparsable URL>"
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, host = netloc.rpartition("@")
        user, colon, _ = userinfo.partition(":")
        netloc = f"{user}:{MASK}@{host}" if colon else f"{MASK}@{host}"
    return urlunsplit(
        (parts.scheme, netloc, parts.path, _masked_params(parts.query), _masked_params(parts.fragment))
    )


def url_secrets(url: str) -> list[str]:
    """The secret values `mask_url` hides in `url` (to scrub them from a third party's error text)."""
    try:
        parts = urlsplit(url)
        found = [parts.password] if parts.password else []
    except ValueError:
        return []
    for text in (parts.query, parts.fragment):
        for pair in text.split("&"):
            name, _, value = pair.partition("=")
            if value and any(word in unquote(name).lower() for word in SECRET_PARAMS):
                found += [value, unquote(value)]
    return sorted(set(found), key=len, reverse=True)


class Secret:
    """A secret string (an Ethereum key, an API key, an auth token) whose repr, str and format are masked.

    Held instead of the bare string so that ``repr(vars(client))``, debuggers, tracebacks with locals
    and careless f-strings never show it; ``reveal()`` hands the value to the code that signs with it.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The secret itself (for signing and sending only: never log or print it)."""
        return self._value

    def __repr__(self) -> str:
        return f"Secret('{MASK}')"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self)

    def __eq__(self, other: object) -> bool:
        import hmac  # rarely needed: kept out of `import lighter`

        return isinstance(other, Secret) and hmac.compare_digest(self._value, other._value)

    def __hash__(self) -> int:
        return hash((Secret, self._value))

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("a Secret is not picklable (it would write the secret out)")


def reveal(value: str | Secret) -> str:
    """The plain string of a secret given either bare or wrapped."""
    return value.reveal() if isinstance(value, Secret) else value
