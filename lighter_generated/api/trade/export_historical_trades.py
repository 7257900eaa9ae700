from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.historical_trades_export_data import HistoricalTradesExportData
from ...models.result_code import ResultCode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    auth: str | Unset = UNSET,
    l1_address: str,
    date: str,
    authorization: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["authorization"] = authorization

    params: dict[str, Any] = {}

    params["auth"] = auth

    params["l1_address"] = l1_address

    params["date"] = date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/export/historicalTrades",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HistoricalTradesExportData | ResultCode:
    if response.status_code == 200:
        response_200 = HistoricalTradesExportData.from_dict(response.json())

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
) -> Response[HistoricalTradesExportData | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    auth: str | Unset = UNSET,
    l1_address: str,
    date: str,
    authorization: str | Unset = UNSET,
) -> Response[HistoricalTradesExportData | ResultCode]:
    """Export global trade history

     Returns a presigned link (valid one hour) to the exchange's trade history for one UTC day, refreshed
    daily. Access is unlocked by a one-time LIT transfer. The token goes in the `authorization` header
    (or the legacy `auth` query parameter).

    Args:
        auth (str | Unset):
        l1_address (str):
        date (str):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HistoricalTradesExportData | ResultCode]
    """

    kwargs = _get_kwargs(
        auth=auth,
        l1_address=l1_address,
        date=date,
        authorization=authorization,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    auth: str | Unset = UNSET,
    l1_address: str,
    date: str,
    authorization: str | Unset = UNSET,
) -> HistoricalTradesExportData | ResultCode | None:
    """Export global trade history

     Returns a presigned link (valid one hour) to the exchange's trade history for one UTC day, refreshed
    daily. Access is unlocked by a one-time LIT transfer. The token goes in the `authorization` header
    (or the legacy `auth` query parameter).

    Args:
        auth (str | Unset):
        l1_address (str):
        date (str):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HistoricalTradesExportData | ResultCode
    """

    return sync_detailed(
        client=client,
        auth=auth,
        l1_address=l1_address,
        date=date,
        authorization=authorization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    auth: str | Unset = UNSET,
    l1_address: str,
    date: str,
    authorization: str | Unset = UNSET,
) -> Response[HistoricalTradesExportData | ResultCode]:
    """Export global trade history

     Returns a presigned link (valid one hour) to the exchange's trade history for one UTC day, refreshed
    daily. Access is unlocked by a one-time LIT transfer. The token goes in the `authorization` header
    (or the legacy `auth` query parameter).

    Args:
        auth (str | Unset):
        l1_address (str):
        date (str):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HistoricalTradesExportData | ResultCode]
    """

    kwargs = _get_kwargs(
        auth=auth,
        l1_address=l1_address,
        date=date,
        authorization=authorization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    auth: str | Unset = UNSET,
    l1_address: str,
    date: str,
    authorization: str | Unset = UNSET,
) -> HistoricalTradesExportData | ResultCode | None:
    """Export global trade history

     Returns a presigned link (valid one hour) to the exchange's trade history for one UTC day, refreshed
    daily. Access is unlocked by a one-time LIT transfer. The token goes in the `authorization` header
    (or the legacy `auth` query parameter).

    Args:
        auth (str | Unset):
        l1_address (str):
        date (str):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HistoricalTradesExportData | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            auth=auth,
            l1_address=l1_address,
            date=date,
            authorization=authorization,
        )
    ).parsed
