from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.resp_get_events import RespGetEvents
from ...models.result_code import ResultCode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    event_ids: str | Unset = UNSET,
    market_ids: str | Unset = UNSET,
    creator_account_index: int | Unset = UNSET,
    cursor: int | Unset = UNSET,
    active: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    tag: str | Unset = UNSET,
    event_kind: str | Unset = UNSET,
    start_from: int | Unset = UNSET,
    start_before: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["event_ids"] = event_ids

    params["market_ids"] = market_ids

    params["creator_account_index"] = creator_account_index

    params["cursor"] = cursor

    params["active"] = active

    params["limit"] = limit

    params["tag"] = tag

    params["event_kind"] = event_kind

    params["start_from"] = start_from

    params["start_before"] = start_before

    params["sort"] = sort

    params["order"] = order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/events",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> RespGetEvents | ResultCode:
    if response.status_code == 200:
        response_200 = RespGetEvents.from_dict(response.json())

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
) -> Response[RespGetEvents | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    event_ids: str | Unset = UNSET,
    market_ids: str | Unset = UNSET,
    creator_account_index: int | Unset = UNSET,
    cursor: int | Unset = UNSET,
    active: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    tag: str | Unset = UNSET,
    event_kind: str | Unset = UNSET,
    start_from: int | Unset = UNSET,
    start_before: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: str | Unset = UNSET,
) -> Response[RespGetEvents | ResultCode]:
    """Binary-option events

     Binary-option events with their outcome markets, filtered and paginated with `cursor`. Public.

    Args:
        event_ids (str | Unset):
        market_ids (str | Unset):
        creator_account_index (int | Unset):
        cursor (int | Unset):
        active (bool | Unset):
        limit (int | Unset):
        tag (str | Unset):
        event_kind (str | Unset):
        start_from (int | Unset):
        start_before (int | Unset):
        sort (str | Unset):
        order (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespGetEvents | ResultCode]
    """

    kwargs = _get_kwargs(
        event_ids=event_ids,
        market_ids=market_ids,
        creator_account_index=creator_account_index,
        cursor=cursor,
        active=active,
        limit=limit,
        tag=tag,
        event_kind=event_kind,
        start_from=start_from,
        start_before=start_before,
        sort=sort,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    event_ids: str | Unset = UNSET,
    market_ids: str | Unset = UNSET,
    creator_account_index: int | Unset = UNSET,
    cursor: int | Unset = UNSET,
    active: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    tag: str | Unset = UNSET,
    event_kind: str | Unset = UNSET,
    start_from: int | Unset = UNSET,
    start_before: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: str | Unset = UNSET,
) -> RespGetEvents | ResultCode | None:
    """Binary-option events

     Binary-option events with their outcome markets, filtered and paginated with `cursor`. Public.

    Args:
        event_ids (str | Unset):
        market_ids (str | Unset):
        creator_account_index (int | Unset):
        cursor (int | Unset):
        active (bool | Unset):
        limit (int | Unset):
        tag (str | Unset):
        event_kind (str | Unset):
        start_from (int | Unset):
        start_before (int | Unset):
        sort (str | Unset):
        order (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespGetEvents | ResultCode
    """

    return sync_detailed(
        client=client,
        event_ids=event_ids,
        market_ids=market_ids,
        creator_account_index=creator_account_index,
        cursor=cursor,
        active=active,
        limit=limit,
        tag=tag,
        event_kind=event_kind,
        start_from=start_from,
        start_before=start_before,
        sort=sort,
        order=order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    event_ids: str | Unset = UNSET,
    market_ids: str | Unset = UNSET,
    creator_account_index: int | Unset = UNSET,
    cursor: int | Unset = UNSET,
    active: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    tag: str | Unset = UNSET,
    event_kind: str | Unset = UNSET,
    start_from: int | Unset = UNSET,
    start_before: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: str | Unset = UNSET,
) -> Response[RespGetEvents | ResultCode]:
    """Binary-option events

     Binary-option events with their outcome markets, filtered and paginated with `cursor`. Public.

    Args:
        event_ids (str | Unset):
        market_ids (str | Unset):
        creator_account_index (int | Unset):
        cursor (int | Unset):
        active (bool | Unset):
        limit (int | Unset):
        tag (str | Unset):
        event_kind (str | Unset):
        start_from (int | Unset):
        start_before (int | Unset):
        sort (str | Unset):
        order (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespGetEvents | ResultCode]
    """

    kwargs = _get_kwargs(
        event_ids=event_ids,
        market_ids=market_ids,
        creator_account_index=creator_account_index,
        cursor=cursor,
        active=active,
        limit=limit,
        tag=tag,
        event_kind=event_kind,
        start_from=start_from,
        start_before=start_before,
        sort=sort,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    event_ids: str | Unset = UNSET,
    market_ids: str | Unset = UNSET,
    creator_account_index: int | Unset = UNSET,
    cursor: int | Unset = UNSET,
    active: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    tag: str | Unset = UNSET,
    event_kind: str | Unset = UNSET,
    start_from: int | Unset = UNSET,
    start_before: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: str | Unset = UNSET,
) -> RespGetEvents | ResultCode | None:
    """Binary-option events

     Binary-option events with their outcome markets, filtered and paginated with `cursor`. Public.

    Args:
        event_ids (str | Unset):
        market_ids (str | Unset):
        creator_account_index (int | Unset):
        cursor (int | Unset):
        active (bool | Unset):
        limit (int | Unset):
        tag (str | Unset):
        event_kind (str | Unset):
        start_from (int | Unset):
        start_before (int | Unset):
        sort (str | Unset):
        order (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespGetEvents | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            event_ids=event_ids,
            market_ids=market_ids,
            creator_account_index=creator_account_index,
            cursor=cursor,
            active=active,
            limit=limit,
            tag=tag,
            event_kind=event_kind,
            start_from=start_from,
            start_before=start_before,
            sort=sort,
            order=order,
        )
    ).parsed
