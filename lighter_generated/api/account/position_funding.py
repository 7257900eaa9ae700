from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.position_funding_side import (
    PositionFundingSide,
)
from ...models.position_fundings import PositionFundings
from ...models.result_code import ResultCode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    account_index: int,
    cursor: str | Unset = UNSET,
    limit: int,
    side: PositionFundingSide | Unset = "all",
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    market_ids: list[int] | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["authorization"] = authorization

    params: dict[str, Any] = {}

    params["account_index"] = account_index

    params["cursor"] = cursor

    params["limit"] = limit

    json_side: str | Unset = UNSET
    if not isinstance(side, Unset):
        json_side = side

    params["side"] = json_side

    params["start_timestamp"] = start_timestamp

    params["end_timestamp"] = end_timestamp

    json_market_ids: list[int] | Unset = UNSET
    if not isinstance(market_ids, Unset):
        json_market_ids = market_ids

    params["market_ids"] = json_market_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/positionFunding",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PositionFundings | ResultCode:
    if response.status_code == 200:
        response_200 = PositionFundings.from_dict(response.json())

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
) -> Response[PositionFundings | ResultCode]:
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
    cursor: str | Unset = UNSET,
    limit: int,
    side: PositionFundingSide | Unset = "all",
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    market_ids: list[int] | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> Response[PositionFundings | ResultCode]:
    """Funding payments of positions

     Funding paid or received by the positions of an account, newest first, paginated with `cursor`. An
    auth token in the `authorization` header unlocks private data.

    Args:
        account_index (int):
        cursor (str | Unset):
        limit (int):
        side (PositionFundingSide | Unset):  Default: 'all'.
        start_timestamp (int | Unset):
        end_timestamp (int | Unset):
        market_ids (list[int] | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PositionFundings | ResultCode]
    """

    kwargs = _get_kwargs(
        account_index=account_index,
        cursor=cursor,
        limit=limit,
        side=side,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        market_ids=market_ids,
        authorization=authorization,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    account_index: int,
    cursor: str | Unset = UNSET,
    limit: int,
    side: PositionFundingSide | Unset = "all",
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    market_ids: list[int] | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> PositionFundings | ResultCode | None:
    """Funding payments of positions

     Funding paid or received by the positions of an account, newest first, paginated with `cursor`. An
    auth token in the `authorization` header unlocks private data.

    Args:
        account_index (int):
        cursor (str | Unset):
        limit (int):
        side (PositionFundingSide | Unset):  Default: 'all'.
        start_timestamp (int | Unset):
        end_timestamp (int | Unset):
        market_ids (list[int] | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PositionFundings | ResultCode
    """

    return sync_detailed(
        client=client,
        account_index=account_index,
        cursor=cursor,
        limit=limit,
        side=side,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        market_ids=market_ids,
        authorization=authorization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_index: int,
    cursor: str | Unset = UNSET,
    limit: int,
    side: PositionFundingSide | Unset = "all",
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    market_ids: list[int] | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> Response[PositionFundings | ResultCode]:
    """Funding payments of positions

     Funding paid or received by the positions of an account, newest first, paginated with `cursor`. An
    auth token in the `authorization` header unlocks private data.

    Args:
        account_index (int):
        cursor (str | Unset):
        limit (int):
        side (PositionFundingSide | Unset):  Default: 'all'.
        start_timestamp (int | Unset):
        end_timestamp (int | Unset):
        market_ids (list[int] | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PositionFundings | ResultCode]
    """

    kwargs = _get_kwargs(
        account_index=account_index,
        cursor=cursor,
        limit=limit,
        side=side,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        market_ids=market_ids,
        authorization=authorization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    account_index: int,
    cursor: str | Unset = UNSET,
    limit: int,
    side: PositionFundingSide | Unset = "all",
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    market_ids: list[int] | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> PositionFundings | ResultCode | None:
    """Funding payments of positions

     Funding paid or received by the positions of an account, newest first, paginated with `cursor`. An
    auth token in the `authorization` header unlocks private data.

    Args:
        account_index (int):
        cursor (str | Unset):
        limit (int):
        side (PositionFundingSide | Unset):  Default: 'all'.
        start_timestamp (int | Unset):
        end_timestamp (int | Unset):
        market_ids (list[int] | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PositionFundings | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            account_index=account_index,
            cursor=cursor,
            limit=limit,
            side=side,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            market_ids=market_ids,
            authorization=authorization,
        )
    ).parsed
