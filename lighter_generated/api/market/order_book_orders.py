from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.order_book_orders import OrderBookOrders
from ...models.result_code import ResultCode
from ...types import UNSET, Response


def _get_kwargs(
    *,
    market_id: int,
    limit: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["market_id"] = market_id

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/orderBookOrders",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OrderBookOrders | ResultCode:
    if response.status_code == 200:
        response_200 = OrderBookOrders.from_dict(response.json())

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
) -> Response[OrderBookOrders | ResultCode]:
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
    limit: int,
) -> Response[OrderBookOrders | ResultCode]:
    """Order book orders

     The resting orders on both sides of one market's book, best first (limit up to 250).

    Args:
        market_id (int):
        limit (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderBookOrders | ResultCode]
    """

    kwargs = _get_kwargs(
        market_id=market_id,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    market_id: int,
    limit: int,
) -> OrderBookOrders | ResultCode | None:
    """Order book orders

     The resting orders on both sides of one market's book, best first (limit up to 250).

    Args:
        market_id (int):
        limit (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderBookOrders | ResultCode
    """

    return sync_detailed(
        client=client,
        market_id=market_id,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    market_id: int,
    limit: int,
) -> Response[OrderBookOrders | ResultCode]:
    """Order book orders

     The resting orders on both sides of one market's book, best first (limit up to 250).

    Args:
        market_id (int):
        limit (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderBookOrders | ResultCode]
    """

    kwargs = _get_kwargs(
        market_id=market_id,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    market_id: int,
    limit: int,
) -> OrderBookOrders | ResultCode | None:
    """Order book orders

     The resting orders on both sides of one market's book, best first (limit up to 250).

    Args:
        market_id (int):
        limit (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderBookOrders | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            market_id=market_id,
            limit=limit,
        )
    ).parsed
