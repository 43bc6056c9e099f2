"""Load-balancer tier: nginx routing / to the web tier and /assets/ to the asset tier."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import pulumi
import pulumi_kubernetes as k8s

from . import builders
from .checks import (
    BOOLEAN,
    DNS_DOMAIN,
    NOT_EMPTY,
    OBJECT_NAME,
    PINNED_IMAGE,
    Namer,
    Problem,
    checked,
    integer,
    matches,
    one_of,
    ruled,
    validate,
)
from .exposure import HOSTNAME, Edge, Exposure, gateway, ingress
from .inputs import from_inputs, package_inputs
from .nginx import (
    HEALTH_PATH,
    HTTPS_PORT,
    PATH_PREFIX,
    READY_PATH,
    RESOLVER_COMMAND,
    RESOLVER_TLS_COMMAND,
    TLS_DIR,
    Https,
    Upstream,
    load_balancer_config,
    service_host,
)
from .outputs import register_declared
from .placement import Placement
from .resources import Resources
from .resources import checked as checked_resources
from .workload import (
    CONFIG_FILE,
    NginxPod,
    cluster_service,
    disruption_budget,
    nginx_deployment,
    served_pods,
)


# A string enum (not Literal): the component package's schema is inferred from the annotations,
# and Literal has no schema form; a StrEnum member also equals its plain string value.
class ServiceType(StrEnum):
    """How the load balancer's Service is exposed."""

    NODE_PORT = "NodePort"
    """A port on every node (30000-32767)."""
    LOAD_BALANCER = "LoadBalancer"
    """An external address from the cluster's load-balancer controller."""
    CLUSTER_IP = "ClusterIP"
    """Inside the cluster only."""


NODE_PORT_RANGE = (30000, 32767)
# Goes into nginx.conf as a location: no spaces, quotes, braces or semicolons.
WEB_HEALTH_PATH = matches(r"^/[^\s;{}'\"\\]*\Z", "a URL path starting with /")


@package_inputs()
@dataclass
class LoadBalancerTierArgs:
    namespace: pulumi.Input[str]
    """Namespace of every object of the tier (and of the upstream Services)."""
    image: str = field(metadata=ruled(PINNED_IMAGE))
    """Unprivileged nginx image (listens on 8080), pinned by tag or digest."""
    web_service: pulumi.Input[str]
    """Service of the web pods; / is proxied to it. A headless Service (WebTier's
    pods_service_name) gives one upstream server per ready pod: per-request balancing and
    failover; a ClusterIP Service works too, as a single server."""
    web_port: pulumi.Input[int]
    """Port of web_service (for a headless Service, the pods' port: WebTier's pods_port)."""
    prefix_service: pulumi.Input[str]
    """The second route: requests under path_prefix go to this Service (in StatefulApp, the
    asset tier's pods_service_name); everything else goes to web_service."""
    prefix_port: pulumi.Input[int]
    """Port of prefix_service (for AssetTier's headless Service, its pods_port)."""
    path_prefix: str = checked("/assets/", PATH_PREFIX)
    """URL prefix routed to prefix_service."""
    web_health_path: pulumi.Input[str] = checked(HEALTH_PATH, WEB_HEALTH_PATH)
    """Path a web pod answers when ready (WebTier's health_path): the load balancer is ready
    only when a web pod answers it through the load balancer."""
    service_type: ServiceType = checked(ServiceType.NODE_PORT, one_of(ServiceType))
    """NodePort, LoadBalancer or ClusterIP."""
    node_port: int | None = checked(None, integer(*NODE_PORT_RANGE))
    """NodePort only: a fixed port in 30000-32767 (None lets Kubernetes pick one)."""
    replicas: pulumi.Input[int] = checked(1, integer(1, 100))
    """nginx replicas."""
    await_address: bool = checked(True, BOOLEAN)
    """LoadBalancer only: wait for the external address. Set False on clusters without a
    load-balancer controller, where the wait would never end."""
    public_host: str = checked("localhost", NOT_EMPTY)
    """NodePort only: the host name of a node, used to build the exported URL."""
    upstream_timeout: int = checked(5, integer(1, 3600))
    """Seconds to wait for an upstream pod's response before trying another pod: what a frozen
    pod costs a request. Raise it for slow endpoints."""
    cluster_domain: str = checked("cluster.local", DNS_DOMAIN)
    """The cluster's DNS domain (upstream names are fully qualified)."""
    placement: Placement = field(default_factory=Placement)
    """Node selector, tolerations and priority class of the pods."""
    resources: Resources = builders.NGINX_RESOURCES
    """Requests and limits of the nginx container (default 50m/500m CPU, 32Mi/128Mi memory)."""
    tls_secret: pulumi.Input[str] | None = checked(None, OBJECT_NAME)
    """A kubernetes.io/tls Secret in the namespace (tls.crt, tls.key): serve HTTPS on port 443
    of the Service with it (e.g. one cert-manager keeps renewed; a change is picked up without
    a restart). None: plain HTTP only."""
    http_redirect: bool = checked(True, BOOLEAN)
    """With TLS: plain HTTP answers with a redirect to HTTPS on the client's host (False: it
    serves the application too)."""
    hsts: bool = checked(False, BOOLEAN)
    """With TLS: Strict-Transport-Security (one year) on HTTPS answers."""
    https_node_port: int | None = checked(None, integer(*NODE_PORT_RANGE))
    """NodePort with TLS: a fixed HTTPS node port (None lets Kubernetes pick one)."""
    expose: Exposure = checked(Exposure.SERVICE, one_of(Exposure))
    """How clients reach the load balancer: its Service, or an Ingress or a Gateway API Gateway
    in front of its ClusterIP Service (TLS there, from tls_secret)."""
    hostname: str | None = checked(None, HOSTNAME)
    """ingress/gateway: the host name clients use (the route's host, in the URL)."""
    ingress_class: str | None = checked(None, OBJECT_NAME)
    """ingress: its ingressClassName (None: the cluster's default class)."""
    gateway_class: str | None = checked(None, OBJECT_NAME)
    """gateway: its gatewayClassName (required there)."""
    object_name: str = "lb"
    """Kubernetes name of the Service and Deployment (stable, unique in the namespace)."""

    @staticmethod
    def cross_problems(args: Mapping[str, Any], name: Namer) -> list[Problem]:
        problems = []
        if args["node_port"] is not None and args["service_type"] != "NodePort":
            why = "is only allowed with NodePort"
            problems.append(Problem("node_port", args["node_port"], why))
        return problems + _https_port_problems(args, name) + _exposure_problems(args, name)


def _https_port_problems(args: Mapping[str, Any], name: Namer) -> list[Problem]:
    port = args["https_node_port"]
    if port is None:
        return []
    # tls_secret is not a stack key (the program supplies it): checked by the component only.
    if "tls_secret" in args and args["tls_secret"] is None:
        return [Problem("https_node_port", port, "is only allowed with tls_secret")]
    if args["service_type"] != "NodePort":
        return [Problem("https_node_port", port, "is only allowed with NodePort")]
    if port == args["node_port"]:
        return [Problem("https_node_port", port, f"must differ from {name('node_port')}")]
    return []


def _exposure_problems(args: Mapping[str, Any], name: Namer) -> list[Problem]:
    problems: list[Problem] = []
    expose, hostname = args["expose"], args["hostname"]
    if expose != "service":
        if args["service_type"] != "ClusterIP":
            why = f"must be ClusterIP when {name('expose')} is {expose} (it is the way in)"
            problems.append(Problem("service_type", str(args["service_type"]), why))
        if hostname is None:
            why = f"is required when {name('expose')} is {expose}"
            problems.append(Problem("hostname", None, why))
    elif hostname is not None:
        why = f"is only used when {name('expose')} is ingress or gateway"
        problems.append(Problem("hostname", hostname, why))
    if expose == "gateway" and args["gateway_class"] is None:
        why = f"is required when {name('expose')} is gateway"
        problems.append(Problem("gateway_class", None, why))
    for field_name, mode in (("ingress_class", "ingress"), ("gateway_class", "gateway")):
        if args[field_name] is not None and expose != mode:
            why = f"is only used when {name('expose')} is {mode}"
            problems.append(Problem(field_name, args[field_name], why))
    return problems


class LoadBalancerTier(pulumi.ComponentResource):
    """nginx whose config is generated from the upstream Services' names and ports; a config
    change creates a new ConfigMap and so rolls the pods. nginx re-resolves the upstream names
    at run time, so it starts without waiting for the upstream pods."""

    service_name: pulumi.Output[str]
    """Name of the load balancer's Service."""
    address: pulumi.Output[str]
    """NodePort: the node port; LoadBalancer: the external IP or host name (empty until
    assigned); ClusterIP: the Service's cluster DNS name."""
    url: pulumi.Output[str]
    """URL of the application (empty while a LoadBalancer has no address)."""
    config: pulumi.Output[str]
    """The generated nginx.conf."""

    def __init__(
        self, name: str, args: LoadBalancerTierArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None:
        args = from_inputs(LoadBalancerTierArgs, args)
        validate(args)
        resources = checked_resources(args.resources, "resources")
        super().__init__("stateful-app:index:LoadBalancerTier", name, None, opts)
        # Behind an Ingress or Gateway, TLS ends there and nginx serves plain HTTP.
        tls = args.tls_secret is not None and args.expose == "service"
        served = served_pods(
            name, self, args.namespace, args.object_name, "nginx", "load-balancer", args.image
        )
        self.pod_selector = served.selector
        disruption_budget(served)
        service = cluster_service(
            served,
            service_type=args.service_type,
            node_port=args.node_port,
            await_address=args.await_address,
            extra_ports=[_https_service_port(args.https_node_port)] if tls else [],
        )
        self.config = pulumi.Output.all(
            args.namespace,
            args.web_service,
            args.web_port,
            args.prefix_service,
            args.prefix_port,
            args.web_health_path,
            service.spec.apply(_node_ports),
        ).apply(
            lambda v: load_balancer_config(
                web=Upstream("web", service_host(v[1], v[0], args.cluster_domain), int(v[2])),
                assets=Upstream("assets", service_host(v[3], v[0], args.cluster_domain), int(v[4])),
                path_prefix=args.path_prefix,
                upstream_timeout=args.upstream_timeout,
                web_health_path=v[5],
                https=_https(args, v[6]) if tls else None,
            )
        )
        pod = NginxPod(
            image=args.image,
            config=self.config,
            replicas=args.replicas,
            resources=resources,
            placement=Placement.of(args.placement),
            command=("sh", "-c", RESOLVER_TLS_COMMAND if tls else RESOLVER_COMMAND, CONFIG_FILE),
            readiness_path=READY_PATH,
            **(_tls_mount(args.tls_secret) if tls and args.tls_secret is not None else {}),
        )
        self.deployment = nginx_deployment(served, pod)
        self.service_name = service.metadata.name
        self.address = _address(args, service)
        self.url = _url(args, service, self.address)
        if args.expose != "service" and args.hostname:
            edge = Edge(
                name,
                self,
                args.namespace,
                args.object_name,
                served.labels,
                args.hostname,
                args.tls_secret,
                args.http_redirect,
                args.gateway_class if args.expose == "gateway" else args.ingress_class,
            )
            _ = ingress(edge) if args.expose == "ingress" else gateway(edge)
            scheme = "https" if args.tls_secret is not None else "http"
            self.address = pulumi.Output.from_input(args.hostname)
            self.url = pulumi.Output.from_input(f"{scheme}://{args.hostname}/")
        register_declared(self)


TLS_VOLUME = "tls"


def _https_service_port(node_port: int | None) -> k8s.core.v1.ServicePortArgs:
    return k8s.core.v1.ServicePortArgs(
        name="https", port=443, target_port="https", node_port=node_port
    )


def _tls_mount(secret: pulumi.Input[str]) -> dict[str, Any]:
    """NginxPod fields of a pod serving HTTPS with the certificate of a kubernetes.io/tls Secret."""
    return {
        "extra_ports": [k8s.core.v1.ContainerPortArgs(name="https", container_port=HTTPS_PORT)],
        "volumes": [
            k8s.core.v1.VolumeArgs(
                name=TLS_VOLUME,
                # Owner and group (the pod's fsGroup) read; the key is for nginx only.
                secret=k8s.core.v1.SecretVolumeSourceArgs(secret_name=secret, default_mode=0o440),
            )
        ],
        "mounts": [
            k8s.core.v1.VolumeMountArgs(name=TLS_VOLUME, mount_path=TLS_DIR, read_only=True)
        ],
    }


def _node_ports(spec: k8s.core.v1.outputs.ServiceSpec | None) -> dict[str, int]:
    """Port name -> node port, as the API server assigned them."""
    return {p.name: p.node_port for p in (spec and spec.ports) or [] if p.name and p.node_port}


def _https(args: LoadBalancerTierArgs, ports: dict[str, int]) -> Https:
    pairs = ((ports["http"], ports["https"]),) if {"http", "https"} <= set(ports) else ()
    return Https(redirect=args.http_redirect, hsts=args.hsts, port_pairs=pairs)


def _address(args: LoadBalancerTierArgs, service: k8s.core.v1.Service) -> pulumi.Output[str]:
    """NodePort: the URL's node port; LoadBalancer: the external IP or host name; else the
    Service's DNS name."""
    if args.service_type == "NodePort":
        scheme = "https" if args.tls_secret is not None else "http"  # NodePort: expose=service
        fixed = args.https_node_port if scheme == "https" else args.node_port
        return service.spec.apply(lambda s: str(_node_ports(s).get(scheme) or fixed or ""))
    if args.service_type == "LoadBalancer":
        return service.status.apply(_ingress_address)
    return pulumi.Output.all(service.metadata.name, args.namespace).apply(
        lambda v: service_host(v[0], v[1], args.cluster_domain)
    )


def _ingress_address(status: k8s.core.v1.outputs.ServiceStatus | None) -> str:
    ingress = (status and status.load_balancer and status.load_balancer.ingress) or []
    return (ingress[0].ip or ingress[0].hostname or "") if ingress else ""


def _url(
    args: LoadBalancerTierArgs, service: k8s.core.v1.Service, address: pulumi.Output[str]
) -> pulumi.Output[str]:
    scheme = "https" if args.tls_secret is not None else "http"
    if args.service_type == "NodePort":
        return address.apply(lambda port: f"{scheme}://{args.public_host}:{port}/")
    return address.apply(lambda host: f"{scheme}://{host}/" if host else "")
