from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.account_pnl import AccountPnL
from ...models.pnl_by import PnlBy
from ...models.pnl_resolution import PnlResolution
from ...models.result_code import ResultCode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    by: PnlBy,
    value: str,
    resolution: PnlResolution,
    start_timestamp: int,
    end_timestamp: int,
    count_back: int,
    ignore_transfers: bool | Unset = False,
    authorization: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["authorization"] = authorization

    params: dict[str, Any] = {}

    json_by: str = by
    params["by"] = json_by

    params["value"] = value

    json_resolution: str = resolution
    params["resolution"] = json_resolution

    params["start_timestamp"] = start_timestamp

    params["end_timestamp"] = end_timestamp

    params["count_back"] = count_back

    params["ignore_transfers"] = ignore_transfers

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/pnl",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AccountPnL | ResultCode:
    if response.status_code == 200:
        response_200 = AccountPnL.from_dict(response.json())

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
) -> Response[AccountPnL | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    by: PnlBy,
    value: str,
    resolution: PnlResolution,
    start_timestamp: int,
    end_timestamp: int,
    count_back: int,
    ignore_transfers: bool | Unset = False,
    authorization: str | Unset = UNSET,
) -> Response[AccountPnL | ResultCode]:
    """PnL chart

     Profit-and-loss time series of an account at the given resolution. An auth token in the
    `authorization` header unlocks private data.

    Args:
        by (PnlBy):
        value (str):
        resolution (PnlResolution):
        start_timestamp (int):
        end_timestamp (int):
        count_back (int):
        ignore_transfers (bool | Unset):  Default: False.
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountPnL | ResultCode]
    """

    kwargs = _get_kwargs(
        by=by,
        value=value,
        resolution=resolution,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        count_back=count_back,
        ignore_transfers=ignore_transfers,
        authorization=authorization,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    by: PnlBy,
    value: str,
    resolution: PnlResolution,
    start_timestamp: int,
    end_timestamp: int,
    count_back: int,
    ignore_transfers: bool | Unset = False,
    authorization: str | Unset = UNSET,
) -> AccountPnL | ResultCode | None:
    """PnL chart

     Profit-and-loss time series of an account at the given resolution. An auth token in the
    `authorization` header unlocks private data.

    Args:
        by (PnlBy):
        value (str):
        resolution (PnlResolution):
        start_timestamp (int):
        end_timestamp (int):
        count_back (int):
        ignore_transfers (bool | Unset):  Default: False.
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountPnL | ResultCode
    """

    return sync_detailed(
        client=client,
        by=by,
        value=value,
        resolution=resolution,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        count_back=count_back,
        ignore_transfers=ignore_transfers,
        authorization=authorization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    by: PnlBy,
    value: str,
    resolution: PnlResolution,
    start_timestamp: int,
    end_timestamp: int,
    count_back: int,
    ignore_transfers: bool | Unset = False,
    authorization: str | Unset = UNSET,
) -> Response[AccountPnL | ResultCode]:
    """PnL chart

     Profit-and-loss time series of an account at the given resolution. An auth token in the
    `authorization` header unlocks private data.

    Args:
        by (PnlBy):
        value (str):
        resolution (PnlResolution):
        start_timestamp (int):
        end_timestamp (int):
        count_back (int):
        ignore_transfers (bool | Unset):  Default: False.
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountPnL | ResultCode]
    """

    kwargs = _get_kwargs(
        by=by,
        value=value,
        resolution=resolution,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        count_back=count_back,
        ignore_transfers=ignore_transfers,
        authorization=authorization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    by: PnlBy,
    value: str,
    resolution: PnlResolution,
    start_timestamp: int,
    end_timestamp: int,
    count_back: int,
    ignore_transfers: bool | Unset = False,
    authorization: str | Unset = UNSET,
) -> AccountPnL | ResultCode | None:
    """PnL chart

     Profit-and-loss time series of an account at the given resolution. An auth token in the
    `authorization` header unlocks private data.

    Args:
        by (PnlBy):
        value (str):
        resolution (PnlResolution):
        start_timestamp (int):
        end_timestamp (int):
        count_back (int):
        ignore_transfers (bool | Unset):  Default: False.
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountPnL | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            by=by,
            value=value,
            resolution=resolution,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            count_back=count_back,
            ignore_transfers=ignore_transfers,
            authorization=authorization,
        )
    ).parsed
