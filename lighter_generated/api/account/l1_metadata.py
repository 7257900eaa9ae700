from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.l1_metadata import L1Metadata
from ...models.result_code import ResultCode
from ...types import UNSET, Response


def _get_kwargs(
    *,
    l1_address: str,
    authorization: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["authorization"] = authorization

    params: dict[str, Any] = {}

    params["l1_address"] = l1_address

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/l1Metadata",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> L1Metadata | ResultCode:
    if response.status_code == 200:
        response_200 = L1Metadata.from_dict(response.json())

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
) -> Response[L1Metadata | ResultCode]:
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
    authorization: str,
) -> Response[L1Metadata | ResultCode]:
    """L1 address metadata

     Referral settings of an Ethereum address: whether it may invite, its points share and its kickback
    history. Needs an auth token in the `authorization` header.

    Args:
        l1_address (str):
        authorization (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[L1Metadata | ResultCode]
    """

    kwargs = _get_kwargs(
        l1_address=l1_address,
        authorization=authorization,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    l1_address: str,
    authorization: str,
) -> L1Metadata | ResultCode | None:
    """L1 address metadata

     Referral settings of an Ethereum address: whether it may invite, its points share and its kickback
    history. Needs an auth token in the `authorization` header.

    Args:
        l1_address (str):
        authorization (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        L1Metadata | ResultCode
    """

    return sync_detailed(
        client=client,
        l1_address=l1_address,
        authorization=authorization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    l1_address: str,
    authorization: str,
) -> Response[L1Metadata | ResultCode]:
    """L1 address metadata

     Referral settings of an Ethereum address: whether it may invite, its points share and its kickback
    history. Needs an auth token in the `authorization` header.

    Args:
        l1_address (str):
        authorization (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[L1Metadata | ResultCode]
    """

    kwargs = _get_kwargs(
        l1_address=l1_address,
        authorization=authorization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    l1_address: str,
    authorization: str,
) -> L1Metadata | ResultCode | None:
    """L1 address metadata

     Referral settings of an Ethereum address: whether it may invite, its points share and its kickback
    history. Needs an auth token in the `authorization` header.

    Args:
        l1_address (str):
        authorization (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        L1Metadata | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            l1_address=l1_address,
            authorization=authorization,
        )
    ).parsed
