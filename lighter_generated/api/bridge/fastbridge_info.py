from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.resp_get_fast_bridge_info import RespGetFastBridgeInfo
from ...models.result_code import ResultCode
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/fastbridge/info",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RespGetFastBridgeInfo | ResultCode:
    if response.status_code == 200:
        response_200 = RespGetFastBridgeInfo.from_dict(response.json())

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
) -> Response[RespGetFastBridgeInfo | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[RespGetFastBridgeInfo | ResultCode]:
    """Fast bridge info

     Current limit of the fast bridge.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespGetFastBridgeInfo | ResultCode]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> RespGetFastBridgeInfo | ResultCode | None:
    """Fast bridge info

     Current limit of the fast bridge.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespGetFastBridgeInfo | ResultCode
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[RespGetFastBridgeInfo | ResultCode]:
    """Fast bridge info

     Current limit of the fast bridge.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespGetFastBridgeInfo | ResultCode]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> RespGetFastBridgeInfo | ResultCode | None:
    """Fast bridge info

     Current limit of the fast bridge.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespGetFastBridgeInfo | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
