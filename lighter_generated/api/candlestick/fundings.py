from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.fundings import Fundings
from ...models.fundings_resolution import FundingsResolution
from ...models.result_code import ResultCode
from ...types import UNSET, Response


def _get_kwargs(
    *,
    market_id: int,
    resolution: FundingsResolution,
    start_timestamp: int,
    end_timestamp: int,
    count_back: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["market_id"] = market_id

    json_resolution: str = resolution
    params["resolution"] = json_resolution

    params["start_timestamp"] = start_timestamp

    params["end_timestamp"] = end_timestamp

    params["count_back"] = count_back

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/fundings",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Fundings | ResultCode:
    if response.status_code == 200:
        response_200 = Fundings.from_dict(response.json())

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
) -> Response[Fundings | ResultCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    market_id: int,
    resolution: FundingsResolution,
    start_timestamp: int,
    end_timestamp: int,
    count_back: int,
) -> Response[Fundings | ResultCode]:
    """Funding history

     Funding rates of a market over time, at most 750 per call. `count_back` 0 returns everything from
    `start_timestamp` on.

    Args:
        market_id (int):
        resolution (FundingsResolution):
        start_timestamp (int):
        end_timestamp (int):
        count_back (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Fundings | ResultCode]
    """

    kwargs = _get_kwargs(
        market_id=market_id,
        resolution=resolution,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        count_back=count_back,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    market_id: int,
    resolution: FundingsResolution,
    start_timestamp: int,
    end_timestamp: int,
    count_back: int,
) -> Fundings | ResultCode | None:
    """Funding history

     Funding rates of a market over time, at most 750 per call. `count_back` 0 returns everything from
    `start_timestamp` on.

    Args:
        market_id (int):
        resolution (FundingsResolution):
        start_timestamp (int):
        end_timestamp (int):
        count_back (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Fundings | ResultCode
    """

    return sync_detailed(
        client=client,
        market_id=market_id,
        resolution=resolution,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        count_back=count_back,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    market_id: int,
    resolution: FundingsResolution,
    start_timestamp: int,
    end_timestamp: int,
    count_back: int,
) -> Response[Fundings | ResultCode]:
    """Funding history

     Funding rates of a market over time, at most 750 per call. `count_back` 0 returns everything from
    `start_timestamp` on.

    Args:
        market_id (int):
        resolution (FundingsResolution):
        start_timestamp (int):
        end_timestamp (int):
        count_back (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Fundings | ResultCode]
    """

    kwargs = _get_kwargs(
        market_id=market_id,
        resolution=resolution,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        count_back=count_back,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    market_id: int,
    resolution: FundingsResolution,
    start_timestamp: int,
    end_timestamp: int,
    count_back: int,
) -> Fundings | ResultCode | None:
    """Funding history

     Funding rates of a market over time, at most 750 per call. `count_back` 0 returns everything from
    `start_timestamp` on.

    Args:
        market_id (int):
        resolution (FundingsResolution):
        start_timestamp (int):
        end_timestamp (int):
        count_back (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Fundings | ResultCode
    """

    return (
        await asyncio_detailed(
            client=client,
            market_id=market_id,
            resolution=resolution,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            count_back=count_back,
        )
    ).parsed
