from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.resp_get_rfq import RespGetRFQ
from ...models.result_code import ResultCode
from ...types import UNSET, Response


def _get_kwargs(
    *,
    rfq_id: int,
    authorization: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["authorization"] = authorization

    params: dict[str, Any] = {}

    params["rfq_id"] = rfq_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/rfq/get",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> RespGetRFQ | ResultCode:
    if response.status_code == 200:
        response_200 = RespGetRFQ.from_dict(response.json())

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
) -> Response[RespGetRFQ | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    rfq_id: int,
    authorization: str,
) -> Response[RespGetRFQ | ResultCode]:
    """Get an RFQ

     One RFQ by id with its responses. Needs an auth token in the `authorization` header.

    Args:
        rfq_id (int):
        authorization (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespGetRFQ | ResultCode]
    """

    kwargs = _get_kwargs(
        rfq_id=rfq_id,
        authorization=authorization,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    rfq_id: int,
    authorization: str,
) -> RespGetRFQ | ResultCode | None:
    """Get an RFQ

     One RFQ by id with its responses. Needs an auth token in the `authorization` header.

    Args:
        rfq_id (int):
        authorization (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespGetRFQ | ResultCode
    """

    return sync_detailed(
        client=client,
        rfq_id=rfq_id,
        authorization=authorization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    rfq_id: int,
    authorization: str,
) -> Response[RespGetRFQ | ResultCode]:
    """Get an RFQ

     One RFQ by id with its responses. Needs an auth token in the `authorization` header.

    Args:
        rfq_id (int):
        authorization (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespGetRFQ | ResultCode]
    """

    kwargs = _get_kwargs(
        rfq_id=rfq_id,
        authorization=authorization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    rfq_id: int,
    authorization: str,
) -> RespGetRFQ | ResultCode | None:
    """Get an RFQ

     One RFQ by id with its responses. Needs an auth token in the `authorization` header.

    Args:
        rfq_id (int):
        authorization (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespGetRFQ | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            rfq_id=rfq_id,
            authorization=authorization,
        )
    ).parsed
