from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.candles import Candles
from ...models.candles_resolution import CandlesResolution
from ...models.result_code import ResultCode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    market_id: int,
    resolution: CandlesResolution,
    start_timestamp: int,
    end_timestamp: int,
    count_back: int,
    set_timestamp_to_end: bool | Unset = False,
    merge_mark_price: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["market_id"] = market_id

    json_resolution: str = resolution
    params["resolution"] = json_resolution

    params["start_timestamp"] = start_timestamp

    params["end_timestamp"] = end_timestamp

    params["count_back"] = count_back

    params["set_timestamp_to_end"] = set_timestamp_to_end

    params["merge_mark_price"] = merge_mark_price

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/candles",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Candles | ResultCode:
    if response.status_code == 200:
        response_200 = Candles.from_dict(response.json())

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
) -> Response[Candles | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    market_id: int,
    resolution: CandlesResolution,
    start_timestamp: int,
    end_timestamp: int,
    count_back: int,
    set_timestamp_to_end: bool | Unset = False,
    merge_mark_price: bool | Unset = UNSET,
) -> Response[Candles | ResultCode]:
    """Candles

     OHLCV candles of a market, at most 500 per call, in the short-key form (`t o h l c v V i`). The
    server leaves out fields whose value is zero.

    Args:
        market_id (int):
        resolution (CandlesResolution):
        start_timestamp (int):
        end_timestamp (int):
        count_back (int):
        set_timestamp_to_end (bool | Unset):  Default: False.
        merge_mark_price (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Candles | ResultCode]
    """

    kwargs = _get_kwargs(
        market_id=market_id,
        resolution=resolution,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        count_back=count_back,
        set_timestamp_to_end=set_timestamp_to_end,
        merge_mark_price=merge_mark_price,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    market_id: int,
    resolution: CandlesResolution,
    start_timestamp: int,
    end_timestamp: int,
    count_back: int,
    set_timestamp_to_end: bool | Unset = False,
    merge_mark_price: bool | Unset = UNSET,
) -> Candles | ResultCode | None:
    """Candles

     OHLCV candles of a market, at most 500 per call, in the short-key form (`t o h l c v V i`). The
    server leaves out fields whose value is zero.

    Args:
        market_id (int):
        resolution (CandlesResolution):
        start_timestamp (int):
        end_timestamp (int):
        count_back (int):
        set_timestamp_to_end (bool | Unset):  Default: False.
        merge_mark_price (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Candles | ResultCode
    """

    return sync_detailed(
        client=client,
        market_id=market_id,
        resolution=resolution,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        count_back=count_back,
        set_timestamp_to_end=set_timestamp_to_end,
        merge_mark_price=merge_mark_price,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    market_id: int,
    resolution: CandlesResolution,
    start_timestamp: int,
    end_timestamp: int,
    count_back: int,
    set_timestamp_to_end: bool | Unset = False,
    merge_mark_price: bool | Unset = UNSET,
) -> Response[Candles | ResultCode]:
    """Candles

     OHLCV candles of a market, at most 500 per call, in the short-key form (`t o h l c v V i`). The
    server leaves out fields whose value is zero.

    Args:
        market_id (int):
        resolution (CandlesResolution):
        start_timestamp (int):
        end_timestamp (int):
        count_back (int):
        set_timestamp_to_end (bool | Unset):  Default: False.
        merge_mark_price (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Candles | ResultCode]
    """

    kwargs = _get_kwargs(
        market_id=market_id,
        resolution=resolution,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        count_back=count_back,
        set_timestamp_to_end=set_timestamp_to_end,
        merge_mark_price=merge_mark_price,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    market_id: int,
    resolution: CandlesResolution,
    start_timestamp: int,
    end_timestamp: int,
    count_back: int,
    set_timestamp_to_end: bool | Unset = False,
    merge_mark_price: bool | Unset = UNSET,
) -> Candles | ResultCode | None:
    """Candles

     OHLCV candles of a market, at most 500 per call, in the short-key form (`t o h l c v V i`). The
    server leaves out fields whose value is zero.

    Args:
        market_id (int):
        resolution (CandlesResolution):
        start_timestamp (int):
        end_timestamp (int):
        count_back (int):
        set_timestamp_to_end (bool | Unset):  Default: False.
        merge_mark_price (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Candles | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            market_id=market_id,
            resolution=resolution,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            count_back=count_back,
            set_timestamp_to_end=set_timestamp_to_end,
            merge_mark_price=merge_mark_price,
        )
    ).parsed
