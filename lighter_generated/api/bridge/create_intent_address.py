from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_intent_address_resp import CreateIntentAddressResp
from ...models.req_create_intent_address import ReqCreateIntentAddress
from ...models.result_code import ResultCode
from ...types import Response


def _get_kwargs(
    *,
    body: ReqCreateIntentAddress,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/createIntentAddress",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateIntentAddressResp | ResultCode:
    if response.status_code == 200:
        response_200 = CreateIntentAddressResp.from_dict(response.json())

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
) -> Response[CreateIntentAddressResp | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReqCreateIntentAddress,
) -> Response[CreateIntentAddressResp | ResultCode]:
    """Create a deposit intent address

     Creates a one-off deposit address for a bridged (CCTP) deposit from another chain. Weight 3000.

    Args:
        body (ReqCreateIntentAddress): Body of `create_intent_address` (POST
            /api/v1/createIntentAddress).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateIntentAddressResp | ResultCode]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ReqCreateIntentAddress,
) -> CreateIntentAddressResp | ResultCode | None:
    """Create a deposit intent address

     Creates a one-off deposit address for a bridged (CCTP) deposit from another chain. Weight 3000.

    Args:
        body (ReqCreateIntentAddress): Body of `create_intent_address` (POST
            /api/v1/createIntentAddress).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateIntentAddressResp | ResultCode
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReqCreateIntentAddress,
) -> Response[CreateIntentAddressResp | ResultCode]:
    """Create a deposit intent address

     Creates a one-off deposit address for a bridged (CCTP) deposit from another chain. Weight 3000.

    Args:
        body (ReqCreateIntentAddress): Body of `create_intent_address` (POST
            /api/v1/createIntentAddress).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateIntentAddressResp | ResultCode]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReqCreateIntentAddress,
) -> CreateIntentAddressResp | ResultCode | None:
    """Create a deposit intent address

     Creates a one-off deposit address for a bridged (CCTP) deposit from another chain. Weight 3000.

    Args:
        body (ReqCreateIntentAddress): Body of `create_intent_address` (POST
            /api/v1/createIntentAddress).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateIntentAddressResp | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
