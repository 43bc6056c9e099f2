"""Load-balancer tier: nginx routing / to the web tier and /assets/ to the asset tier."""

import re
from dataclasses import dataclass, field
from typing import Any

import pulumi
import pulumi_kubernetes as k8s

from . import k8s as kb
from .exposure import EXPOSURES, Edge, Exposure, gateway, ingress
from .inputs import from_inputs, package_inputs
from .nginx import (
    HEALTH_PATH,
    HTTPS_PORT,
    READY_PATH,
    RESOLVER_COMMAND,
    RESOLVER_TLS_COMMAND,
    TLS_DIR,
    Https,
    Upstream,
    load_balancer_config,
    service_host,
)
from .placement import Placement
from .resources import Resources, checked
from .settings import NODE_PORT_RANGE, SERVICE_TYPES, ServiceType, image_problem
from .workload import (
    CONFIG_FILE,
    NginxPod,
    ServedPods,
    cluster_service,
    disruption_budget,
    nginx_deployment,
)


@package_inputs()
@dataclass
class LoadBalancerTierArgs:
    namespace: pulumi.Input[str]
    """Namespace of every object of the tier (and of the upstream Services)."""
    image: str
    """Unprivileged nginx image (listens on 8080), pinned by tag or digest."""
    web_service: pulumi.Input[str]
    """Service of the web pods; / is proxied to it. A headless Service (WebTier's
    pods_service_name) gives one upstream server per ready pod: per-request balancing and
    failover; a ClusterIP Service works too, as a single server."""
    web_port: pulumi.Input[int]
    """Port of web_service (for a headless Service, the pods' port: WebTier's pods_port)."""
    assets_service: pulumi.Input[str]
    """Service of the asset pods (AssetTier's pods_service_name); /assets/ is proxied to it."""
    assets_port: pulumi.Input[int]
    """Port of assets_service (AssetTier's pods_port)."""
    assets_path: str = "/assets/"
    """URL prefix routed to the asset tier (everything else goes to the web tier)."""
    web_health_path: pulumi.Input[str] = HEALTH_PATH
    """Path a web pod answers when ready (WebTier's health_path): the load balancer is ready
    only when a web pod answers it through the load balancer."""
    service_type: ServiceType = ServiceType.NODE_PORT
    """NodePort, LoadBalancer or ClusterIP."""
    node_port: int | None = None
    """NodePort only: a fixed port in 30000-32767 (None lets Kubernetes pick one)."""
    replicas: pulumi.Input[int] = 1
    """nginx replicas."""
    await_address: bool = True
    """LoadBalancer only: wait for the external address. Set False on clusters without a
    load-balancer controller, where the wait would never end."""
    public_host: str = "localhost"
    """NodePort only: the host name of a node, used to build the exported URL."""
    upstream_timeout: int = 5
    """Seconds to wait for an upstream pod's response before trying another pod: what a frozen
    pod costs a request. Raise it for slow endpoints."""
    cluster_domain: str = "cluster.local"
    """The cluster's DNS domain (upstream names are fully qualified)."""
    placement: Placement = field(default_factory=Placement)
    """Node selector, tolerations and priority class of the pods."""
    resources: Resources = kb.NGINX_RESOURCES
    """Requests and limits of the nginx container (default 50m/500m CPU, 32Mi/128Mi memory)."""
    tls_secret: pulumi.Input[str] | None = None
    """A kubernetes.io/tls Secret in the namespace (tls.crt, tls.key): serve HTTPS on port 443
    of the Service with it (e.g. one cert-manager keeps renewed; a change is picked up without
    a restart). None: plain HTTP only."""
    http_redirect: bool = True
    """With tls_secret: plain HTTP redirects to HTTPS (False: it serves the app too)."""
    hsts: bool = False
    """With tls_secret: send Strict-Transport-Security (one year) on HTTPS answers."""
    https_node_port: int | None = None
    """NodePort with tls_secret: a fixed HTTPS node port in 30000-32767 (None: Kubernetes picks)."""
    expose: Exposure = Exposure.SERVICE
    """service: clients use the Service; ingress or gateway: an Ingress, or a Gateway API
    Gateway and HTTPRoute, in front of a ClusterIP Service (TLS there, from tls_secret)."""
    hostname: str | None = None
    """ingress/gateway: the host name clients use (in the route, the certificate and the URL)."""
    edge_class: str | None = None
    """ingress: its ingressClassName (None: the cluster's default); gateway: its
    gatewayClassName (required)."""
    object_name: str = "lb"
    """Kubernetes name of the Service and Deployment (stable, unique in the namespace)."""


def _validate(args: LoadBalancerTierArgs) -> None:
    if args.service_type not in SERVICE_TYPES:
        raise ValueError(
            f"service_type={args.service_type!r}: must be one of {', '.join(SERVICE_TYPES)}"
        )
    if args.node_port is not None:
        low, high = NODE_PORT_RANGE
        if args.service_type != "NodePort":
            raise ValueError(f"node_port={args.node_port}: only allowed with NodePort")
        if not low <= args.node_port <= high:
            raise ValueError(f"node_port={args.node_port}: must be from {low} to {high}")
    if problem := image_problem(args.image):
        raise ValueError(f"image={args.image!r}: {problem}")
    path = args.web_health_path
    if isinstance(path, str) and not re.fullmatch(r"/[^\s;{}'\"\\]*", path):
        raise ValueError(f"web_health_path={path!r}: must be a URL path starting with /")
    if not 1 <= args.upstream_timeout <= 3600:
        raise ValueError(f"upstream_timeout={args.upstream_timeout}: must be 1 to 3600 seconds")
    if args.expose not in EXPOSURES:
        raise ValueError(f"expose={args.expose!r}: must be one of {', '.join(EXPOSURES)}")
    if args.expose != "service" and (args.service_type != "ClusterIP" or not args.hostname):
        raise ValueError(f"expose={args.expose!r}: needs service_type ClusterIP and a hostname")
    if args.expose == "gateway" and not args.edge_class:
        raise ValueError("expose='gateway': needs edge_class (the gatewayClassName)")
    if args.https_node_port is not None:
        low, high = NODE_PORT_RANGE
        if args.service_type != "NodePort" or args.tls_secret is None:
            raise ValueError(
                f"https_node_port={args.https_node_port}: only allowed with NodePort and tls_secret"
            )
        if not low <= args.https_node_port <= high or args.https_node_port == args.node_port:
            raise ValueError(
                f"https_node_port={args.https_node_port}: must be from {low} to {high}"
                " and differ from node_port"
            )


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
        _validate(args)
        resources = checked(args.resources, "resources")
        super().__init__("stateful-app:index:LoadBalancerTier", name, None, opts)
        labels = kb.labels("nginx", args.object_name, "load-balancer", args.image)
        # Behind an Ingress or Gateway, TLS ends there and nginx serves plain HTTP.
        tls = args.tls_secret is not None and args.expose == "service"
        selector = kb.selector_labels("nginx", args.object_name)
        served = ServedPods(name, self, args.namespace, args.object_name, labels, selector)
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
            args.assets_service,
            args.assets_port,
            args.web_health_path,
            service.spec.apply(_node_ports),
        ).apply(
            lambda v: load_balancer_config(
                web=Upstream("web", service_host(v[1], v[0], args.cluster_domain), int(v[2])),
                assets=Upstream("assets", service_host(v[3], v[0], args.cluster_domain), int(v[4])),
                assets_path=args.assets_path,
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
        _, self.deployment = nginx_deployment(
            name, self, args.namespace, args.object_name, "load-balancer", pod
        )
        self.service_name = service.metadata.name
        self.address = _address(args, service)
        self.url = _url(args, service, self.address)
        if args.expose != "service" and args.hostname:
            edge = Edge(
                name,
                self,
                args.namespace,
                args.object_name,
                labels,
                args.hostname,
                args.tls_secret,
                args.http_redirect,
                args.edge_class,
            )
            _ = ingress(edge) if args.expose == "ingress" else gateway(edge)
            scheme = "https" if args.tls_secret is not None else "http"
            self.address = pulumi.Output.from_input(args.hostname)
            self.url = pulumi.Output.from_input(f"{scheme}://{args.hostname}/")
        self.register_outputs(
            {"service_name": self.service_name, "address": self.address, "url": self.url}
        )


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
