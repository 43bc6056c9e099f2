"""components/network.py: the NetworkPolicies between the tiers."""

from typing import Any

from components.network import TierSelectors, network_policies


def test_network_policies_deny_by_default_and_allow_each_path() -> None:
    tiers = TierSelectors(
        lb={"t": "lb"}, web={"t": "web"}, assets={"t": "assets"}, db={"t": "db"}, db_gate={"t": "g"}
    )
    policies: Any = network_policies(tiers)  # Args objects: read them like plain data
    deny = policies["default-deny"]
    assert deny.pod_selector.match_labels == {} and deny.ingress == []
    web_in = policies["allow-web"].ingress[0]
    assert web_in.from_[0].pod_selector.match_labels == {"t": "lb"}
    db_in = policies["allow-db"].ingress[0]
    assert [p.pod_selector.match_labels for p in db_in.from_] == [
        {"t": "web"},
        {"t": "db"},
        {"t": "g"},
    ]
