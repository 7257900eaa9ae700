from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.resp_get_bo_pn_l import RespGetBoPnL
from ...models.result_code import ResultCode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    auth: str | Unset = UNSET,
    account_index: int,
    event_id: int | Unset = UNSET,
    cursor: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["authorization"] = authorization

    params: dict[str, Any] = {}

    params["auth"] = auth

    params["account_index"] = account_index

    params["event_id"] = event_id

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/portfolio/boPnl",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> RespGetBoPnL | ResultCode:
    if response.status_code == 200:
        response_200 = RespGetBoPnL.from_dict(response.json())

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
) -> Response[RespGetBoPnL | ResultCode]:
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
    account_index: int,
    event_id: int | Unset = UNSET,
    cursor: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> Response[RespGetBoPnL | ResultCode]:
    """Binary-option PnL

     Profit and loss of an account on binary-option events, per event and outcome market, paginated with
    `cursor`. Takes the account's auth token (optional for now, as in the official SDK).

    Args:
        auth (str | Unset):
        account_index (int):
        event_id (int | Unset):
        cursor (int | Unset):
        limit (int | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespGetBoPnL | ResultCode]
    """

    kwargs = _get_kwargs(
        auth=auth,
        account_index=account_index,
        event_id=event_id,
        cursor=cursor,
        limit=limit,
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
    account_index: int,
    event_id: int | Unset = UNSET,
    cursor: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> RespGetBoPnL | ResultCode | None:
    """Binary-option PnL

     Profit and loss of an account on binary-option events, per event and outcome market, paginated with
    `cursor`. Takes the account's auth token (optional for now, as in the official SDK).

    Args:
        auth (str | Unset):
        account_index (int):
        event_id (int | Unset):
        cursor (int | Unset):
        limit (int | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespGetBoPnL | ResultCode
    """

    return sync_detailed(
        client=client,
        auth=auth,
        account_index=account_index,
        event_id=event_id,
        cursor=cursor,
        limit=limit,
        authorization=authorization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    auth: str | Unset = UNSET,
    account_index: int,
    event_id: int | Unset = UNSET,
    cursor: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> Response[RespGetBoPnL | ResultCode]:
    """Binary-option PnL

     Profit and loss of an account on binary-option events, per event and outcome market, paginated with
    `cursor`. Takes the account's auth token (optional for now, as in the official SDK).

    Args:
        auth (str | Unset):
        account_index (int):
        event_id (int | Unset):
        cursor (int | Unset):
        limit (int | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespGetBoPnL | ResultCode]
    """

    kwargs = _get_kwargs(
        auth=auth,
        account_index=account_index,
        event_id=event_id,
        cursor=cursor,
        limit=limit,
        authorization=authorization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    auth: str | Unset = UNSET,
    account_index: int,
    event_id: int | Unset = UNSET,
    cursor: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> RespGetBoPnL | ResultCode | None:
    """Binary-option PnL

     Profit and loss of an account on binary-option events, per event and outcome market, paginated with
    `cursor`. Takes the account's auth token (optional for now, as in the official SDK).

    Args:
        auth (str | Unset):
        account_index (int):
        event_id (int | Unset):
        cursor (int | Unset):
        limit (int | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespGetBoPnL | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            auth=auth,
            account_index=account_index,
            event_id=event_id,
            cursor=cursor,
            limit=limit,
            authorization=authorization,
        )
    ).parsed
