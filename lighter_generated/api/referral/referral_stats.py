from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.referral_stats import ReferralStats
from ...models.result_code import ResultCode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    auth: str | Unset = UNSET,
    l1_address: str,
    is_eligible: bool | Unset = False,
    authorization: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["authorization"] = authorization

    params: dict[str, Any] = {}

    params["auth"] = auth

    params["l1_address"] = l1_address

    params["is_eligible"] = is_eligible

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/referral/stats",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ReferralStats | ResultCode:
    if response.status_code == 200:
        response_200 = ReferralStats.from_dict(response.json())

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
) -> Response[ReferralStats | ResultCode]:
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
    is_eligible: bool | Unset = False,
    authorization: str | Unset = UNSET,
) -> Response[ReferralStats | ResultCode]:
    """Referral trade stats

     Trading stats summed over the users referred by an L1 address. The token may also be passed in the
    legacy `auth` query parameter.

    Args:
        auth (str | Unset):
        l1_address (str):
        is_eligible (bool | Unset):  Default: False.
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReferralStats | ResultCode]
    """

    kwargs = _get_kwargs(
        auth=auth,
        l1_address=l1_address,
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
    auth: str | Unset = UNSET,
    l1_address: str,
    is_eligible: bool | Unset = False,
    authorization: str | Unset = UNSET,
) -> ReferralStats | ResultCode | None:
    """Referral trade stats

     Trading stats summed over the users referred by an L1 address. The token may also be passed in the
    legacy `auth` query parameter.

    Args:
        auth (str | Unset):
        l1_address (str):
        is_eligible (bool | Unset):  Default: False.
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReferralStats | ResultCode
    """

    return sync_detailed(
        client=client,
        auth=auth,
        l1_address=l1_address,
        is_eligible=is_eligible,
        authorization=authorization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    auth: str | Unset = UNSET,
    l1_address: str,
    is_eligible: bool | Unset = False,
    authorization: str | Unset = UNSET,
) -> Response[ReferralStats | ResultCode]:
    """Referral trade stats

     Trading stats summed over the users referred by an L1 address. The token may also be passed in the
    legacy `auth` query parameter.

    Args:
        auth (str | Unset):
        l1_address (str):
        is_eligible (bool | Unset):  Default: False.
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReferralStats | ResultCode]
    """

    kwargs = _get_kwargs(
        auth=auth,
        l1_address=l1_address,
        is_eligible=is_eligible,
        authorization=authorization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    auth: str | Unset = UNSET,
    l1_address: str,
    is_eligible: bool | Unset = False,
    authorization: str | Unset = UNSET,
) -> ReferralStats | ResultCode | None:
    """Referral trade stats

     Trading stats summed over the users referred by an L1 address. The token may also be passed in the
    legacy `auth` query parameter.

    Args:
        auth (str | Unset):
        l1_address (str):
        is_eligible (bool | Unset):  Default: False.
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReferralStats | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            auth=auth,
            l1_address=l1_address,
            is_eligible=is_eligible,
            authorization=authorization,
        )
    ).parsed
