"""An "orders" service of its own, built from the stateful-app components installed with pip:
a MongoDB replica set, web pods with their own image and nginx.conf, and a load balancer in front,
all in a namespace of its own with names of its own."""

from pathlib import Path

import pulumi
import pulumi_kubernetes as k8s

from stateful_app_components import (
    AntiAffinity,
    DatabaseTier,
    DatabaseTierArgs,
    LoadBalancerTier,
    LoadBalancerTierArgs,
    ServiceType,
    WebTier,
    WebTierArgs,
)

WEB_IMAGE = "nginxinc/nginx-unprivileged:1.26.2-alpine"
DB_IMAGE = "mongo:7.0.16"

config = pulumi.Config()
namespace = k8s.core.v1.Namespace(
    "orders",
    metadata=k8s.meta.v1.ObjectMetaArgs(
        name=config.get("namespace") or "orders",
        labels={"pod-security.kubernetes.io/enforce": "restricted"},
    ),
)
ns = namespace.metadata.name

db = DatabaseTier(
    "orders-db",
    DatabaseTierArgs(
        namespace=ns,
        image=DB_IMAGE,
        members=config.get_int("dbMembers") or 3,
        anti_affinity=AntiAffinity.REQUIRED,
        replica_set_name="orders",
        object_name="orders-db",
    ),
)
web = WebTier(
    "orders-web",
    WebTierArgs(
        namespace=ns,
        image=WEB_IMAGE,
        replicas=3,
        database_secret_name=db.connection_secret_name,  # an Output wired into the next tier
        config=(Path(__file__).parent / "nginx.conf").read_text(),
        object_name="orders-web",
    ),
)
# The web pods serve their own /static/, so the load balancer's second route goes to them too.
lb = LoadBalancerTier(
    "orders-lb",
    LoadBalancerTierArgs(
        namespace=ns,
        image=WEB_IMAGE,
        # The headless Services: one upstream server per pod, balanced per request.
        web_service=web.pods_service_name,
        web_port=web.pods_port,
        prefix_service=web.pods_service_name,
        prefix_port=web.pods_port,
        path_prefix="/static/",
        service_type=ServiceType.CLUSTER_IP,
        object_name="orders-lb",
    ),
)

pulumi.export("namespace", ns)
pulumi.export("url", lb.url)
pulumi.export("dbHosts", db.hosts)
pulumi.export("mongo", db.connection_string)  # secret
