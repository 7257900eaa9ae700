from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.req_send_tx_batch import ReqSendTxBatch
from ...models.resp_send_tx_batch import RespSendTxBatch
from ...models.result_code import ResultCode
from ...types import Response


def _get_kwargs(
    *,
    body: ReqSendTxBatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/sendTxBatch",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> RespSendTxBatch | ResultCode:
    if response.status_code == 200:
        response_200 = RespSendTxBatch.from_dict(response.json())

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
) -> Response[RespSendTxBatch | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReqSendTxBatch,
) -> Response[RespSendTxBatch | ResultCode]:
    """Send signed transactions in a batch

     Submits several signed transactions at once: `tx_types` is a JSON list of numbers, `tx_infos` a JSON
    list of tx_info JSON strings. All transactions of a batch must use the same API key with consecutive
    nonces. Weight 6.

    Args:
        body (ReqSendTxBatch): Body of `send_tx_batch` (POST /api/v1/sendTxBatch).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespSendTxBatch | ResultCode]
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
    body: ReqSendTxBatch,
) -> RespSendTxBatch | ResultCode | None:
    """Send signed transactions in a batch

     Submits several signed transactions at once: `tx_types` is a JSON list of numbers, `tx_infos` a JSON
    list of tx_info JSON strings. All transactions of a batch must use the same API key with consecutive
    nonces. Weight 6.

    Args:
        body (ReqSendTxBatch): Body of `send_tx_batch` (POST /api/v1/sendTxBatch).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespSendTxBatch | ResultCode
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReqSendTxBatch,
) -> Response[RespSendTxBatch | ResultCode]:
    """Send signed transactions in a batch

     Submits several signed transactions at once: `tx_types` is a JSON list of numbers, `tx_infos` a JSON
    list of tx_info JSON strings. All transactions of a batch must use the same API key with consecutive
    nonces. Weight 6.

    Args:
        body (ReqSendTxBatch): Body of `send_tx_batch` (POST /api/v1/sendTxBatch).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespSendTxBatch | ResultCode]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReqSendTxBatch,
) -> RespSendTxBatch | ResultCode | None:
    """Send signed transactions in a batch

     Submits several signed transactions at once: `tx_types` is a JSON list of numbers, `tx_infos` a JSON
    list of tx_info JSON strings. All transactions of a batch must use the same API key with consecutive
    nonces. Weight 6.

    Args:
        body (ReqSendTxBatch): Body of `send_tx_batch` (POST /api/v1/sendTxBatch).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespSendTxBatch | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
