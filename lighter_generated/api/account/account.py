from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.account_by import AccountBy
from ...models.detailed_accounts import DetailedAccounts
from ...models.result_code import ResultCode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    by: AccountBy,
    value: str,
    active_only: bool | Unset = False,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_by: str = by
    params["by"] = json_by

    params["value"] = value

    params["active_only"] = active_only

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/account",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DetailedAccounts | ResultCode:
    if response.status_code == 200:
        response_200 = DetailedAccounts.from_dict(response.json())

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
) -> Response[DetailedAccounts | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    by: AccountBy,
    value: str,
    active_only: bool | Unset = False,
    cursor: str | Unset = UNSET,
) -> Response[DetailedAccounts | ResultCode]:
    """Look up accounts

     Full account state (balances, positions, assets, pool shares) selected `by` account index or L1
    address. Looking up by L1 address returns the master account and its sub-accounts.

    Args:
        by (AccountBy):
        value (str):
        active_only (bool | Unset):  Default: False.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailedAccounts | ResultCode]
    """

    kwargs = _get_kwargs(
        by=by,
        value=value,
        active_only=active_only,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    by: AccountBy,
    value: str,
    active_only: bool | Unset = False,
    cursor: str | Unset = UNSET,
) -> DetailedAccounts | ResultCode | None:
    """Look up accounts

     Full account state (balances, positions, assets, pool shares) selected `by` account index or L1
    address. Looking up by L1 address returns the master account and its sub-accounts.

    Args:
        by (AccountBy):
        value (str):
        active_only (bool | Unset):  Default: False.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailedAccounts | ResultCode
    """

    return sync_detailed(
        client=client,
        by=by,
        value=value,
        active_only=active_only,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    by: AccountBy,
    value: str,
    active_only: bool | Unset = False,
    cursor: str | Unset = UNSET,
) -> Response[DetailedAccounts | ResultCode]:
    """Look up accounts

     Full account state (balances, positions, assets, pool shares) selected `by` account index or L1
    address. Looking up by L1 address returns the master account and its sub-accounts.

    Args:
        by (AccountBy):
        value (str):
        active_only (bool | Unset):  Default: False.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailedAccounts | ResultCode]
    """

    kwargs = _get_kwargs(
        by=by,
        value=value,
        active_only=active_only,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    by: AccountBy,
    value: str,
    active_only: bool | Unset = False,
    cursor: str | Unset = UNSET,
) -> DetailedAccounts | ResultCode | None:
    """Look up accounts

     Full account state (balances, positions, assets, pool shares) selected `by` account index or L1
    address. Looking up by L1 address returns the master account and its sub-accounts.

    Args:
        by (AccountBy):
        value (str):
        active_only (bool | Unset):  Default: False.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailedAccounts | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            by=by,
            value=value,
            active_only=active_only,
            cursor=cursor,
        )
    ).parsed
