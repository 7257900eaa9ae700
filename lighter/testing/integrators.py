"""Integrators in the local exchange: approvals, the check on orders, and the fees charged on fills.

An account approves an integrator with an ApproveIntegrator transaction (caps per market kind, in millionths
of the traded value, and an expiry); an expiry of 0 revokes it. An order naming an integrator (transaction
attributes 1-3) is refused with code 21149 unless its account approved that integrator, the approval is
still valid and the order's fees are within the caps. On every fill, the taker and the maker each pay their
own order's integrator fee (quote value x fee / 1,000,000) from their USDC, credited to the integrator.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lighter.testing import errors
from lighter.testing.errors import ExchangeError
from lighter.testing.markets import USDC_ASSET_ID

if TYPE_CHECKING:  # pragma: no cover
    from lighter.testing.accounts import Account, Accounts
    from lighter.testing.book import Order
    from lighter.testing.markets import Market

FEE_TICK = 1_000_000
INTEGRATOR_NOT_APPROVED = 21149  # seen ("integrator is not approved"; nautilus_trader #4833)


def approve(accounts: Accounts, acc: Account, tx: Any) -> None:
    """Record (or, with expiry 0, withdraw) an approval; the integrator must be an existing account."""
    index = tx.integrator_account_index
    if accounts.get(index) is None:
        raise ExchangeError(errors.ACCOUNT_NOT_FOUND, f"account not found: integrator {index}")
    if tx.approval_expiry == 0:
        acc.approved_integrators.pop(index, None)
        return
    acc.approved_integrators[index] = {
        "max_perps_taker_fee": tx.max_perps_taker_fee,
        "max_perps_maker_fee": tx.max_perps_maker_fee,
        "max_spot_taker_fee": tx.max_spot_taker_fee,
        "max_spot_maker_fee": tx.max_spot_maker_fee,
        "approval_expiry": tx.approval_expiry,
    }


def check_order(acc: Account, attrs: dict[int, int], market: Market, now_ms: int) -> None:
    """Refuse an order whose integrator this account did not approve, or whose fees exceed the caps."""
    index = attrs.get(1, 0)
    if not index:
        return
    approval = acc.approved_integrators.get(index)
    if approval is None or approval["approval_expiry"] <= now_ms:
        raise ExchangeError(INTEGRATOR_NOT_APPROVED, "integrator is not approved")
    kind = "spot" if market.is_spot else "perps"
    for attr, role in ((2, "taker"), (3, "maker")):
        if attrs.get(attr, 0) > approval[f"max_{kind}_{role}_fee"]:
            raise ExchangeError(INTEGRATOR_NOT_APPROVED, f"integrator is not approved for this {role} fee")


def listed(acc: Account, accounts: Accounts) -> list[dict[str, Any]]:
    """The account's approvals in the ``ApprovedIntegrator`` shape."""
    out = []
    for index, approval in sorted(acc.approved_integrators.items()):
        integrator = accounts.get(index)
        out.append(
            {
                "account_index": index,
                "name": f"account {integrator.index}" if integrator else "",
                **approval,
            }
        )
    return out


def charge(accounts: Accounts, market: Market, order: Order, quote: int, *, is_taker: bool) -> int:
    """Move one side's integrator fee for a fill of ``quote`` USDC micro units; returns the fee."""
    rate = order.integrator_taker_fee if is_taker else order.integrator_maker_fee
    if not order.integrator or not rate:
        return 0
    fee = quote * rate // FEE_TICK
    payer, integrator = accounts.get(order.account_index), accounts.get(order.integrator)
    if not fee or payer is None or integrator is None:
        return 0
    if market.is_spot:
        payer.assets[USDC_ASSET_ID] = payer.assets.get(USDC_ASSET_ID, 0) - fee
        integrator.assets[USDC_ASSET_ID] = integrator.assets.get(USDC_ASSET_ID, 0) + fee
    else:
        payer.collateral -= fee
        integrator.collateral += fee
    return fee
