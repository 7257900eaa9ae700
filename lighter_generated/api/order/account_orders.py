from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.orders import Orders
from ...models.result_code import ResultCode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    account_index: int | Unset = 281474976710655,
    client_order_indexes: str,
    authorization: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["authorization"] = authorization

    params: dict[str, Any] = {}

    params["account_index"] = account_index

    params["client_order_indexes"] = client_order_indexes

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/accountOrders",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Orders | ResultCode:
    if response.status_code == 200:
        response_200 = Orders.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ResultCode.from_dict(response.json())

        return response_400

    if response.status_code == 429:
        response_429 = ResultCode.from_dict(response.json())

        return response_429

    response_default = ResultCode.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Orders | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_index: int | Unset = 281474976710655,
    client_order_indexes: str,
    authorization: str,
) -> Response[Orders | ResultCode]:
    """Orders by client order index

     Orders of an account selected by up to 20 comma-separated client order indexes. Covers the last
    10,000 open orders and the last 1,000 closed ones (24 hours). The account defaults to the token's
    account. Needs an auth token in the `authorization` header.

    Args:
        account_index (int | Unset):  Default: 281474976710655.
        client_order_indexes (str):
        authorization (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Orders | ResultCode]
    """

    kwargs = _get_kwargs(
        account_index=account_index,
        client_order_indexes=client_order_indexes,
        authorization=authorization,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    account_index: int | Unset = 281474976710655,
    client_order_indexes: str,
    authorization: str,
) -> Orders | ResultCode | None:
    """Orders by client order index

     Orders of an account selected by up to 20 comma-separated client order indexes. Covers the last
    10,000 open orders and the last 1,000 closed ones (24 hours). The account defaults to the token's
    account. Needs an auth token in the `authorization` header.

    Args:
        account_index (int | Unset):  Default: 281474976710655.
        client_order_indexes (str):
        authorization (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Orders | ResultCode
    """

    return sync_detailed(
        client=client,
        account_index=account_index,
        client_order_indexes=client_order_indexes,
        authorization=authorization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_index: int | Unset = 281474976710655,
    client_order_indexes: str,
    authorization: str,
) -> Response[Orders | ResultCode]:
    """Orders by client order index

     Orders of an account selected by up to 20 comma-separated client order indexes. Covers the last
    10,000 open orders and the last 1,000 closed ones (24 hours). The account defaults to the token's
    account. Needs an auth token in the `authorization` header.

    Args:
        account_index (int | Unset):  Default: 281474976710655.
        client_order_indexes (str):
        authorization (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Orders | ResultCode]
    """

    kwargs = _get_kwargs(
        account_index=account_index,
        client_order_indexes=client_order_indexes,
        authorization=authorization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    account_index: int | Unset = 281474976710655,
    client_order_indexes: str,
    authorization: str,
) -> Orders | ResultCode | None:
    """Orders by client order index

     Orders of an account selected by up to 20 comma-separated client order indexes. Covers the last
    10,000 open orders and the last 1,000 closed ones (24 hours). The account defaults to the token's
    account. Needs an auth token in the `authorization` header.

    Args:
        account_index (int | Unset):  Default: 281474976710655.
        client_order_indexes (str):
        authorization (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Orders | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            account_index=account_index,
            client_order_indexes=client_order_indexes,
            authorization=authorization,
        )
    ).parsed
