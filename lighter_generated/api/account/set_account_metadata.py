from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.req_set_account_metadata import ReqSetAccountMetadata
from ...models.result_code import ResultCode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ReqSetAccountMetadata,
    authorization: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["authorization"] = authorization

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/setAccountMetadata",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ResultCode:
    if response.status_code == 200:
        response_200 = ResultCode.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ResultCode.from_dict(response.json())

        return response_400

    if response.status_code == 429:
        response_429 = ResultCode.from_dict(response.json())

        return response_429

    response_default = ResultCode.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReqSetAccountMetadata,
    authorization: str | Unset = UNSET,
) -> Response[ResultCode]:
    """Set account metadata

     Sets the metadata string of an account (for example a sub-account's display settings) on behalf of
    its master account; the only operation with a JSON body. Weight 3000.

    Args:
        authorization (str | Unset):
        body (ReqSetAccountMetadata): Body of `set_account_metadata` (POST
            /api/v1/setAccountMetadata).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResultCode]
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
    body: ReqSetAccountMetadata,
    authorization: str | Unset = UNSET,
) -> ResultCode | None:
    """Set account metadata

     Sets the metadata string of an account (for example a sub-account's display settings) on behalf of
    its master account; the only operation with a JSON body. Weight 3000.

    Args:
        authorization (str | Unset):
        body (ReqSetAccountMetadata): Body of `set_account_metadata` (POST
            /api/v1/setAccountMetadata).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResultCode
    """

    return sync_detailed(
        client=client,
        body=body,
        authorization=authorization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReqSetAccountMetadata,
    authorization: str | Unset = UNSET,
) -> Response[ResultCode]:
    """Set account metadata

     Sets the metadata string of an account (for example a sub-account's display settings) on behalf of
    its master account; the only operation with a JSON body. Weight 3000.

    Args:
        authorization (str | Unset):
        body (ReqSetAccountMetadata): Body of `set_account_metadata` (POST
            /api/v1/setAccountMetadata).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResultCode]
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
    body: ReqSetAccountMetadata,
    authorization: str | Unset = UNSET,
) -> ResultCode | None:
    """Set account metadata

     Sets the metadata string of an account (for example a sub-account's display settings) on behalf of
    its master account; the only operation with a JSON body. Weight 3000.

    Args:
        authorization (str | Unset):
        body (ReqSetAccountMetadata): Body of `set_account_metadata` (POST
            /api/v1/setAccountMetadata).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            authorization=authorization,
        )
    ).parsed
