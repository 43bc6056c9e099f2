"""Exposing the load balancer through the cluster's own edge instead of its Service: an Ingress
(networking.k8s.io/v1) or a Gateway API Gateway with HTTPRoutes (gateway.networking.k8s.io/v1).

Both route every path of one host name to the load balancer's ClusterIP Service (which still
routes / and the asset prefix itself) and terminate TLS with the same kubernetes.io/tls Secret the
load balancer would mount. They need a controller on the cluster (ingress-nginx, Envoy Gateway,
Cilium, ...) to carry traffic; without one the API server accepts and stores them and nothing
routes. Pulumi does not wait for their status (skipAwait), which only a controller would write.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import pulumi
import pulumi_kubernetes as k8s

from .checks import matches
from .workload import SERVICE_PORT, SKIP_AWAIT

GATEWAY_API = "gateway.networking.k8s.io/v1"


class Exposure(StrEnum):
    """How clients reach the load balancer."""

    SERVICE = "service"
    """Its Service (NodePort, LoadBalancer or ClusterIP)."""
    INGRESS = "ingress"
    """An Ingress in front of its ClusterIP Service (the cluster's ingress controller)."""
    GATEWAY = "gateway"
    """A Gateway API Gateway and HTTPRoute in front of its ClusterIP Service."""


EXPOSURES: tuple[str, ...] = tuple(Exposure)
HOSTNAME = matches(
    r"^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",
    "one DNS host name such as shop.example.com",
)


@dataclass(frozen=True)
class Edge:
    """What the Ingress or Gateway needs to know."""

    name: str
    """Resource-name prefix."""
    parent: pulumi.Resource
    namespace: pulumi.Input[str]
    object_name: str
    """Kubernetes name of the objects (and of the load balancer's Service they route to)."""
    labels: dict[str, str]
    hostname: str
    tls_secret: pulumi.Input[str] | None
    http_redirect: bool
    class_name: str | None
    """ingressClassName or gatewayClassName (required for a Gateway)."""


def _metadata(edge: Edge, name: str) -> k8s.meta.v1.ObjectMetaArgs:
    return k8s.meta.v1.ObjectMetaArgs(
        name=name, namespace=edge.namespace, labels=edge.labels, annotations=SKIP_AWAIT
    )


def ingress(edge: Edge) -> k8s.networking.v1.Ingress:
    """Every path of the host to the load balancer's Service, TLS from tls_secret. (Redirecting
    HTTP to HTTPS is the controller's setting; ingress-nginx does it whenever tls is set.)"""
    backend = k8s.networking.v1.IngressBackendArgs(
        service=k8s.networking.v1.IngressServiceBackendArgs(
            name=edge.object_name, port=k8s.networking.v1.ServiceBackendPortArgs(name="http")
        )
    )
    tls = (
        [k8s.networking.v1.IngressTLSArgs(hosts=[edge.hostname], secret_name=edge.tls_secret)]
        if edge.tls_secret is not None
        else None
    )
    return k8s.networking.v1.Ingress(
        f"{edge.name}-ingress",
        metadata=_metadata(edge, edge.object_name),
        spec=k8s.networking.v1.IngressSpecArgs(
            ingress_class_name=edge.class_name,
            tls=tls,
            rules=[
                k8s.networking.v1.IngressRuleArgs(
                    host=edge.hostname,
                    http=k8s.networking.v1.HTTPIngressRuleValueArgs(
                        paths=[
                            k8s.networking.v1.HTTPIngressPathArgs(
                                path="/", path_type="Prefix", backend=backend
                            )
                        ]
                    ),
                )
            ],
        ),
        opts=pulumi.ResourceOptions(parent=edge.parent),
    )


def _listener(edge: Edge, name: str, port: int) -> dict[str, Any]:
    listener: dict[str, Any] = {
        "name": name,
        "protocol": name.upper(),
        "port": port,
        "hostname": edge.hostname,
        "allowedRoutes": {"namespaces": {"from": "Same"}},
    }
    if name == "https":
        listener["tls"] = {
            "mode": "Terminate",
            "certificateRefs": [{"kind": "Secret", "name": edge.tls_secret}],
        }
    return listener


def _route(edge: Edge, name: str, listeners: list[str], rule: dict[str, Any]) -> Any:
    return k8s.apiextensions.CustomResource(
        f"{edge.name}-{name}-route",
        api_version=GATEWAY_API,
        kind="HTTPRoute",
        metadata=_metadata(edge, name),
        spec={
            "parentRefs": [{"name": edge.object_name, "sectionName": s} for s in listeners],
            "hostnames": [edge.hostname],
            "rules": [rule],
        },
        opts=pulumi.ResourceOptions(parent=edge.parent),
    )


def gateway(edge: Edge) -> list[Any]:
    """A Gateway (HTTP, and HTTPS with tls_secret) and the HTTPRoutes to the load balancer's
    Service; with TLS and http_redirect, plain HTTP only redirects to HTTPS."""
    if not edge.class_name:
        raise ValueError("class_name: a Gateway needs its gatewayClassName")
    tls = edge.tls_secret is not None
    listeners = [_listener(edge, "http", 80)] + ([_listener(edge, "https", 443)] if tls else [])
    gw = k8s.apiextensions.CustomResource(
        f"{edge.name}-gateway",
        api_version=GATEWAY_API,
        kind="Gateway",
        metadata=_metadata(edge, edge.object_name),
        spec={"gatewayClassName": edge.class_name, "listeners": listeners},
        opts=pulumi.ResourceOptions(parent=edge.parent),
    )
    forward = {"backendRefs": [{"name": edge.object_name, "port": SERVICE_PORT}]}
    redirect = tls and edge.http_redirect
    served = ["https"] if redirect else [listener["name"] for listener in listeners]
    routes = [_route(edge, edge.object_name, served, forward)]
    if redirect:
        to_https = {
            "type": "RequestRedirect",
            "requestRedirect": {"scheme": "https", "statusCode": 301},
        }
        redirect_rule = {"filters": [to_https]}
        routes.append(_route(edge, f"{edge.object_name}-redirect", ["http"], redirect_rule))
    return [gw, *routes]
