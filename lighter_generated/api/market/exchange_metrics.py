from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.exchange_metrics_filter import (
    ExchangeMetricsFilter,
)
from ...models.exchange_metrics_kind import (
    ExchangeMetricsKind,
)
from ...models.exchange_metrics_period import (
    ExchangeMetricsPeriod,
)
from ...models.resp_get_exchange_metrics import RespGetExchangeMetrics
from ...models.result_code import ResultCode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    period: ExchangeMetricsPeriod,
    kind: ExchangeMetricsKind,
    filter_: ExchangeMetricsFilter | Unset = UNSET,
    value: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_period: str = period
    params["period"] = json_period

    json_kind: str = kind
    params["kind"] = json_kind

    json_filter_: str | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_

    params["filter"] = json_filter_

    params["value"] = value

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/exchangeMetrics",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RespGetExchangeMetrics | ResultCode:
    if response.status_code == 200:
        response_200 = RespGetExchangeMetrics.from_dict(response.json())

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
) -> Response[RespGetExchangeMetrics | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    period: ExchangeMetricsPeriod,
    kind: ExchangeMetricsKind,
    filter_: ExchangeMetricsFilter | Unset = UNSET,
    value: str | Unset = UNSET,
) -> Response[RespGetExchangeMetrics | ResultCode]:
    """Exchange metrics

     Time series of one exchange metric over a period; `filter=byMarket` with the market symbol as
    `value` narrows it to one market.

    Args:
        period (ExchangeMetricsPeriod):
        kind (ExchangeMetricsKind):
        filter_ (ExchangeMetricsFilter | Unset):
        value (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespGetExchangeMetrics | ResultCode]
    """

    kwargs = _get_kwargs(
        period=period,
        kind=kind,
        filter_=filter_,
        value=value,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    period: ExchangeMetricsPeriod,
    kind: ExchangeMetricsKind,
    filter_: ExchangeMetricsFilter | Unset = UNSET,
    value: str | Unset = UNSET,
) -> RespGetExchangeMetrics | ResultCode | None:
    """Exchange metrics

     Time series of one exchange metric over a period; `filter=byMarket` with the market symbol as
    `value` narrows it to one market.

    Args:
        period (ExchangeMetricsPeriod):
        kind (ExchangeMetricsKind):
        filter_ (ExchangeMetricsFilter | Unset):
        value (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespGetExchangeMetrics | ResultCode
    """

    return sync_detailed(
        client=client,
        period=period,
        kind=kind,
        filter_=filter_,
        value=value,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    period: ExchangeMetricsPeriod,
    kind: ExchangeMetricsKind,
    filter_: ExchangeMetricsFilter | Unset = UNSET,
    value: str | Unset = UNSET,
) -> Response[RespGetExchangeMetrics | ResultCode]:
    """Exchange metrics

     Time series of one exchange metric over a period; `filter=byMarket` with the market symbol as
    `value` narrows it to one market.

    Args:
        period (ExchangeMetricsPeriod):
        kind (ExchangeMetricsKind):
        filter_ (ExchangeMetricsFilter | Unset):
        value (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespGetExchangeMetrics | ResultCode]
    """

    kwargs = _get_kwargs(
        period=period,
        kind=kind,
        filter_=filter_,
        value=value,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    period: ExchangeMetricsPeriod,
    kind: ExchangeMetricsKind,
    filter_: ExchangeMetricsFilter | Unset = UNSET,
    value: str | Unset = UNSET,
) -> RespGetExchangeMetrics | ResultCode | None:
    """Exchange metrics

     Time series of one exchange metric over a period; `filter=byMarket` with the market symbol as
    `value` narrows it to one market.

    Args:
        period (ExchangeMetricsPeriod):
        kind (ExchangeMetricsKind):
        filter_ (ExchangeMetricsFilter | Unset):
        value (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespGetExchangeMetrics | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            period=period,
            kind=kind,
            filter_=filter_,
            value=value,
        )
    ).parsed
