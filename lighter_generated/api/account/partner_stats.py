from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.partner_stats import PartnerStats
from ...models.result_code import ResultCode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    account_index: int,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    period: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["account_index"] = account_index

    params["start_timestamp"] = start_timestamp

    params["end_timestamp"] = end_timestamp

    params["period"] = period

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/partnerStats",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PartnerStats | ResultCode:
    if response.status_code == 200:
        response_200 = PartnerStats.from_dict(response.json())

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
) -> Response[PartnerStats | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_index: int,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    period: str | Unset = UNSET,
) -> Response[PartnerStats | ResultCode]:
    """Partner (integrator) stats

     Volume and fees generated through an integrator account. Without timestamps the figures cover all
    time.

    Args:
        account_index (int):
        start_timestamp (int | Unset):
        end_timestamp (int | Unset):
        period (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartnerStats | ResultCode]
    """

    kwargs = _get_kwargs(
        account_index=account_index,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        period=period,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    account_index: int,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    period: str | Unset = UNSET,
) -> PartnerStats | ResultCode | None:
    """Partner (integrator) stats

     Volume and fees generated through an integrator account. Without timestamps the figures cover all
    time.

    Args:
        account_index (int):
        start_timestamp (int | Unset):
        end_timestamp (int | Unset):
        period (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnerStats | ResultCode
    """

    return sync_detailed(
        client=client,
        account_index=account_index,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        period=period,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_index: int,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    period: str | Unset = UNSET,
) -> Response[PartnerStats | ResultCode]:
    """Partner (integrator) stats

     Volume and fees generated through an integrator account. Without timestamps the figures cover all
    time.

    Args:
        account_index (int):
        start_timestamp (int | Unset):
        end_timestamp (int | Unset):
        period (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartnerStats | ResultCode]
    """

    kwargs = _get_kwargs(
        account_index=account_index,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        period=period,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    account_index: int,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    period: str | Unset = UNSET,
) -> PartnerStats | ResultCode | None:
    """Partner (integrator) stats

     Volume and fees generated through an integrator account. Without timestamps the figures cover all
    time.

    Args:
        account_index (int):
        start_timestamp (int | Unset):
        end_timestamp (int | Unset):
        period (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnerStats | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            account_index=account_index,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            period=period,
        )
    ).parsed
