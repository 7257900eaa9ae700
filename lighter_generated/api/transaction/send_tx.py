from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.req_send_tx import ReqSendTx
from ...models.resp_send_tx import RespSendTx
from ...models.result_code import ResultCode
from ...types import Response


def _get_kwargs(
    *,
    body: ReqSendTx,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/sendTx",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> RespSendTx | ResultCode:
    if response.status_code == 200:
        response_200 = RespSendTx.from_dict(response.json())

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
) -> Response[RespSendTx | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReqSendTx,
) -> Response[RespSendTx | ResultCode]:
    """Send a signed transaction

     Submits one signed L2 transaction as a form: `tx_type` (number) and `tx_info` (the signed
    transaction as a JSON string). Failures come back as HTTP 400 with `{code, message}`. Weight 6 plus
    the volume quota.

    Args:
        body (ReqSendTx): Body of `send_tx` (POST /api/v1/sendTx).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespSendTx | ResultCode]
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
    body: ReqSendTx,
) -> RespSendTx | ResultCode | None:
    """Send a signed transaction

     Submits one signed L2 transaction as a form: `tx_type` (number) and `tx_info` (the signed
    transaction as a JSON string). Failures come back as HTTP 400 with `{code, message}`. Weight 6 plus
    the volume quota.

    Args:
        body (ReqSendTx): Body of `send_tx` (POST /api/v1/sendTx).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespSendTx | ResultCode
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReqSendTx,
) -> Response[RespSendTx | ResultCode]:
    """Send a signed transaction

     Submits one signed L2 transaction as a form: `tx_type` (number) and `tx_info` (the signed
    transaction as a JSON string). Failures come back as HTTP 400 with `{code, message}`. Weight 6 plus
    the volume quota.

    Args:
        body (ReqSendTx): Body of `send_tx` (POST /api/v1/sendTx).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespSendTx | ResultCode]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReqSendTx,
) -> RespSendTx | ResultCode | None:
    """Send a signed transaction

     Submits one signed L2 transaction as a form: `tx_type` (number) and `tx_info` (the signed
    transaction as a JSON string). Failures come back as HTTP 400 with `{code, message}`. Weight 6 plus
    the volume quota.

    Args:
        body (ReqSendTx): Body of `send_tx` (POST /api/v1/sendTx).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespSendTx | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
