from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.result_code import ResultCode
from ...models.user_referrals import UserReferrals
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    l1_address: str,
    cursor: str | Unset = UNSET,
    stats_start_timestamp: int | Unset = UNSET,
    stats_end_timestamp: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    is_eligible: bool | Unset = False,
    authorization: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["authorization"] = authorization

    params: dict[str, Any] = {}

    params["l1_address"] = l1_address

    params["cursor"] = cursor

    params["stats_start_timestamp"] = stats_start_timestamp

    params["stats_end_timestamp"] = stats_end_timestamp

    params["limit"] = limit

    params["is_eligible"] = is_eligible

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/referral/userReferrals",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ResultCode | UserReferrals:
    if response.status_code == 200:
        response_200 = UserReferrals.from_dict(response.json())

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
) -> Response[ResultCode | UserReferrals]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    l1_address: str,
    cursor: str | Unset = UNSET,
    stats_start_timestamp: int | Unset = UNSET,
    stats_end_timestamp: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    is_eligible: bool | Unset = False,
    authorization: str | Unset = UNSET,
) -> Response[ResultCode | UserReferrals]:
    """Users referred by an address

     Users referred by an L1 address with their stats, paginated with `cursor` (limit up to 300). Weight
    3000.

    Args:
        l1_address (str):
        cursor (str | Unset):
        stats_start_timestamp (int | Unset):
        stats_end_timestamp (int | Unset):
        limit (int | Unset):
        is_eligible (bool | Unset):  Default: False.
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResultCode | UserReferrals]
    """

    kwargs = _get_kwargs(
        l1_address=l1_address,
        cursor=cursor,
        stats_start_timestamp=stats_start_timestamp,
        stats_end_timestamp=stats_end_timestamp,
        limit=limit,
        is_eligible=is_eligible,
        authorization=authorization,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    l1_address: str,
    cursor: str | Unset = UNSET,
    stats_start_timestamp: int | Unset = UNSET,
    stats_end_timestamp: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    is_eligible: bool | Unset = False,
    authorization: str | Unset = UNSET,
) -> ResultCode | UserReferrals | None:
    """Users referred by an address

     Users referred by an L1 address with their stats, paginated with `cursor` (limit up to 300). Weight
    3000.

    Args:
        l1_address (str):
        cursor (str | Unset):
        stats_start_timestamp (int | Unset):
        stats_end_timestamp (int | Unset):
        limit (int | Unset):
        is_eligible (bool | Unset):  Default: False.
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResultCode | UserReferrals
    """

    return sync_detailed(
        client=client,
        l1_address=l1_address,
        cursor=cursor,
        stats_start_timestamp=stats_start_timestamp,
        stats_end_timestamp=stats_end_timestamp,
        limit=limit,
        is_eligible=is_eligible,
        authorization=authorization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    l1_address: str,
    cursor: str | Unset = UNSET,
    stats_start_timestamp: int | Unset = UNSET,
    stats_end_timestamp: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    is_eligible: bool | Unset = False,
    authorization: str | Unset = UNSET,
) -> Response[ResultCode | UserReferrals]:
    """Users referred by an address

     Users referred by an L1 address with their stats, paginated with `cursor` (limit up to 300). Weight
    3000.

    Args:
        l1_address (str):
        cursor (str | Unset):
        stats_start_timestamp (int | Unset):
        stats_end_timestamp (int | Unset):
        limit (int | Unset):
        is_eligible (bool | Unset):  Default: False.
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResultCode | UserReferrals]
    """

    kwargs = _get_kwargs(
        l1_address=l1_address,
        cursor=cursor,
        stats_start_timestamp=stats_start_timestamp,
        stats_end_timestamp=stats_end_timestamp,
        limit=limit,
        is_eligible=is_eligible,
        authorization=authorization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    l1_address: str,
    cursor: str | Unset = UNSET,
    stats_start_timestamp: int | Unset = UNSET,
    stats_end_timestamp: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    is_eligible: bool | Unset = False,
    authorization: str | Unset = UNSET,
) -> ResultCode | UserReferrals | None:
    """Users referred by an address

     Users referred by an L1 address with their stats, paginated with `cursor` (limit up to 300). Weight
    3000.

    Args:
        l1_address (str):
        cursor (str | Unset):
        stats_start_timestamp (int | Unset):
        stats_end_timestamp (int | Unset):
        limit (int | Unset):
        is_eligible (bool | Unset):  Default: False.
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResultCode | UserReferrals
    """

    return (
        await asyncio_detailed(
            client=client,
            l1_address=l1_address,
            cursor=cursor,
            stats_start_timestamp=stats_start_timestamp,
            stats_end_timestamp=stats_end_timestamp,
            limit=limit,
            is_eligible=is_eligible,
            authorization=authorization,
        )
    ).parsed
