from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.deposit_history import DepositHistory
from ...models.deposit_history_filter import (
    DepositHistoryFilter,
)
from ...models.result_code import ResultCode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    account_index: int,
    l1_address: str,
    cursor: str | Unset = UNSET,
    filter_: DepositHistoryFilter | Unset = UNSET,
    authorization: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["authorization"] = authorization

    params: dict[str, Any] = {}

    params["account_index"] = account_index

    params["l1_address"] = l1_address

    params["cursor"] = cursor

    json_filter_: str | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_

    params["filter"] = json_filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/deposit/history",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DepositHistory | ResultCode:
    if response.status_code == 200:
        response_200 = DepositHistory.from_dict(response.json())

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
) -> Response[DepositHistory | ResultCode]:
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
    l1_address: str,
    cursor: str | Unset = UNSET,
    filter_: DepositHistoryFilter | Unset = UNSET,
    authorization: str,
) -> Response[DepositHistory | ResultCode]:
    """Deposit history

     Deposits of an account, newest first. Needs an auth token in the `authorization` header.

    Args:
        account_index (int):
        l1_address (str):
        cursor (str | Unset):
        filter_ (DepositHistoryFilter | Unset):
        authorization (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DepositHistory | ResultCode]
    """

    kwargs = _get_kwargs(
        account_index=account_index,
        l1_address=l1_address,
        cursor=cursor,
        filter_=filter_,
        authorization=authorization,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    account_index: int,
    l1_address: str,
    cursor: str | Unset = UNSET,
    filter_: DepositHistoryFilter | Unset = UNSET,
    authorization: str,
) -> DepositHistory | ResultCode | None:
    """Deposit history

     Deposits of an account, newest first. Needs an auth token in the `authorization` header.

    Args:
        account_index (int):
        l1_address (str):
        cursor (str | Unset):
        filter_ (DepositHistoryFilter | Unset):
        authorization (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DepositHistory | ResultCode
    """

    return sync_detailed(
        client=client,
        account_index=account_index,
        l1_address=l1_address,
        cursor=cursor,
        filter_=filter_,
        authorization=authorization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_index: int,
    l1_address: str,
    cursor: str | Unset = UNSET,
    filter_: DepositHistoryFilter | Unset = UNSET,
    authorization: str,
) -> Response[DepositHistory | ResultCode]:
    """Deposit history

     Deposits of an account, newest first. Needs an auth token in the `authorization` header.

    Args:
        account_index (int):
        l1_address (str):
        cursor (str | Unset):
        filter_ (DepositHistoryFilter | Unset):
        authorization (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DepositHistory | ResultCode]
    """

    kwargs = _get_kwargs(
        account_index=account_index,
        l1_address=l1_address,
        cursor=cursor,
        filter_=filter_,
        authorization=authorization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    account_index: int,
    l1_address: str,
    cursor: str | Unset = UNSET,
    filter_: DepositHistoryFilter | Unset = UNSET,
    authorization: str,
) -> DepositHistory | ResultCode | None:
    """Deposit history

     Deposits of an account, newest first. Needs an auth token in the `authorization` header.

    Args:
        account_index (int):
        l1_address (str):
        cursor (str | Unset):
        filter_ (DepositHistoryFilter | Unset):
        authorization (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DepositHistory | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            account_index=account_index,
            l1_address=l1_address,
            cursor=cursor,
            filter_=filter_,
            authorization=authorization,
        )
    ).parsed
