from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.deposit import Deposit
from ...models.result_code import ResultCode
from ...types import UNSET, Response


def _get_kwargs(
    *,
    l1_address: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["l1_address"] = l1_address

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/deposit/latest",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Deposit | ResultCode:
    if response.status_code == 200:
        response_200 = Deposit.from_dict(response.json())

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
) -> Response[Deposit | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    l1_address: str,
) -> Response[Deposit | ResultCode]:
    """Latest deposit

     The most recent deposit of an L1 address. Weight 100.

    Args:
        l1_address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Deposit | ResultCode]
    """

    kwargs = _get_kwargs(
        l1_address=l1_address,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    l1_address: str,
) -> Deposit | ResultCode | None:
    """Latest deposit

     The most recent deposit of an L1 address. Weight 100.

    Args:
        l1_address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Deposit | ResultCode
    """

    return sync_detailed(
        client=client,
        l1_address=l1_address,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    l1_address: str,
) -> Response[Deposit | ResultCode]:
    """Latest deposit

     The most recent deposit of an L1 address. Weight 100.

    Args:
        l1_address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Deposit | ResultCode]
    """

    kwargs = _get_kwargs(
        l1_address=l1_address,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    l1_address: str,
) -> Deposit | ResultCode | None:
    """Latest deposit

     The most recent deposit of an L1 address. Weight 100.

    Args:
        l1_address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Deposit | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            l1_address=l1_address,
        )
    ).parsed
