"""``sign(tx, private_key, chain_id=...)`` and the SignedTx it returns."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from lighter.transactions._base import Tx
from lighter.transactions._checks import MAX_API_KEY_INDEX, MAX_INT64, check_int, check_l1_sig

if TYPE_CHECKING:  # pragma: no cover
    from lighter.signing import PrivateKey

# tx types whose tx_info carries an L1Sig
_L1_TYPES = frozenset({8, 12, 45})


@attrs.frozen(kw_only=True)
class SignedTx:
    """A signed transaction, ready for ``sendTx`` (form fields ``tx_type`` and ``tx_info``).

    ``tx_hash`` is the lowercase hex of the signed 40-byte message (no ``0x``). ``message_to_sign`` is the
    Ethereum text to sign with the L1 key for ChangePubKey, Transfer and ApproveIntegrator, else None.
    ``tx`` is the transaction with its ``sig`` set.
    """

    tx_type: int
    tx_info: str
    tx_hash: str
    message_to_sign: str | None
    tx: Tx = attrs.field(repr=False)

    def with_l1_signature(self, l1_sig: str) -> SignedTx:
        """A copy whose tx_info carries ``"L1Sig": l1_sig`` in the signer's key position.

        The L1 signature is not part of the L2 hash, so ``tx_hash`` and ``Sig`` are unchanged. ``l1_sig`` is
        the ``0x`` hex that :func:`lighter.signing.l1_sign` returns (65 bytes).
        """
        if self.tx_type not in _L1_TYPES:
            raise ValueError(f"tx type {self.tx_type} carries no L1Sig")
        check_l1_sig("l1_sig", l1_sig)
        tx = attrs.evolve(self.tx, l1_sig=l1_sig)  # type: ignore[call-arg]  # an L1 type: it has l1_sig
        return attrs.evolve(self, tx_info=tx.to_tx_info(), tx=tx)


def _as_private_key(private_key: Any) -> PrivateKey:
    from lighter.signing import PrivateKey

    if isinstance(private_key, PrivateKey):
        return private_key
    if isinstance(private_key, str):
        return PrivateKey.from_hex(private_key)
    kind = type(private_key).__name__
    raise TypeError(f"private_key must be a lighter.signing.PrivateKey or a hex str, not {kind}")


def sign(tx: Tx, private_key: PrivateKey | str, *, chain_id: int, nonce: int | None = None) -> SignedTx:
    """Validate ``tx``, hash it for ``chain_id`` and sign it with the API ``private_key``.

    ``nonce`` replaces the transaction's nonce when given. Nothing is signed if validation fails
    (TypeError/ValueError naming the field), nor when the key cannot sign this transaction (a ChangePubKey
    must be signed by the private key of its ``pub_key``).
    """
    if not isinstance(tx, Tx):
        raise TypeError(f"tx must be a lighter.transactions transaction, not {type(tx).__name__}")
    key = _as_private_key(private_key)
    check_int("chain_id", chain_id, 0, 0xFFFFFFFF)
    if nonce is not None:
        tx = attrs.evolve(tx, nonce=nonce)
    tx.validate()
    return _signed(tx, key, chain_id)


def sign_validated(tx: Tx, key: PrivateKey, *, chain_id: int, nonce: int, api_key_index: int) -> SignedTx:
    """`sign` for a transaction that already passed ``validate()`` with placeholder nonce and API key (the
    client's own drafts): only those two and the chain are checked again, one copy made instead of two."""
    check_int("chain_id", chain_id, 0, 0xFFFFFFFF)
    check_int("nonce", nonce, 0, MAX_INT64)
    check_int("api_key_index", api_key_index, 0, MAX_API_KEY_INDEX)
    return _signed(attrs.evolve(tx, nonce=nonce, api_key_index=api_key_index), key, chain_id)


def _signed(tx: Tx, key: PrivateKey, chain_id: int) -> SignedTx:
    tx.check_signer(key)
    message = tx.hash(chain_id)
    sig = key.sign(message)
    tx = attrs.evolve(tx, sig=sig)
    return SignedTx(
        tx_type=int(tx.tx_type),
        tx_info=tx.to_tx_info(),
        tx_hash=message.hex(),
        message_to_sign=tx.l1_message(chain_id),
        tx=tx,
    )
