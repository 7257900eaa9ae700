"""`lighter sim` as a process: after it has verified an L1 signature, a 100,000-deep body is a 400."""

from __future__ import annotations

import httpx

from lighter.testing.onboarding import onboard

from ._sim import sim_process

DEEP = b"[" * 100_000


def test_sim_answers_400_to_a_deep_body_after_onboarding_and_keeps_serving() -> None:
    with sim_process() as sim:
        creds = onboard(sim["base_url"], chain_id=sim["chain_id"], usdc=100)  # ChangePubKey: L1 recovery
        with httpx.Client(base_url=sim["base_url"], timeout=10) as http:
            for path, ctype in [
                ("/api/v1/sendTx", "application/json"),
                ("/api/v1/sendTxBatch", "application/json"),
                ("/sim/v1/deposit", "application/json"),
            ]:
                answer = http.post(path, content=DEEP, headers={"content-type": ctype})
                assert answer.status_code == 400, (path, answer.text[:200])
                assert set(answer.json()) == {"code", "message"}
            form = http.post("/api/v1/sendTx", data={"tx_type": "14", "tx_info": "[" * 100_000})
            assert form.status_code == 400 and "code" in form.json()
            huge_text = http.post(
                "/api/v1/sendTx",
                content=b'{"tx_type": 1e400, "tx_info": "{}"}',
                headers={"content-type": "application/json"},
            )
            assert huge_text.status_code == 400 and "tx_type" in huge_text.json()["message"]
            account = http.get("/api/v1/account", params={"by": "index", "value": creds.account_index})
            assert account.status_code == 200
        assert sim["proc"].poll() is None  # still running
