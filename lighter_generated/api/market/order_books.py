from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.order_books import OrderBooks
from ...models.order_books_filter import OrderBooksFilter
from ...models.result_code import ResultCode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    market_id: int | Unset = 255,
    filter_: OrderBooksFilter | Unset = "all",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["market_id"] = market_id

    json_filter_: str | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_

    params["filter"] = json_filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/orderBooks",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OrderBooks | ResultCode:
    if response.status_code == 200:
        response_200 = OrderBooks.from_dict(response.json())

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
) -> Response[OrderBooks | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    market_id: int | Unset = 255,
    filter_: OrderBooksFilter | Unset = "all",
) -> Response[OrderBooks | ResultCode]:
    """Markets

     Trading rules of every market (or one): symbol, fees (percent), minimum base/quote amounts and the
    decimals the market accepts for size, price and quote.

    Args:
        market_id (int | Unset):  Default: 255.
        filter_ (OrderBooksFilter | Unset):  Default: 'all'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderBooks | ResultCode]
    """

    kwargs = _get_kwargs(
        market_id=market_id,
        filter_=filter_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    market_id: int | Unset = 255,
    filter_: OrderBooksFilter | Unset = "all",
) -> OrderBooks | ResultCode | None:
    """Markets

     Trading rules of every market (or one): symbol, fees (percent), minimum base/quote amounts and the
    decimals the market accepts for size, price and quote.

    Args:
        market_id (int | Unset):  Default: 255.
        filter_ (OrderBooksFilter | Unset):  Default: 'all'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderBooks | ResultCode
    """

    return sync_detailed(
        client=client,
        market_id=market_id,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    market_id: int | Unset = 255,
    filter_: OrderBooksFilter | Unset = "all",
) -> Response[OrderBooks | ResultCode]:
    """Markets

     Trading rules of every market (or one): symbol, fees (percent), minimum base/quote amounts and the
    decimals the market accepts for size, price and quote.

    Args:
        market_id (int | Unset):  Default: 255.
        filter_ (OrderBooksFilter | Unset):  Default: 'all'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderBooks | ResultCode]
    """

    kwargs = _get_kwargs(
        market_id=market_id,
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    market_id: int | Unset = 255,
    filter_: OrderBooksFilter | Unset = "all",
) -> OrderBooks | ResultCode | None:
    """Markets

     Trading rules of every market (or one): symbol, fees (percent), minimum base/quote amounts and the
    decimals the market accepts for size, price and quote.

    Args:
        market_id (int | Unset):  Default: 255.
        filter_ (OrderBooksFilter | Unset):  Default: 'all'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderBooks | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            market_id=market_id,
            filter_=filter_,
        )
    ).parsed
