from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.resp_get_up_down_candles import RespGetUpDownCandles
from ...models.result_code import ResultCode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    symbol: str,
    duration: str,
    resolution: str | Unset = UNSET,
    start_timestamp: int,
    end_timestamp: int,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params["duration"] = duration

    params["resolution"] = resolution

    params["start_timestamp"] = start_timestamp

    params["end_timestamp"] = end_timestamp

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/upDownCandles",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RespGetUpDownCandles | ResultCode:
    if response.status_code == 200:
        response_200 = RespGetUpDownCandles.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ResultCode.from_dict(response.json())

        return response_400

    if response.status_code == 429:
        response_429 = ResultCode.from_dict(response.json())

        return response_429

    response_default = ResultCode.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RespGetUpDownCandles | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    duration: str,
    resolution: str | Unset = UNSET,
    start_timestamp: int,
    end_timestamp: int,
    limit: int | Unset = UNSET,
) -> Response[RespGetUpDownCandles | ResultCode]:
    """Up/down candles

     Price candles of the underlying of an up/down market series (`symbol` + `duration`, e.g. `btc` +
    `5m`), oldest first, for a range of at most 24 hours. Page forward by passing `next_cursor` as
    `start_timestamp`. Public.

    Args:
        symbol (str):
        duration (str):
        resolution (str | Unset):
        start_timestamp (int):
        end_timestamp (int):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespGetUpDownCandles | ResultCode]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        duration=duration,
        resolution=resolution,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    duration: str,
    resolution: str | Unset = UNSET,
    start_timestamp: int,
    end_timestamp: int,
    limit: int | Unset = UNSET,
) -> RespGetUpDownCandles | ResultCode | None:
    """Up/down candles

     Price candles of the underlying of an up/down market series (`symbol` + `duration`, e.g. `btc` +
    `5m`), oldest first, for a range of at most 24 hours. Page forward by passing `next_cursor` as
    `start_timestamp`. Public.

    Args:
        symbol (str):
        duration (str):
        resolution (str | Unset):
        start_timestamp (int):
        end_timestamp (int):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespGetUpDownCandles | ResultCode
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        duration=duration,
        resolution=resolution,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    duration: str,
    resolution: str | Unset = UNSET,
    start_timestamp: int,
    end_timestamp: int,
    limit: int | Unset = UNSET,
) -> Response[RespGetUpDownCandles | ResultCode]:
    """Up/down candles

     Price candles of the underlying of an up/down market series (`symbol` + `duration`, e.g. `btc` +
    `5m`), oldest first, for a range of at most 24 hours. Page forward by passing `next_cursor` as
    `start_timestamp`. Public.

    Args:
        symbol (str):
        duration (str):
        resolution (str | Unset):
        start_timestamp (int):
        end_timestamp (int):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespGetUpDownCandles | ResultCode]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        duration=duration,
        resolution=resolution,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    duration: str,
    resolution: str | Unset = UNSET,
    start_timestamp: int,
    end_timestamp: int,
    limit: int | Unset = UNSET,
) -> RespGetUpDownCandles | ResultCode | None:
    """Up/down candles

     Price candles of the underlying of an up/down market series (`symbol` + `duration`, e.g. `btc` +
    `5m`), oldest first, for a range of at most 24 hours. Page forward by passing `next_cursor` as
    `start_timestamp`. Public.

    Args:
        symbol (str):
        duration (str):
        resolution (str | Unset):
        start_timestamp (int):
        end_timestamp (int):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespGetUpDownCandles | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            duration=duration,
            resolution=resolution,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            limit=limit,
        )
    ).parsed
