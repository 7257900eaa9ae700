"""``lighter stream CHANNEL [PARAMS...]``: print a WebSocket channel as it updates.

``CHANNEL`` is a subscribe address (``trade/0``, ``candle/0/1m``) or a channel kind followed by its
parameters (``order_book ETH``, ``account_all 12``); market symbols are resolved to indexes over REST,
and a missing account id is taken from ``--account-index``/``LIGHTER_ACCOUNT_INDEX``. Private channels
sign an auth token with the API key from the environment.
"""

from __future__ import annotations

import time
from typing import Any

from lighter._cli.context import EXIT_API, CliError, Context
from lighter._cli.output import Output
from lighter._secrets import mask_url

WAIT_FOR_SNAPSHOT = 10.0


def parse_channel(ctx: Context, channel: str, params: list[str]) -> tuple[str, list[Any]]:
    """(kind, typed parameters) from the command line; CliError lists the channels on a bad name."""
    from lighter.ws.channels import CHANNELS

    parts = [p for p in channel.replace(":", "/").split("/") if p] + list(params)
    if not parts:
        raise CliError("name a channel, e.g. trade/0")
    kind, raw = parts[0], parts[1:]
    spec = CHANNELS.get(kind)
    if spec is None:
        raise CliError(f"unknown channel {kind!r}; channels: {', '.join(sorted(CHANNELS))}")
    if len(raw) < len(spec.params) and spec.params and spec.params[-1] == "account_id":
        raw.append(str(ctx.account_index()))
    if len(raw) != len(spec.params):
        example = "/".join([kind, *(p.upper() for p in spec.params)])
        raise CliError(f"channel {kind} takes {len(spec.params)} parameter(s): {example}")
    values: list[Any] = []
    for name, text in zip(spec.params, raw, strict=True):
        if name == "resolution" or (name == "market_id" and text == "all"):
            values.append(text)
        elif text.isdigit():
            values.append(int(text))
        elif name == "market_id":
            with ctx.client(credentials=False) as client:
                values.append(client.market(text).index)
        else:
            raise CliError(f"{name} must be a number, got {text!r}")
    return kind, values


def _print(out: Output, event: Any, raw: bool) -> None:
    frame = dict(event.raw)
    if out.json_mode or raw:
        out.json_line(frame if raw else {"channel": event.channel, "snapshot": event.snapshot, "data": frame})
        return
    from lighter._cli.stream_render import render

    stamp = out.style(time.strftime("%H:%M:%S"), "dim")
    for i, line in enumerate(render(out, event)):
        out.line(f"{stamp if i == 0 else ' ' * 8}  {line}")


def channels_help() -> str:
    """The channels ``lighter stream`` knows, with their parameters (for ``stream --help``)."""
    from lighter.ws.channels import CHANNELS

    lines = ["channels (parameters; * needs your API key: a profile or LIGHTER_API_PRIVATE_KEY):"]
    for kind, spec in sorted(CHANNELS.items()):
        params = " ".join(p.upper() for p in spec.params)
        lines.append(f"  {kind:32s} {params}{'  *' if spec.private else ''}")
    lines += [
        "",
        "MARKET_ID: a symbol (ETH, ETH/USDC) or an index; ACCOUNT_ID defaults to --account-index or the",
        "profile's; RESOLUTION: 1m 5m 15m 30m 1h 4h 12h 1d 1w.",
        "examples: stream trade ETH, stream candle ETH 1m, stream account_all, stream order_book/0 --json",
    ]
    return "\n".join(lines)


def stream(ctx: Context) -> int:
    """Subscribe, then print every update until --count, --duration or Ctrl-C."""
    from lighter.ws import ChannelEvent, StateChanged, SubscriptionFailedEvent, WsClient
    from lighter.ws.channels import CHANNELS

    args = ctx.args
    kind, values = parse_channel(ctx, args.channel, args.params)
    ep = ctx.endpoint()
    kwargs: dict[str, Any] = {}
    if CHANNELS[kind].private:
        settings = ctx.client_kwargs()
        if "api_private_key" not in settings or "account_index" not in settings:
            raise CliError(
                f"channel {kind} is private: use --profile NAME (a profile with account_index, api_key_index "
                "and a key), or set LIGHTER_ACCOUNT_INDEX, LIGHTER_API_KEY_INDEX and LIGHTER_API_PRIVATE_KEY"
            )
        kwargs = {
            "account_index": settings["account_index"],
            "api_key_index": settings["api_key_index"],
            "api_private_key": settings["api_private_key"],
        }
    deadline = None if args.duration is None else time.monotonic() + args.duration
    seen = 0
    with WsClient(ep.ws_url, **kwargs) as ws:
        sub = ws.subscribe(kind, *values)
        if not ctx.out.json_mode:
            ctx.out.note(f"streaming {sub.address} from {mask_url(ep.ws_url)} (Ctrl-C to stop)")
        while args.count is None or seen < args.count:
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                break
            event = ws.get(timeout=0.5 if left is None else min(0.5, left))
            if event is None:
                continue
            if isinstance(event, SubscriptionFailedEvent):
                raise CliError(f"the exchange refused {event.channel}: {event.error}", exit_code=EXIT_API)
            if isinstance(event, StateChanged) and event.reason:
                ctx.out.note(f"connection {event.state.value}: {event.reason}")
            if isinstance(event, ChannelEvent) and event.channel == sub.address:
                _print(ctx.out, event, args.raw)
                seen += 1
    return 0
