from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.result_code import ResultCode
from ...models.transfer_history import TransferHistory
from ...models.transfer_history_type_item import (
    TransferHistoryTypeItem,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    account_index: int,
    cursor: str | Unset = UNSET,
    type_: list[TransferHistoryTypeItem] | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["authorization"] = authorization

    params: dict[str, Any] = {}

    params["account_index"] = account_index

    params["cursor"] = cursor

    json_type_: list[str] | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = []
        for type_item_data in type_:
            type_item: str = type_item_data
            json_type_.append(type_item)

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/transfer/history",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ResultCode | TransferHistory:
    if response.status_code == 200:
        response_200 = TransferHistory.from_dict(response.json())

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
) -> Response[ResultCode | TransferHistory]:
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
    cursor: str | Unset = UNSET,
    type_: list[TransferHistoryTypeItem] | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> Response[ResultCode | TransferHistory]:
    """Transfer history

     Transfers in and out of an account. Needs an auth token unless the account is a public pool.

    Args:
        account_index (int):
        cursor (str | Unset):
        type_ (list[TransferHistoryTypeItem] | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResultCode | TransferHistory]
    """

    kwargs = _get_kwargs(
        account_index=account_index,
        cursor=cursor,
        type_=type_,
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
    cursor: str | Unset = UNSET,
    type_: list[TransferHistoryTypeItem] | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> ResultCode | TransferHistory | None:
    """Transfer history

     Transfers in and out of an account. Needs an auth token unless the account is a public pool.

    Args:
        account_index (int):
        cursor (str | Unset):
        type_ (list[TransferHistoryTypeItem] | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResultCode | TransferHistory
    """

    return sync_detailed(
        client=client,
        account_index=account_index,
        cursor=cursor,
        type_=type_,
        authorization=authorization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_index: int,
    cursor: str | Unset = UNSET,
    type_: list[TransferHistoryTypeItem] | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> Response[ResultCode | TransferHistory]:
    """Transfer history

     Transfers in and out of an account. Needs an auth token unless the account is a public pool.

    Args:
        account_index (int):
        cursor (str | Unset):
        type_ (list[TransferHistoryTypeItem] | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResultCode | TransferHistory]
    """

    kwargs = _get_kwargs(
        account_index=account_index,
        cursor=cursor,
        type_=type_,
        authorization=authorization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    account_index: int,
    cursor: str | Unset = UNSET,
    type_: list[TransferHistoryTypeItem] | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> ResultCode | TransferHistory | None:
    """Transfer history

     Transfers in and out of an account. Needs an auth token unless the account is a public pool.

    Args:
        account_index (int):
        cursor (str | Unset):
        type_ (list[TransferHistoryTypeItem] | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResultCode | TransferHistory
    """

    return (
        await asyncio_detailed(
            client=client,
            account_index=account_index,
            cursor=cursor,
            type_=type_,
            authorization=authorization,
        )
    ).parsed
