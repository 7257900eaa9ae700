from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.account_api_keys import AccountApiKeys
from ...models.result_code import ResultCode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    account_index: int,
    api_key_index: int | Unset = 255,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["account_index"] = account_index

    params["api_key_index"] = api_key_index

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/apikeys",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AccountApiKeys | ResultCode:
    if response.status_code == 200:
        response_200 = AccountApiKeys.from_dict(response.json())

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
) -> Response[AccountApiKeys | ResultCode]:
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
    api_key_index: int | Unset = 255,
) -> Response[AccountApiKeys | ResultCode]:
    """API keys of an account

     Public keys and nonces of the API keys registered on an account. `api_key_index` 255 (the default)
    lists all keys. Public keys are bare lowercase hex. Weight 150.

    Args:
        account_index (int):
        api_key_index (int | Unset):  Default: 255.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountApiKeys | ResultCode]
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
    api_key_index: int | Unset = 255,
) -> AccountApiKeys | ResultCode | None:
    """API keys of an account

     Public keys and nonces of the API keys registered on an account. `api_key_index` 255 (the default)
    lists all keys. Public keys are bare lowercase hex. Weight 150.

    Args:
        account_index (int):
        api_key_index (int | Unset):  Default: 255.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountApiKeys | ResultCode
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
    api_key_index: int | Unset = 255,
) -> Response[AccountApiKeys | ResultCode]:
    """API keys of an account

     Public keys and nonces of the API keys registered on an account. `api_key_index` 255 (the default)
    lists all keys. Public keys are bare lowercase hex. Weight 150.

    Args:
        account_index (int):
        api_key_index (int | Unset):  Default: 255.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountApiKeys | ResultCode]
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
    api_key_index: int | Unset = 255,
) -> AccountApiKeys | ResultCode | None:
    """API keys of an account

     Public keys and nonces of the API keys registered on an account. `api_key_index` 255 (the default)
    lists all keys. Public keys are bare lowercase hex. Weight 150.

    Args:
        account_index (int):
        api_key_index (int | Unset):  Default: 255.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountApiKeys | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            account_index=account_index,
            api_key_index=api_key_index,
        )
    ).parsed
