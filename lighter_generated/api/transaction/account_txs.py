from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.account_txs_by import AccountTxsBy
from ...models.result_code import ResultCode
from ...models.txs import Txs
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    index: int | Unset = UNSET,
    limit: int,
    by: AccountTxsBy,
    value: str,
    types: list[int] | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["authorization"] = authorization

    params: dict[str, Any] = {}

    params["index"] = index

    params["limit"] = limit

    json_by: str = by
    params["by"] = json_by

    params["value"] = value

    json_types: list[int] | Unset = UNSET
    if not isinstance(types, Unset):
        json_types = types

    params["types"] = json_types

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/accountTxs",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ResultCode | Txs:
    if response.status_code == 200:
        response_200 = Txs.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ResultCode.from_dict(response.json())

        return response_400

    if response.status_code == 429:
        response_429 = ResultCode.from_dict(response.json())

        return response_429

    response_default = ResultCode.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ResultCode | Txs]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    index: int | Unset = UNSET,
    limit: int,
    by: AccountTxsBy,
    value: str,
    types: list[int] | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> Response[ResultCode | Txs]:
    """Transactions of an account

     Transactions sent by or affecting an account, optionally filtered by type. An auth token in the
    `authorization` header unlocks private data.

    Args:
        index (int | Unset):
        limit (int):
        by (AccountTxsBy):
        value (str):
        types (list[int] | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResultCode | Txs]
    """

    kwargs = _get_kwargs(
        index=index,
        limit=limit,
        by=by,
        value=value,
        types=types,
        authorization=authorization,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    index: int | Unset = UNSET,
    limit: int,
    by: AccountTxsBy,
    value: str,
    types: list[int] | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> ResultCode | Txs | None:
    """Transactions of an account

     Transactions sent by or affecting an account, optionally filtered by type. An auth token in the
    `authorization` header unlocks private data.

    Args:
        index (int | Unset):
        limit (int):
        by (AccountTxsBy):
        value (str):
        types (list[int] | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResultCode | Txs
    """

    return sync_detailed(
        client=client,
        index=index,
        limit=limit,
        by=by,
        value=value,
        types=types,
        authorization=authorization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    index: int | Unset = UNSET,
    limit: int,
    by: AccountTxsBy,
    value: str,
    types: list[int] | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> Response[ResultCode | Txs]:
    """Transactions of an account

     Transactions sent by or affecting an account, optionally filtered by type. An auth token in the
    `authorization` header unlocks private data.

    Args:
        index (int | Unset):
        limit (int):
        by (AccountTxsBy):
        value (str):
        types (list[int] | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResultCode | Txs]
    """

    kwargs = _get_kwargs(
        index=index,
        limit=limit,
        by=by,
        value=value,
        types=types,
        authorization=authorization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    index: int | Unset = UNSET,
    limit: int,
    by: AccountTxsBy,
    value: str,
    types: list[int] | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> ResultCode | Txs | None:
    """Transactions of an account

     Transactions sent by or affecting an account, optionally filtered by type. An auth token in the
    `authorization` header unlocks private data.

    Args:
        index (int | Unset):
        limit (int):
        by (AccountTxsBy):
        value (str):
        types (list[int] | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResultCode | Txs
    """

    return (
        await asyncio_detailed(
            client=client,
            index=index,
            limit=limit,
            by=by,
            value=value,
            types=types,
            authorization=authorization,
        )
    ).parsed
