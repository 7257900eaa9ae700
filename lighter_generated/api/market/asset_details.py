from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.asset_details import AssetDetails
from ...models.result_code import ResultCode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    asset_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["asset_id"] = asset_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/assetDetails",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AssetDetails | ResultCode:
    if response.status_code == 200:
        response_200 = AssetDetails.from_dict(response.json())

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
) -> Response[AssetDetails | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    asset_id: int | Unset = UNSET,
) -> Response[AssetDetails | ResultCode]:
    """Assets

     Assets known to the exchange (USDC, ETH, ...) with their decimals, transfer/withdrawal minimums and
    index price.

    Args:
        asset_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetDetails | ResultCode]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    asset_id: int | Unset = UNSET,
) -> AssetDetails | ResultCode | None:
    """Assets

     Assets known to the exchange (USDC, ETH, ...) with their decimals, transfer/withdrawal minimums and
    index price.

    Args:
        asset_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetDetails | ResultCode
    """

    return sync_detailed(
        client=client,
        asset_id=asset_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    asset_id: int | Unset = UNSET,
) -> Response[AssetDetails | ResultCode]:
    """Assets

     Assets known to the exchange (USDC, ETH, ...) with their decimals, transfer/withdrawal minimums and
    index price.

    Args:
        asset_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetDetails | ResultCode]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    asset_id: int | Unset = UNSET,
) -> AssetDetails | ResultCode | None:
    """Assets

     Assets known to the exchange (USDC, ETH, ...) with their decimals, transfer/withdrawal minimums and
    index price.

    Args:
        asset_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetDetails | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            asset_id=asset_id,
        )
    ).parsed
