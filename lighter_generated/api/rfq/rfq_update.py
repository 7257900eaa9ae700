from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.req_update_rfq import ReqUpdateRFQ
from ...models.resp_update_rfq import RespUpdateRFQ
from ...models.result_code import ResultCode
from ...types import Response


def _get_kwargs(
    *,
    body: ReqUpdateRFQ,
    authorization: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["authorization"] = authorization

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/rfq/update",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> RespUpdateRFQ | ResultCode:
    if response.status_code == 200:
        response_200 = RespUpdateRFQ.from_dict(response.json())

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
) -> Response[RespUpdateRFQ | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReqUpdateRFQ,
    authorization: str,
) -> Response[RespUpdateRFQ | ResultCode]:
    """Update an RFQ

     Moves an RFQ to a new status. Needs an auth token in the `authorization` header.

    Args:
        authorization (str):
        body (ReqUpdateRFQ): Body of `rfq_update` (POST /api/v1/rfq/update).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespUpdateRFQ | ResultCode]
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
    body: ReqUpdateRFQ,
    authorization: str,
) -> RespUpdateRFQ | ResultCode | None:
    """Update an RFQ

     Moves an RFQ to a new status. Needs an auth token in the `authorization` header.

    Args:
        authorization (str):
        body (ReqUpdateRFQ): Body of `rfq_update` (POST /api/v1/rfq/update).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespUpdateRFQ | ResultCode
    """

    return sync_detailed(
        client=client,
        body=body,
        authorization=authorization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReqUpdateRFQ,
    authorization: str,
) -> Response[RespUpdateRFQ | ResultCode]:
    """Update an RFQ

     Moves an RFQ to a new status. Needs an auth token in the `authorization` header.

    Args:
        authorization (str):
        body (ReqUpdateRFQ): Body of `rfq_update` (POST /api/v1/rfq/update).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespUpdateRFQ | ResultCode]
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
    body: ReqUpdateRFQ,
    authorization: str,
) -> RespUpdateRFQ | ResultCode | None:
    """Update an RFQ

     Moves an RFQ to a new status. Needs an auth token in the `authorization` header.

    Args:
        authorization (str):
        body (ReqUpdateRFQ): Body of `rfq_update` (POST /api/v1/rfq/update).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespUpdateRFQ | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            authorization=authorization,
        )
    ).parsed
