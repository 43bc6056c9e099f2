"""Load-balancer tier: nginx routing / to the web tier and /assets/ to the asset tier."""

import re
from dataclasses import dataclass, field

import pulumi
import pulumi_kubernetes as k8s

from . import k8s as kb
from .inputs import from_inputs, package_inputs
from .nginx import (
    HEALTH_PATH,
    READY_PATH,
    RESOLVER_COMMAND,
    Upstream,
    load_balancer_config,
    service_host,
)
from .placement import Placement
from .resources import Resources, checked
from .settings import NODE_PORT_RANGE, SERVICE_TYPES, ServiceType, image_problem
from .workload import CONFIG_FILE, NginxPod, ServedPods, cluster_service, nginx_deployment


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
        self.config = pulumi.Output.all(
            args.namespace,
            args.web_service,
            args.web_port,
            args.assets_service,
            args.assets_port,
            args.web_health_path,
        ).apply(
            lambda v: load_balancer_config(
                web=Upstream("web", service_host(v[1], v[0], args.cluster_domain), int(v[2])),
                assets=Upstream("assets", service_host(v[3], v[0], args.cluster_domain), int(v[4])),
                assets_path=args.assets_path,
                upstream_timeout=args.upstream_timeout,
                web_health_path=v[5],
            )
        )
        pod = NginxPod(
            image=args.image,
            config=self.config,
            replicas=args.replicas,
            resources=resources,
            placement=Placement.of(args.placement),
            command=("sh", "-c", RESOLVER_COMMAND, CONFIG_FILE),
            readiness_path=READY_PATH,
        )
        _, self.deployment = nginx_deployment(
            name, self, args.namespace, args.object_name, "load-balancer", pod
        )
        selector = kb.selector_labels("nginx", args.object_name)
        service = cluster_service(
            ServedPods(name, self, args.namespace, args.object_name, labels, selector),
            service_type=args.service_type,
            node_port=args.node_port,
            await_address=args.await_address,
        )
        self.service_name = service.metadata.name
        self.address = _address(args, service)
        self.url = _url(args, service, self.address)
        self.register_outputs(
            {"service_name": self.service_name, "address": self.address, "url": self.url}
        )


def _address(args: LoadBalancerTierArgs, service: k8s.core.v1.Service) -> pulumi.Output[str]:
    """NodePort: the node port; LoadBalancer: the external IP or host name; else the DNS name."""
    if args.service_type == "NodePort":
        return service.spec.apply(
            lambda s: str((s.ports and s.ports[0].node_port) or args.node_port or "")
        )
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
    if args.service_type == "NodePort":
        return address.apply(lambda port: f"http://{args.public_host}:{port}/")
    return address.apply(lambda host: f"http://{host}/" if host else "")
