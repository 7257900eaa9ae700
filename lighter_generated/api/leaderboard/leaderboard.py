from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.leaderboard import Leaderboard
from ...models.leaderboard_type import LeaderboardType
from ...models.result_code import ResultCode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: LeaderboardType,
    l1_address: str | Unset = UNSET,
    competition_id: str | Unset = UNSET,
    auth: str | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["authorization"] = authorization

    params: dict[str, Any] = {}

    json_type_: str = type_
    params["type"] = json_type_

    params["l1_address"] = l1_address

    params["competition_id"] = competition_id

    params["auth"] = auth

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/leaderboard",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Leaderboard | ResultCode:
    if response.status_code == 200:
        response_200 = Leaderboard.from_dict(response.json())

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
) -> Response[Leaderboard | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: LeaderboardType,
    l1_address: str | Unset = UNSET,
    competition_id: str | Unset = UNSET,
    auth: str | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> Response[Leaderboard | ResultCode]:
    """Points leaderboard

     Weekly, all-time or competition points leaderboard. The auth token may come in the `authorization`
    header or, for older clients, in the `auth` query parameter.

    Args:
        type_ (LeaderboardType):
        l1_address (str | Unset):
        competition_id (str | Unset):
        auth (str | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Leaderboard | ResultCode]
    """

    kwargs = _get_kwargs(
        type_=type_,
        l1_address=l1_address,
        competition_id=competition_id,
        auth=auth,
        authorization=authorization,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: LeaderboardType,
    l1_address: str | Unset = UNSET,
    competition_id: str | Unset = UNSET,
    auth: str | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> Leaderboard | ResultCode | None:
    """Points leaderboard

     Weekly, all-time or competition points leaderboard. The auth token may come in the `authorization`
    header or, for older clients, in the `auth` query parameter.

    Args:
        type_ (LeaderboardType):
        l1_address (str | Unset):
        competition_id (str | Unset):
        auth (str | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Leaderboard | ResultCode
    """

    return sync_detailed(
        client=client,
        type_=type_,
        l1_address=l1_address,
        competition_id=competition_id,
        auth=auth,
        authorization=authorization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: LeaderboardType,
    l1_address: str | Unset = UNSET,
    competition_id: str | Unset = UNSET,
    auth: str | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> Response[Leaderboard | ResultCode]:
    """Points leaderboard

     Weekly, all-time or competition points leaderboard. The auth token may come in the `authorization`
    header or, for older clients, in the `auth` query parameter.

    Args:
        type_ (LeaderboardType):
        l1_address (str | Unset):
        competition_id (str | Unset):
        auth (str | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Leaderboard | ResultCode]
    """

    kwargs = _get_kwargs(
        type_=type_,
        l1_address=l1_address,
        competition_id=competition_id,
        auth=auth,
        authorization=authorization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: LeaderboardType,
    l1_address: str | Unset = UNSET,
    competition_id: str | Unset = UNSET,
    auth: str | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> Leaderboard | ResultCode | None:
    """Points leaderboard

     Weekly, all-time or competition points leaderboard. The auth token may come in the `authorization`
    header or, for older clients, in the `auth` query parameter.

    Args:
        type_ (LeaderboardType):
        l1_address (str | Unset):
        competition_id (str | Unset):
        auth (str | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Leaderboard | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            l1_address=l1_address,
            competition_id=competition_id,
            auth=auth,
            authorization=authorization,
        )
    ).parsed
