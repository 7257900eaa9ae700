from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.resp_synthetic_spot_info import RespSyntheticSpotInfo
from ...models.result_code import ResultCode
from ...types import UNSET, Response


def _get_kwargs(
    *,
    symbol: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/syntheticSpotInfo",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RespSyntheticSpotInfo | ResultCode:
    if response.status_code == 200:
        response_200 = RespSyntheticSpotInfo.from_dict(response.json())

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
) -> Response[RespSyntheticSpotInfo | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
) -> Response[RespSyntheticSpotInfo | ResultCode]:
    """Synthetic spot info

     Carry (basis points per day), expiry and spot close time of a synthetic real-world-asset market.

    Args:
        symbol (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespSyntheticSpotInfo | ResultCode]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
) -> RespSyntheticSpotInfo | ResultCode | None:
    """Synthetic spot info

     Carry (basis points per day), expiry and spot close time of a synthetic real-world-asset market.

    Args:
        symbol (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespSyntheticSpotInfo | ResultCode
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
) -> Response[RespSyntheticSpotInfo | ResultCode]:
    """Synthetic spot info

     Carry (basis points per day), expiry and spot close time of a synthetic real-world-asset market.

    Args:
        symbol (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespSyntheticSpotInfo | ResultCode]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
) -> RespSyntheticSpotInfo | ResultCode | None:
    """Synthetic spot info

     Carry (basis points per day), expiry and spot close time of a synthetic real-world-asset market.

    Args:
        symbol (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespSyntheticSpotInfo | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
        )
    ).parsed
