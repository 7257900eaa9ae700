from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.public_pools_metadata_filter import (
    PublicPoolsMetadataFilter,
)
from ...models.resp_public_pools_metadata import RespPublicPoolsMetadata
from ...models.result_code import ResultCode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_: PublicPoolsMetadataFilter | Unset = UNSET,
    index: int,
    limit: int,
    account_index: int | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["authorization"] = authorization

    params: dict[str, Any] = {}

    json_filter_: str | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_

    params["filter"] = json_filter_

    params["index"] = index

    params["limit"] = limit

    params["account_index"] = account_index

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/publicPoolsMetadata",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RespPublicPoolsMetadata | ResultCode:
    if response.status_code == 200:
        response_200 = RespPublicPoolsMetadata.from_dict(response.json())

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
) -> Response[RespPublicPoolsMetadata | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_: PublicPoolsMetadataFilter | Unset = UNSET,
    index: int,
    limit: int,
    account_index: int | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> Response[RespPublicPoolsMetadata | ResultCode]:
    """Public pools

     Public liquidity and staking pools, paginated by pool `index` (pools with a lower index than the one
    given are returned). `filter=stake` selects staking pools; selecting by `account_index` needs an
    auth token. Weight 50.

    Args:
        filter_ (PublicPoolsMetadataFilter | Unset):
        index (int):
        limit (int):
        account_index (int | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespPublicPoolsMetadata | ResultCode]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        index=index,
        limit=limit,
        account_index=account_index,
        authorization=authorization,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_: PublicPoolsMetadataFilter | Unset = UNSET,
    index: int,
    limit: int,
    account_index: int | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> RespPublicPoolsMetadata | ResultCode | None:
    """Public pools

     Public liquidity and staking pools, paginated by pool `index` (pools with a lower index than the one
    given are returned). `filter=stake` selects staking pools; selecting by `account_index` needs an
    auth token. Weight 50.

    Args:
        filter_ (PublicPoolsMetadataFilter | Unset):
        index (int):
        limit (int):
        account_index (int | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespPublicPoolsMetadata | ResultCode
    """

    return sync_detailed(
        client=client,
        filter_=filter_,
        index=index,
        limit=limit,
        account_index=account_index,
        authorization=authorization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_: PublicPoolsMetadataFilter | Unset = UNSET,
    index: int,
    limit: int,
    account_index: int | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> Response[RespPublicPoolsMetadata | ResultCode]:
    """Public pools

     Public liquidity and staking pools, paginated by pool `index` (pools with a lower index than the one
    given are returned). `filter=stake` selects staking pools; selecting by `account_index` needs an
    auth token. Weight 50.

    Args:
        filter_ (PublicPoolsMetadataFilter | Unset):
        index (int):
        limit (int):
        account_index (int | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespPublicPoolsMetadata | ResultCode]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        index=index,
        limit=limit,
        account_index=account_index,
        authorization=authorization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_: PublicPoolsMetadataFilter | Unset = UNSET,
    index: int,
    limit: int,
    account_index: int | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> RespPublicPoolsMetadata | ResultCode | None:
    """Public pools

     Public liquidity and staking pools, paginated by pool `index` (pools with a lower index than the one
    given are returned). `filter=stake` selects staking pools; selecting by `account_index` needs an
    auth token. Weight 50.

    Args:
        filter_ (PublicPoolsMetadataFilter | Unset):
        index (int):
        limit (int):
        account_index (int | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespPublicPoolsMetadata | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_=filter_,
            index=index,
            limit=limit,
            account_index=account_index,
            authorization=authorization,
        )
    ).parsed
