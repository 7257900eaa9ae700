from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.req_update_referral_code import ReqUpdateReferralCode
from ...models.resp_update_referral_code import RespUpdateReferralCode
from ...models.result_code import ResultCode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ReqUpdateReferralCode,
    authorization: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["authorization"] = authorization

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/referral/update",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RespUpdateReferralCode | ResultCode:
    if response.status_code == 200:
        response_200 = RespUpdateReferralCode.from_dict(response.json())

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
) -> Response[RespUpdateReferralCode | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReqUpdateReferralCode,
    authorization: str | Unset = UNSET,
) -> Response[RespUpdateReferralCode | ResultCode]:
    """Change the referral code

     Renames the referral code of an account; allowed once per account. Weight 3000.

    Args:
        authorization (str | Unset):
        body (ReqUpdateReferralCode): Body of `referral_update` (POST /api/v1/referral/update).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespUpdateReferralCode | ResultCode]
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
    body: ReqUpdateReferralCode,
    authorization: str | Unset = UNSET,
) -> RespUpdateReferralCode | ResultCode | None:
    """Change the referral code

     Renames the referral code of an account; allowed once per account. Weight 3000.

    Args:
        authorization (str | Unset):
        body (ReqUpdateReferralCode): Body of `referral_update` (POST /api/v1/referral/update).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespUpdateReferralCode | ResultCode
    """

    return sync_detailed(
        client=client,
        body=body,
        authorization=authorization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReqUpdateReferralCode,
    authorization: str | Unset = UNSET,
) -> Response[RespUpdateReferralCode | ResultCode]:
    """Change the referral code

     Renames the referral code of an account; allowed once per account. Weight 3000.

    Args:
        authorization (str | Unset):
        body (ReqUpdateReferralCode): Body of `referral_update` (POST /api/v1/referral/update).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespUpdateReferralCode | ResultCode]
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
    body: ReqUpdateReferralCode,
    authorization: str | Unset = UNSET,
) -> RespUpdateReferralCode | ResultCode | None:
    """Change the referral code

     Renames the referral code of an account; allowed once per account. Weight 3000.

    Args:
        authorization (str | Unset):
        body (ReqUpdateReferralCode): Body of `referral_update` (POST /api/v1/referral/update).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespUpdateReferralCode | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            authorization=authorization,
        )
    ).parsed
