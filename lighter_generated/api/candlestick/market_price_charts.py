from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.market_price_charts import MarketPriceCharts
from ...models.result_code import ResultCode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    market_ids: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_market_ids: list[int] | Unset = UNSET
    if not isinstance(market_ids, Unset):
        json_market_ids = market_ids

    params["market_ids"] = json_market_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/marketPriceCharts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MarketPriceCharts | ResultCode:
    if response.status_code == 200:
        response_200 = MarketPriceCharts.from_dict(response.json())

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
) -> Response[MarketPriceCharts | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    market_ids: list[int] | Unset = UNSET,
) -> Response[MarketPriceCharts | ResultCode]:
    """24-hour price charts

     Hourly prices of the last 24 hours for every market (mark price for perpetuals, index price for
    spot).

    Args:
        market_ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MarketPriceCharts | ResultCode]
    """

    kwargs = _get_kwargs(
        market_ids=market_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    market_ids: list[int] | Unset = UNSET,
) -> MarketPriceCharts | ResultCode | None:
    """24-hour price charts

     Hourly prices of the last 24 hours for every market (mark price for perpetuals, index price for
    spot).

    Args:
        market_ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MarketPriceCharts | ResultCode
    """

    return sync_detailed(
        client=client,
        market_ids=market_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    market_ids: list[int] | Unset = UNSET,
) -> Response[MarketPriceCharts | ResultCode]:
    """24-hour price charts

     Hourly prices of the last 24 hours for every market (mark price for perpetuals, index price for
    spot).

    Args:
        market_ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MarketPriceCharts | ResultCode]
    """

    kwargs = _get_kwargs(
        market_ids=market_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    market_ids: list[int] | Unset = UNSET,
) -> MarketPriceCharts | ResultCode | None:
    """24-hour price charts

     Hourly prices of the last 24 hours for every market (mark price for perpetuals, index price for
    spot).

    Args:
        market_ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MarketPriceCharts | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            market_ids=market_ids,
        )
    ).parsed
