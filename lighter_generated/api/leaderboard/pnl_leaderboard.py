from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.pnl_leaderboard import PnlLeaderboard
from ...models.pnl_leaderboard_sort_by import (
    PnlLeaderboardSortBy,
)
from ...models.pnl_leaderboard_sort_dir import (
    PnlLeaderboardSortDir,
)
from ...models.pnl_leaderboard_time_window import (
    PnlLeaderboardTimeWindow,
)
from ...models.result_code import ResultCode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    time_window: PnlLeaderboardTimeWindow = "all",
    sort_by: PnlLeaderboardSortBy = "pnl",
    sort_dir: PnlLeaderboardSortDir = "desc",
    limit: int = 10,
    offset: int = 0,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_time_window: str = time_window
    params["time_window"] = json_time_window

    json_sort_by: str = sort_by
    params["sort_by"] = json_sort_by

    json_sort_dir: str = sort_dir
    params["sort_dir"] = json_sort_dir

    params["limit"] = limit

    params["offset"] = offset

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/pnlLeaderboard",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PnlLeaderboard | ResultCode:
    if response.status_code == 200:
        response_200 = PnlLeaderboard.from_dict(response.json())

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
) -> Response[PnlLeaderboard | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    time_window: PnlLeaderboardTimeWindow = "all",
    sort_by: PnlLeaderboardSortBy = "pnl",
    sort_dir: PnlLeaderboardSortDir = "desc",
    limit: int = 10,
    offset: int = 0,
    search: str | Unset = UNSET,
) -> Response[PnlLeaderboard | ResultCode]:
    """PnL leaderboard

     Accounts ranked by PnL, ROI, volume or account value over a time window.

    Args:
        time_window (PnlLeaderboardTimeWindow):  Default: 'all'.
        sort_by (PnlLeaderboardSortBy):  Default: 'pnl'.
        sort_dir (PnlLeaderboardSortDir):  Default: 'desc'.
        limit (int):  Default: 10.
        offset (int):  Default: 0.
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PnlLeaderboard | ResultCode]
    """

    kwargs = _get_kwargs(
        time_window=time_window,
        sort_by=sort_by,
        sort_dir=sort_dir,
        limit=limit,
        offset=offset,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    time_window: PnlLeaderboardTimeWindow = "all",
    sort_by: PnlLeaderboardSortBy = "pnl",
    sort_dir: PnlLeaderboardSortDir = "desc",
    limit: int = 10,
    offset: int = 0,
    search: str | Unset = UNSET,
) -> PnlLeaderboard | ResultCode | None:
    """PnL leaderboard

     Accounts ranked by PnL, ROI, volume or account value over a time window.

    Args:
        time_window (PnlLeaderboardTimeWindow):  Default: 'all'.
        sort_by (PnlLeaderboardSortBy):  Default: 'pnl'.
        sort_dir (PnlLeaderboardSortDir):  Default: 'desc'.
        limit (int):  Default: 10.
        offset (int):  Default: 0.
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PnlLeaderboard | ResultCode
    """

    return sync_detailed(
        client=client,
        time_window=time_window,
        sort_by=sort_by,
        sort_dir=sort_dir,
        limit=limit,
        offset=offset,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    time_window: PnlLeaderboardTimeWindow = "all",
    sort_by: PnlLeaderboardSortBy = "pnl",
    sort_dir: PnlLeaderboardSortDir = "desc",
    limit: int = 10,
    offset: int = 0,
    search: str | Unset = UNSET,
) -> Response[PnlLeaderboard | ResultCode]:
    """PnL leaderboard

     Accounts ranked by PnL, ROI, volume or account value over a time window.

    Args:
        time_window (PnlLeaderboardTimeWindow):  Default: 'all'.
        sort_by (PnlLeaderboardSortBy):  Default: 'pnl'.
        sort_dir (PnlLeaderboardSortDir):  Default: 'desc'.
        limit (int):  Default: 10.
        offset (int):  Default: 0.
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PnlLeaderboard | ResultCode]
    """

    kwargs = _get_kwargs(
        time_window=time_window,
        sort_by=sort_by,
        sort_dir=sort_dir,
        limit=limit,
        offset=offset,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    time_window: PnlLeaderboardTimeWindow = "all",
    sort_by: PnlLeaderboardSortBy = "pnl",
    sort_dir: PnlLeaderboardSortDir = "desc",
    limit: int = 10,
    offset: int = 0,
    search: str | Unset = UNSET,
) -> PnlLeaderboard | ResultCode | None:
    """PnL leaderboard

     Accounts ranked by PnL, ROI, volume or account value over a time window.

    Args:
        time_window (PnlLeaderboardTimeWindow):  Default: 'all'.
        sort_by (PnlLeaderboardSortBy):  Default: 'pnl'.
        sort_dir (PnlLeaderboardSortDir):  Default: 'desc'.
        limit (int):  Default: 10.
        offset (int):  Default: 0.
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PnlLeaderboard | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            time_window=time_window,
            sort_by=sort_by,
            sort_dir=sort_dir,
            limit=limit,
            offset=offset,
            search=search,
        )
    ).parsed
