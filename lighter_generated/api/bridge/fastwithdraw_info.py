from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.resp_get_fastwithdrawal_info import RespGetFastwithdrawalInfo
from ...models.result_code import ResultCode
from ...types import UNSET, Response


def _get_kwargs(
    *,
    account_index: int,
    authorization: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["authorization"] = authorization

    params: dict[str, Any] = {}

    params["account_index"] = account_index

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/fastwithdraw/info",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RespGetFastwithdrawalInfo | ResultCode:
    if response.status_code == 200:
        response_200 = RespGetFastwithdrawalInfo.from_dict(response.json())

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
) -> Response[RespGetFastwithdrawalInfo | ResultCode]:
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
    authorization: str,
) -> Response[RespGetFastwithdrawalInfo | ResultCode]:
    """Fast withdrawal info

     Where fast withdrawals of an account go (pool account index) and how much can be withdrawn. Needs an
    auth token in the `authorization` header.

    Args:
        account_index (int):
        authorization (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespGetFastwithdrawalInfo | ResultCode]
    """

    kwargs = _get_kwargs(
        account_index=account_index,
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
    authorization: str,
) -> RespGetFastwithdrawalInfo | ResultCode | None:
    """Fast withdrawal info

     Where fast withdrawals of an account go (pool account index) and how much can be withdrawn. Needs an
    auth token in the `authorization` header.

    Args:
        account_index (int):
        authorization (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespGetFastwithdrawalInfo | ResultCode
    """

    return sync_detailed(
        client=client,
        account_index=account_index,
        authorization=authorization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_index: int,
    authorization: str,
) -> Response[RespGetFastwithdrawalInfo | ResultCode]:
    """Fast withdrawal info

     Where fast withdrawals of an account go (pool account index) and how much can be withdrawn. Needs an
    auth token in the `authorization` header.

    Args:
        account_index (int):
        authorization (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespGetFastwithdrawalInfo | ResultCode]
    """

    kwargs = _get_kwargs(
        account_index=account_index,
        authorization=authorization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    account_index: int,
    authorization: str,
) -> RespGetFastwithdrawalInfo | ResultCode | None:
    """Fast withdrawal info

     Where fast withdrawals of an account go (pool account index) and how much can be withdrawn. Needs an
    auth token in the `authorization` header.

    Args:
        account_index (int):
        authorization (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespGetFastwithdrawalInfo | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            account_index=account_index,
            authorization=authorization,
        )
    ).parsed
