from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.account_metadata_by import AccountMetadataBy
from ...models.account_metadatas import AccountMetadatas
from ...models.result_code import ResultCode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    by: AccountMetadataBy,
    value: str,
    cursor: str | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["authorization"] = authorization

    params: dict[str, Any] = {}

    json_by: str = by
    params["by"] = json_by

    params["value"] = value

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/accountMetadata",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AccountMetadatas | ResultCode:
    if response.status_code == 200:
        response_200 = AccountMetadatas.from_dict(response.json())

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
) -> Response[AccountMetadatas | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    by: AccountMetadataBy,
    value: str,
    cursor: str | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> Response[AccountMetadatas | ResultCode]:
    """Account metadata

     Names and descriptions attached to accounts, selected `by` index or L1 address. An auth token in the
    `authorization` header unlocks private data.

    Args:
        by (AccountMetadataBy):
        value (str):
        cursor (str | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountMetadatas | ResultCode]
    """

    kwargs = _get_kwargs(
        by=by,
        value=value,
        cursor=cursor,
        authorization=authorization,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    by: AccountMetadataBy,
    value: str,
    cursor: str | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> AccountMetadatas | ResultCode | None:
    """Account metadata

     Names and descriptions attached to accounts, selected `by` index or L1 address. An auth token in the
    `authorization` header unlocks private data.

    Args:
        by (AccountMetadataBy):
        value (str):
        cursor (str | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountMetadatas | ResultCode
    """

    return sync_detailed(
        client=client,
        by=by,
        value=value,
        cursor=cursor,
        authorization=authorization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    by: AccountMetadataBy,
    value: str,
    cursor: str | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> Response[AccountMetadatas | ResultCode]:
    """Account metadata

     Names and descriptions attached to accounts, selected `by` index or L1 address. An auth token in the
    `authorization` header unlocks private data.

    Args:
        by (AccountMetadataBy):
        value (str):
        cursor (str | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountMetadatas | ResultCode]
    """

    kwargs = _get_kwargs(
        by=by,
        value=value,
        cursor=cursor,
        authorization=authorization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    by: AccountMetadataBy,
    value: str,
    cursor: str | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> AccountMetadatas | ResultCode | None:
    """Account metadata

     Names and descriptions attached to accounts, selected `by` index or L1 address. An auth token in the
    `authorization` header unlocks private data.

    Args:
        by (AccountMetadataBy):
        value (str):
        cursor (str | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountMetadatas | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            by=by,
            value=value,
            cursor=cursor,
            authorization=authorization,
        )
    ).parsed
