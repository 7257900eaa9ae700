from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.req_respond_to_rfq import ReqRespondToRFQ
from ...models.resp_respond_to_rfq import RespRespondToRFQ
from ...models.result_code import ResultCode
from ...types import Response


def _get_kwargs(
    *,
    body: ReqRespondToRFQ,
    authorization: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["authorization"] = authorization

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/rfq/respond",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> RespRespondToRFQ | ResultCode:
    if response.status_code == 200:
        response_200 = RespRespondToRFQ.from_dict(response.json())

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
) -> Response[RespRespondToRFQ | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReqRespondToRFQ,
    authorization: str,
) -> Response[RespRespondToRFQ | ResultCode]:
    """Respond to an RFQ

     A maker's answer to an RFQ (acknowledged, liquidity provided or not interested). Needs an auth token
    in the `authorization` header.

    Args:
        authorization (str):
        body (ReqRespondToRFQ): Body of `rfq_respond` (POST /api/v1/rfq/respond).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespRespondToRFQ | ResultCode]
    """

    kwargs = _get_kwargs(
        body=body,
        authorization=authorization,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ReqRespondToRFQ,
    authorization: str,
) -> RespRespondToRFQ | ResultCode | None:
    """Respond to an RFQ

     A maker's answer to an RFQ (acknowledged, liquidity provided or not interested). Needs an auth token
    in the `authorization` header.

    Args:
        authorization (str):
        body (ReqRespondToRFQ): Body of `rfq_respond` (POST /api/v1/rfq/respond).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespRespondToRFQ | ResultCode
    """

    return sync_detailed(
        client=client,
        body=body,
        authorization=authorization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReqRespondToRFQ,
    authorization: str,
) -> Response[RespRespondToRFQ | ResultCode]:
    """Respond to an RFQ

     A maker's answer to an RFQ (acknowledged, liquidity provided or not interested). Needs an auth token
    in the `authorization` header.

    Args:
        authorization (str):
        body (ReqRespondToRFQ): Body of `rfq_respond` (POST /api/v1/rfq/respond).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespRespondToRFQ | ResultCode]
    """

    kwargs = _get_kwargs(
        body=body,
        authorization=authorization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReqRespondToRFQ,
    authorization: str,
) -> RespRespondToRFQ | ResultCode | None:
    """Respond to an RFQ

     A maker's answer to an RFQ (acknowledged, liquidity provided or not interested). Needs an auth token
    in the `authorization` header.

    Args:
        authorization (str):
        body (ReqRespondToRFQ): Body of `rfq_respond` (POST /api/v1/rfq/respond).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespRespondToRFQ | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            authorization=authorization,
        )
    ).parsed
