from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.result_code import ResultCode
from ...models.trades import Trades
from ...models.trades_market_type import TradesMarketType
from ...models.trades_role import TradesRole
from ...models.trades_sort_by import TradesSortBy
from ...models.trades_sort_dir import TradesSortDir
from ...models.trades_type import TradesType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    market_id: int | Unset = 255,
    market_type: TradesMarketType | Unset = "all",
    account_index: int | Unset = -1,
    order_index: int | Unset = UNSET,
    sort_by: TradesSortBy,
    sort_dir: TradesSortDir | Unset = "desc",
    cursor: str | Unset = UNSET,
    from_: int | Unset = -1,
    ask_filter: int | Unset = -1,
    role: TradesRole | Unset = "all",
    type_: TradesType | Unset = "all",
    limit: int,
    aggregate: bool | Unset = False,
    skip_ask_order_id: str | Unset = UNSET,
    skip_bid_order_id: str | Unset = UNSET,
    integrator_account_index: int | Unset = UNSET,
    order_index_str: str | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["authorization"] = authorization

    params: dict[str, Any] = {}

    params["market_id"] = market_id

    json_market_type: str | Unset = UNSET
    if not isinstance(market_type, Unset):
        json_market_type = market_type

    params["market_type"] = json_market_type

    params["account_index"] = account_index

    params["order_index"] = order_index

    json_sort_by: str = sort_by
    params["sort_by"] = json_sort_by

    json_sort_dir: str | Unset = UNSET
    if not isinstance(sort_dir, Unset):
        json_sort_dir = sort_dir

    params["sort_dir"] = json_sort_dir

    params["cursor"] = cursor

    params["from"] = from_

    params["ask_filter"] = ask_filter

    json_role: str | Unset = UNSET
    if not isinstance(role, Unset):
        json_role = role

    params["role"] = json_role

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params["limit"] = limit

    params["aggregate"] = aggregate

    params["skip_ask_order_id"] = skip_ask_order_id

    params["skip_bid_order_id"] = skip_bid_order_id

    params["integrator_account_index"] = integrator_account_index

    params["order_index_str"] = order_index_str

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/trades",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ResultCode | Trades:
    if response.status_code == 200:
        response_200 = Trades.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ResultCode.from_dict(response.json())

        return response_400

    if response.status_code == 429:
        response_429 = ResultCode.from_dict(response.json())

        return response_429

    response_default = ResultCode.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ResultCode | Trades]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    market_id: int | Unset = 255,
    market_type: TradesMarketType | Unset = "all",
    account_index: int | Unset = -1,
    order_index: int | Unset = UNSET,
    sort_by: TradesSortBy,
    sort_dir: TradesSortDir | Unset = "desc",
    cursor: str | Unset = UNSET,
    from_: int | Unset = -1,
    ask_filter: int | Unset = -1,
    role: TradesRole | Unset = "all",
    type_: TradesType | Unset = "all",
    limit: int,
    aggregate: bool | Unset = False,
    skip_ask_order_id: str | Unset = UNSET,
    skip_bid_order_id: str | Unset = UNSET,
    integrator_account_index: int | Unset = UNSET,
    order_index_str: str | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> Response[ResultCode | Trades]:
    """Trades

     Trades filtered by market, account or order, paginated with `cursor`. Trades of master and sub-
    accounts need an auth token; public pools do not. Weight 600.

    Args:
        market_id (int | Unset):  Default: 255.
        market_type (TradesMarketType | Unset):  Default: 'all'.
        account_index (int | Unset):  Default: -1.
        order_index (int | Unset):
        sort_by (TradesSortBy):
        sort_dir (TradesSortDir | Unset):  Default: 'desc'.
        cursor (str | Unset):
        from_ (int | Unset):  Default: -1.
        ask_filter (int | Unset):  Default: -1.
        role (TradesRole | Unset):  Default: 'all'.
        type_ (TradesType | Unset):  Default: 'all'.
        limit (int):
        aggregate (bool | Unset):  Default: False.
        skip_ask_order_id (str | Unset):
        skip_bid_order_id (str | Unset):
        integrator_account_index (int | Unset):
        order_index_str (str | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResultCode | Trades]
    """

    kwargs = _get_kwargs(
        market_id=market_id,
        market_type=market_type,
        account_index=account_index,
        order_index=order_index,
        sort_by=sort_by,
        sort_dir=sort_dir,
        cursor=cursor,
        from_=from_,
        ask_filter=ask_filter,
        role=role,
        type_=type_,
        limit=limit,
        aggregate=aggregate,
        skip_ask_order_id=skip_ask_order_id,
        skip_bid_order_id=skip_bid_order_id,
        integrator_account_index=integrator_account_index,
        order_index_str=order_index_str,
        authorization=authorization,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    market_id: int | Unset = 255,
    market_type: TradesMarketType | Unset = "all",
    account_index: int | Unset = -1,
    order_index: int | Unset = UNSET,
    sort_by: TradesSortBy,
    sort_dir: TradesSortDir | Unset = "desc",
    cursor: str | Unset = UNSET,
    from_: int | Unset = -1,
    ask_filter: int | Unset = -1,
    role: TradesRole | Unset = "all",
    type_: TradesType | Unset = "all",
    limit: int,
    aggregate: bool | Unset = False,
    skip_ask_order_id: str | Unset = UNSET,
    skip_bid_order_id: str | Unset = UNSET,
    integrator_account_index: int | Unset = UNSET,
    order_index_str: str | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> ResultCode | Trades | None:
    """Trades

     Trades filtered by market, account or order, paginated with `cursor`. Trades of master and sub-
    accounts need an auth token; public pools do not. Weight 600.

    Args:
        market_id (int | Unset):  Default: 255.
        market_type (TradesMarketType | Unset):  Default: 'all'.
        account_index (int | Unset):  Default: -1.
        order_index (int | Unset):
        sort_by (TradesSortBy):
        sort_dir (TradesSortDir | Unset):  Default: 'desc'.
        cursor (str | Unset):
        from_ (int | Unset):  Default: -1.
        ask_filter (int | Unset):  Default: -1.
        role (TradesRole | Unset):  Default: 'all'.
        type_ (TradesType | Unset):  Default: 'all'.
        limit (int):
        aggregate (bool | Unset):  Default: False.
        skip_ask_order_id (str | Unset):
        skip_bid_order_id (str | Unset):
        integrator_account_index (int | Unset):
        order_index_str (str | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResultCode | Trades
    """

    return sync_detailed(
        client=client,
        market_id=market_id,
        market_type=market_type,
        account_index=account_index,
        order_index=order_index,
        sort_by=sort_by,
        sort_dir=sort_dir,
        cursor=cursor,
        from_=from_,
        ask_filter=ask_filter,
        role=role,
        type_=type_,
        limit=limit,
        aggregate=aggregate,
        skip_ask_order_id=skip_ask_order_id,
        skip_bid_order_id=skip_bid_order_id,
        integrator_account_index=integrator_account_index,
        order_index_str=order_index_str,
        authorization=authorization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    market_id: int | Unset = 255,
    market_type: TradesMarketType | Unset = "all",
    account_index: int | Unset = -1,
    order_index: int | Unset = UNSET,
    sort_by: TradesSortBy,
    sort_dir: TradesSortDir | Unset = "desc",
    cursor: str | Unset = UNSET,
    from_: int | Unset = -1,
    ask_filter: int | Unset = -1,
    role: TradesRole | Unset = "all",
    type_: TradesType | Unset = "all",
    limit: int,
    aggregate: bool | Unset = False,
    skip_ask_order_id: str | Unset = UNSET,
    skip_bid_order_id: str | Unset = UNSET,
    integrator_account_index: int | Unset = UNSET,
    order_index_str: str | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> Response[ResultCode | Trades]:
    """Trades

     Trades filtered by market, account or order, paginated with `cursor`. Trades of master and sub-
    accounts need an auth token; public pools do not. Weight 600.

    Args:
        market_id (int | Unset):  Default: 255.
        market_type (TradesMarketType | Unset):  Default: 'all'.
        account_index (int | Unset):  Default: -1.
        order_index (int | Unset):
        sort_by (TradesSortBy):
        sort_dir (TradesSortDir | Unset):  Default: 'desc'.
        cursor (str | Unset):
        from_ (int | Unset):  Default: -1.
        ask_filter (int | Unset):  Default: -1.
        role (TradesRole | Unset):  Default: 'all'.
        type_ (TradesType | Unset):  Default: 'all'.
        limit (int):
        aggregate (bool | Unset):  Default: False.
        skip_ask_order_id (str | Unset):
        skip_bid_order_id (str | Unset):
        integrator_account_index (int | Unset):
        order_index_str (str | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResultCode | Trades]
    """

    kwargs = _get_kwargs(
        market_id=market_id,
        market_type=market_type,
        account_index=account_index,
        order_index=order_index,
        sort_by=sort_by,
        sort_dir=sort_dir,
        cursor=cursor,
        from_=from_,
        ask_filter=ask_filter,
        role=role,
        type_=type_,
        limit=limit,
        aggregate=aggregate,
        skip_ask_order_id=skip_ask_order_id,
        skip_bid_order_id=skip_bid_order_id,
        integrator_account_index=integrator_account_index,
        order_index_str=order_index_str,
        authorization=authorization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    market_id: int | Unset = 255,
    market_type: TradesMarketType | Unset = "all",
    account_index: int | Unset = -1,
    order_index: int | Unset = UNSET,
    sort_by: TradesSortBy,
    sort_dir: TradesSortDir | Unset = "desc",
    cursor: str | Unset = UNSET,
    from_: int | Unset = -1,
    ask_filter: int | Unset = -1,
    role: TradesRole | Unset = "all",
    type_: TradesType | Unset = "all",
    limit: int,
    aggregate: bool | Unset = False,
    skip_ask_order_id: str | Unset = UNSET,
    skip_bid_order_id: str | Unset = UNSET,
    integrator_account_index: int | Unset = UNSET,
    order_index_str: str | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> ResultCode | Trades | None:
    """Trades

     Trades filtered by market, account or order, paginated with `cursor`. Trades of master and sub-
    accounts need an auth token; public pools do not. Weight 600.

    Args:
        market_id (int | Unset):  Default: 255.
        market_type (TradesMarketType | Unset):  Default: 'all'.
        account_index (int | Unset):  Default: -1.
        order_index (int | Unset):
        sort_by (TradesSortBy):
        sort_dir (TradesSortDir | Unset):  Default: 'desc'.
        cursor (str | Unset):
        from_ (int | Unset):  Default: -1.
        ask_filter (int | Unset):  Default: -1.
        role (TradesRole | Unset):  Default: 'all'.
        type_ (TradesType | Unset):  Default: 'all'.
        limit (int):
        aggregate (bool | Unset):  Default: False.
        skip_ask_order_id (str | Unset):
        skip_bid_order_id (str | Unset):
        integrator_account_index (int | Unset):
        order_index_str (str | Unset):
        authorization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResultCode | Trades
    """

    return (
        await asyncio_detailed(
            client=client,
            market_id=market_id,
            market_type=market_type,
            account_index=account_index,
            order_index=order_index,
            sort_by=sort_by,
            sort_dir=sort_dir,
            cursor=cursor,
            from_=from_,
            ask_filter=ask_filter,
            role=role,
            type_=type_,
            limit=limit,
            aggregate=aggregate,
            skip_ask_order_id=skip_ask_order_id,
            skip_bid_order_id=skip_bid_order_id,
            integrator_account_index=integrator_account_index,
            order_index_str=order_index_str,
            authorization=authorization,
        )
    ).parsed
