from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.next_nonce import NextNonce
from ...models.result_code import ResultCode
from ...types import UNSET, Response


def _get_kwargs(
    *,
    account_index: int,
    api_key_index: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["account_index"] = account_index

    params["api_key_index"] = api_key_index

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/nextNonce",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> NextNonce | ResultCode:
    if response.status_code == 200:
        response_200 = NextNonce.from_dict(response.json())

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
) -> Response[NextNonce | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_index: int,
    api_key_index: int,
) -> Response[NextNonce | ResultCode]:
    """Next nonce of an API key

     The nonce the next transaction signed with this (account, API key) pair must carry. Weight 6.

    Args:
        account_index (int):
        api_key_index (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NextNonce | ResultCode]
    """

    kwargs = _get_kwargs(
        account_index=account_index,
        api_key_index=api_key_index,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    account_index: int,
    api_key_index: int,
) -> NextNonce | ResultCode | None:
    """Next nonce of an API key

     The nonce the next transaction signed with this (account, API key) pair must carry. Weight 6.

    Args:
        account_index (int):
        api_key_index (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NextNonce | ResultCode
    """

    return sync_detailed(
        client=client,
        account_index=account_index,
        api_key_index=api_key_index,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_index: int,
    api_key_index: int,
) -> Response[NextNonce | ResultCode]:
    """Next nonce of an API key

     The nonce the next transaction signed with this (account, API key) pair must carry. Weight 6.

    Args:
        account_index (int):
        api_key_index (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NextNonce | ResultCode]
    """

    kwargs = _get_kwargs(
        account_index=account_index,
        api_key_index=api_key_index,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    account_index: int,
    api_key_index: int,
) -> NextNonce | ResultCode | None:
    """Next nonce of an API key

     The nonce the next transaction signed with this (account, API key) pair must carry. Weight 6.

    Args:
        account_index (int):
        api_key_index (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NextNonce | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            account_index=account_index,
            api_key_index=api_key_index,
        )
    ).parsed
