"""Pure builder of the namespace's NetworkPolicies: default deny, then one allow per traffic path.

Paths: anyone -> lb:8080 and 8443 (HTTPS); lb -> web:8080 and assets:8080; web -> db:27017;
db <-> db:27017; every pod -> DNS (53/UDP+TCP).
"""

from __future__ import annotations

from dataclasses import dataclass

import pulumi_kubernetes as k8s

from .mongo import PORT as MONGO_PORT
from .nginx import HTTPS_PORT, LISTEN_PORT

Selector = dict[str, str]


@dataclass(frozen=True)
class TierSelectors:
    """Pod selector labels of each tier."""

    lb: Selector
    web: Selector
    assets: Selector
    db: Selector
    db_gate: Selector
    """The database's membership gate Job, which reads the replica set's configuration."""


def _peer(selector: Selector) -> k8s.networking.v1.NetworkPolicyPeerArgs:
    return k8s.networking.v1.NetworkPolicyPeerArgs(
        pod_selector=k8s.meta.v1.LabelSelectorArgs(match_labels=selector)
    )


def _port(port: int, protocol: str = "TCP") -> k8s.networking.v1.NetworkPolicyPortArgs:
    return k8s.networking.v1.NetworkPolicyPortArgs(port=port, protocol=protocol)


def _policy(
    selector: Selector,
    ingress: list[k8s.networking.v1.NetworkPolicyIngressRuleArgs] | None = None,
    egress: list[k8s.networking.v1.NetworkPolicyEgressRuleArgs] | None = None,
) -> k8s.networking.v1.NetworkPolicySpecArgs:
    types = (["Ingress"] if ingress is not None else []) + (
        ["Egress"] if egress is not None else []
    )
    return k8s.networking.v1.NetworkPolicySpecArgs(
        pod_selector=k8s.meta.v1.LabelSelectorArgs(match_labels=selector),
        policy_types=types,
        ingress=ingress,
        egress=egress,
    )


def network_policies(
    tiers: TierSelectors, web_port: int = LISTEN_PORT
) -> dict[str, k8s.networking.v1.NetworkPolicySpecArgs]:
    """Policy name -> spec. Policies are additive, so each allow names one tier's paths;
    web_port is the web pods' port (the user's application may listen elsewhere)."""
    http, web, mongo = _port(LISTEN_PORT), _port(web_port), _port(MONGO_PORT)
    ingress = k8s.networking.v1.NetworkPolicyIngressRuleArgs
    egress = k8s.networking.v1.NetworkPolicyEgressRuleArgs
    return {
        "default-deny": _policy(
            {},
            ingress=[],
            egress=[egress(ports=[_port(53, "UDP"), _port(53, "TCP")])],
        ),
        "allow-lb": _policy(
            tiers.lb,
            # 8443 too: only a load balancer serving TLS listens there.
            ingress=[ingress(ports=[http, _port(HTTPS_PORT)])],
            egress=[
                egress(to=[_peer(tiers.web)], ports=[web]),
                egress(to=[_peer(tiers.assets)], ports=[http]),
            ],
        ),
        "allow-web": _policy(
            tiers.web,
            ingress=[ingress(from_=[_peer(tiers.lb)], ports=[web])],
            egress=[egress(to=[_peer(tiers.db)], ports=[mongo])],
        ),
        "allow-assets": _policy(
            tiers.assets, ingress=[ingress(from_=[_peer(tiers.lb)], ports=[http])]
        ),
        "allow-db": _policy(
            tiers.db,
            ingress=[
                ingress(
                    from_=[_peer(tiers.web), _peer(tiers.db), _peer(tiers.db_gate)], ports=[mongo]
                )
            ],
            egress=[egress(to=[_peer(tiers.db)], ports=[mongo])],
        ),
        "allow-db-gate": _policy(
            tiers.db_gate, egress=[egress(to=[_peer(tiers.db)], ports=[mongo])]
        ),
    }
