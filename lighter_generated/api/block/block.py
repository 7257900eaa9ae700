from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.block_by import BlockBy
from ...models.blocks import Blocks
from ...models.result_code import ResultCode
from ...types import UNSET, Response


def _get_kwargs(
    *,
    by: BlockBy,
    value: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_by: str = by
    params["by"] = json_by

    params["value"] = value

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/block",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Blocks | ResultCode:
    if response.status_code == 200:
        response_200 = Blocks.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ResultCode.from_dict(response.json())

        return response_400

    if response.status_code == 429:
        response_429 = ResultCode.from_dict(response.json())

        return response_429

    response_default = ResultCode.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Blocks | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    by: BlockBy,
    value: str,
) -> Response[Blocks | ResultCode]:
    """Block by height or commitment

     One block of the rollup.

    Args:
        by (BlockBy):
        value (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Blocks | ResultCode]
    """

    kwargs = _get_kwargs(
        by=by,
        value=value,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    by: BlockBy,
    value: str,
) -> Blocks | ResultCode | None:
    """Block by height or commitment

     One block of the rollup.

    Args:
        by (BlockBy):
        value (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Blocks | ResultCode
    """

    return sync_detailed(
        client=client,
        by=by,
        value=value,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    by: BlockBy,
    value: str,
) -> Response[Blocks | ResultCode]:
    """Block by height or commitment

     One block of the rollup.

    Args:
        by (BlockBy):
        value (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Blocks | ResultCode]
    """

    kwargs = _get_kwargs(
        by=by,
        value=value,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    by: BlockBy,
    value: str,
) -> Blocks | ResultCode | None:
    """Block by height or commitment

     One block of the rollup.

    Args:
        by (BlockBy):
        value (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Blocks | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            by=by,
            value=value,
        )
    ).parsed
