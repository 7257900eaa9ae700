from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.export_data import ExportData
from ...models.export_role import ExportRole
from ...models.export_side import ExportSide
from ...models.export_trade_type import ExportTradeType
from ...models.export_type import ExportType
from ...models.result_code import ResultCode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    account_index: int | Unset = -1,
    market_id: int | Unset = 255,
    type_: ExportType,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    side: ExportSide | Unset = "all",
    role: ExportRole | Unset = "all",
    trade_type: ExportTradeType | Unset = "all",
    aggregate: bool | Unset = False,
    authorization: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["authorization"] = authorization

    params: dict[str, Any] = {}

    params["account_index"] = account_index

    params["market_id"] = market_id

    json_type_: str = type_
    params["type"] = json_type_

    params["start_timestamp"] = start_timestamp

    params["end_timestamp"] = end_timestamp

    json_side: str | Unset = UNSET
    if not isinstance(side, Unset):
        json_side = side

    params["side"] = json_side

    json_role: str | Unset = UNSET
    if not isinstance(role, Unset):
        json_role = role

    params["role"] = json_role

    json_trade_type: str | Unset = UNSET
    if not isinstance(trade_type, Unset):
        json_trade_type = trade_type

    params["trade_type"] = json_trade_type

    params["aggregate"] = aggregate

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/export",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ExportData | ResultCode:
    if response.status_code == 200:
        response_200 = ExportData.from_dict(response.json())

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
) -> Response[ExportData | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_index: int | Unset = -1,
    market_id: int | Unset = 255,
    type_: ExportType,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    side: ExportSide | Unset = "all",
    role: ExportRole | Unset = "all",
    trade_type: ExportTradeType | Unset = "all",
    aggregate: bool | Unset = False,
    authorization: str,
) -> Response[ExportData | ResultCode]:
    """Export trades or fundings

     Prepares a CSV export of an account's trades or funding payments (at most 12 months or 1M trades,
    not before the mainnet genesis 2025-01-17) and returns its download link. Needs an auth token in the
    `authorization` header.

    Args:
        account_index (int | Unset):  Default: -1.
        market_id (int | Unset):  Default: 255.
        type_ (ExportType):
        start_timestamp (int | Unset):
        end_timestamp (int | Unset):
        side (ExportSide | Unset):  Default: 'all'.
        role (ExportRole | Unset):  Default: 'all'.
        trade_type (ExportTradeType | Unset):  Default: 'all'.
        aggregate (bool | Unset):  Default: False.
        authorization (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportData | ResultCode]
    """

    kwargs = _get_kwargs(
        account_index=account_index,
        market_id=market_id,
        type_=type_,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        side=side,
        role=role,
        trade_type=trade_type,
        aggregate=aggregate,
        authorization=authorization,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    account_index: int | Unset = -1,
    market_id: int | Unset = 255,
    type_: ExportType,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    side: ExportSide | Unset = "all",
    role: ExportRole | Unset = "all",
    trade_type: ExportTradeType | Unset = "all",
    aggregate: bool | Unset = False,
    authorization: str,
) -> ExportData | ResultCode | None:
    """Export trades or fundings

     Prepares a CSV export of an account's trades or funding payments (at most 12 months or 1M trades,
    not before the mainnet genesis 2025-01-17) and returns its download link. Needs an auth token in the
    `authorization` header.

    Args:
        account_index (int | Unset):  Default: -1.
        market_id (int | Unset):  Default: 255.
        type_ (ExportType):
        start_timestamp (int | Unset):
        end_timestamp (int | Unset):
        side (ExportSide | Unset):  Default: 'all'.
        role (ExportRole | Unset):  Default: 'all'.
        trade_type (ExportTradeType | Unset):  Default: 'all'.
        aggregate (bool | Unset):  Default: False.
        authorization (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportData | ResultCode
    """

    return sync_detailed(
        client=client,
        account_index=account_index,
        market_id=market_id,
        type_=type_,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        side=side,
        role=role,
        trade_type=trade_type,
        aggregate=aggregate,
        authorization=authorization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_index: int | Unset = -1,
    market_id: int | Unset = 255,
    type_: ExportType,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    side: ExportSide | Unset = "all",
    role: ExportRole | Unset = "all",
    trade_type: ExportTradeType | Unset = "all",
    aggregate: bool | Unset = False,
    authorization: str,
) -> Response[ExportData | ResultCode]:
    """Export trades or fundings

     Prepares a CSV export of an account's trades or funding payments (at most 12 months or 1M trades,
    not before the mainnet genesis 2025-01-17) and returns its download link. Needs an auth token in the
    `authorization` header.

    Args:
        account_index (int | Unset):  Default: -1.
        market_id (int | Unset):  Default: 255.
        type_ (ExportType):
        start_timestamp (int | Unset):
        end_timestamp (int | Unset):
        side (ExportSide | Unset):  Default: 'all'.
        role (ExportRole | Unset):  Default: 'all'.
        trade_type (ExportTradeType | Unset):  Default: 'all'.
        aggregate (bool | Unset):  Default: False.
        authorization (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportData | ResultCode]
    """

    kwargs = _get_kwargs(
        account_index=account_index,
        market_id=market_id,
        type_=type_,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        side=side,
        role=role,
        trade_type=trade_type,
        aggregate=aggregate,
        authorization=authorization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    account_index: int | Unset = -1,
    market_id: int | Unset = 255,
    type_: ExportType,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    side: ExportSide | Unset = "all",
    role: ExportRole | Unset = "all",
    trade_type: ExportTradeType | Unset = "all",
    aggregate: bool | Unset = False,
    authorization: str,
) -> ExportData | ResultCode | None:
    """Export trades or fundings

     Prepares a CSV export of an account's trades or funding payments (at most 12 months or 1M trades,
    not before the mainnet genesis 2025-01-17) and returns its download link. Needs an auth token in the
    `authorization` header.

    Args:
        account_index (int | Unset):  Default: -1.
        market_id (int | Unset):  Default: 255.
        type_ (ExportType):
        start_timestamp (int | Unset):
        end_timestamp (int | Unset):
        side (ExportSide | Unset):  Default: 'all'.
        role (ExportRole | Unset):  Default: 'all'.
        trade_type (ExportTradeType | Unset):  Default: 'all'.
        aggregate (bool | Unset):  Default: False.
        authorization (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportData | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            account_index=account_index,
            market_id=market_id,
            type_=type_,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            side=side,
            role=role,
            trade_type=trade_type,
            aggregate=aggregate,
            authorization=authorization,
        )
    ).parsed
