from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.execute_stats_period import (
    ExecuteStatsPeriod,
)
from ...models.resp_get_execute_stats import RespGetExecuteStats
from ...models.result_code import ResultCode
from ...types import UNSET, Response


def _get_kwargs(
    *,
    period: ExecuteStatsPeriod,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_period: str = period
    params["period"] = json_period

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/executeStats",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RespGetExecuteStats | ResultCode:
    if response.status_code == 200:
        response_200 = RespGetExecuteStats.from_dict(response.json())

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
) -> Response[RespGetExecuteStats | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    period: ExecuteStatsPeriod,
) -> Response[RespGetExecuteStats | ResultCode]:
    """Execution statistics

     Average slippage by order size, per venue and market, over a period.

    Args:
        period (ExecuteStatsPeriod):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespGetExecuteStats | ResultCode]
    """

    kwargs = _get_kwargs(
        period=period,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    period: ExecuteStatsPeriod,
) -> RespGetExecuteStats | ResultCode | None:
    """Execution statistics

     Average slippage by order size, per venue and market, over a period.

    Args:
        period (ExecuteStatsPeriod):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespGetExecuteStats | ResultCode
    """

    return sync_detailed(
        client=client,
        period=period,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    period: ExecuteStatsPeriod,
) -> Response[RespGetExecuteStats | ResultCode]:
    """Execution statistics

     Average slippage by order size, per venue and market, over a period.

    Args:
        period (ExecuteStatsPeriod):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespGetExecuteStats | ResultCode]
    """

    kwargs = _get_kwargs(
        period=period,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    period: ExecuteStatsPeriod,
) -> RespGetExecuteStats | ResultCode | None:
    """Execution statistics

     Average slippage by order size, per venue and market, over a period.

    Args:
        period (ExecuteStatsPeriod):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespGetExecuteStats | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            period=period,
        )
    ).parsed
