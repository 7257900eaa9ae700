from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.referral_code import ReferralCode
from ...models.req_create_referral_code import ReqCreateReferralCode
from ...models.result_code import ResultCode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ReqCreateReferralCode,
    authorization: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["authorization"] = authorization

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/referral/create",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ReferralCode | ResultCode:
    if response.status_code == 200:
        response_200 = ReferralCode.from_dict(response.json())

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
) -> Response[ReferralCode | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReqCreateReferralCode,
    authorization: str | Unset = UNSET,
) -> Response[ReferralCode | ResultCode]:
    """Create a referral code

     Creates the referral code of an account. Weight 3000.

    Args:
        authorization (str | Unset):
        body (ReqCreateReferralCode): Body of `referral_create` (POST /api/v1/referral/create).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReferralCode | ResultCode]
    """

    kwargs = _get_kwargs(
        body=body,
        authorization=authorization,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ReqCreateReferralCode,
    authorization: str | Unset = UNSET,
) -> ReferralCode | ResultCode | None:
    """Create a referral code

     Creates the referral code of an account. Weight 3000.

    Args:
        authorization (str | Unset):
        body (ReqCreateReferralCode): Body of `referral_create` (POST /api/v1/referral/create).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReferralCode | ResultCode
    """

    return sync_detailed(
        client=client,
        body=body,
        authorization=authorization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReqCreateReferralCode,
    authorization: str | Unset = UNSET,
) -> Response[ReferralCode | ResultCode]:
    """Create a referral code

     Creates the referral code of an account. Weight 3000.

    Args:
        authorization (str | Unset):
        body (ReqCreateReferralCode): Body of `referral_create` (POST /api/v1/referral/create).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReferralCode | ResultCode]
    """

    kwargs = _get_kwargs(
        body=body,
        authorization=authorization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReqCreateReferralCode,
    authorization: str | Unset = UNSET,
) -> ReferralCode | ResultCode | None:
    """Create a referral code

     Creates the referral code of an account. Weight 3000.

    Args:
        authorization (str | Unset):
        body (ReqCreateReferralCode): Body of `referral_create` (POST /api/v1/referral/create).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReferralCode | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            authorization=authorization,
        )
    ).parsed
