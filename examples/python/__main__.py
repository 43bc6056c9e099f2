"""An "orders" service of its own, built from the stateful-app components installed with pip: a
MongoDB replica set holding the service's own database user (`orders`, readWrite on the database
`orders`; never root), web pods running the service's own image in app mode with that user's
connection string as a file, and a load balancer in front, in a namespace of its own with names
of its own.

The image stands in for the orders application: the guestbook (apps/guestbook, listening on 8080,
/healthz without the database), which reads $MONGODB_URI_FILE as any app of yours would."""

import pulumi
import pulumi_kubernetes as k8s

from stateful_app_components import (
    AntiAffinity,
    AppUser,
    DatabaseTier,
    DatabaseTierArgs,
    LoadBalancerTier,
    LoadBalancerTierArgs,
    Placement,
    Probe,
    Resources,
    ServiceType,
    WebMode,
    WebTier,
    WebTierArgs,
)
from stateful_app_components.placement import parse_node_selector, parse_tolerations

LB_IMAGE = "nginxinc/nginx-unprivileged:1.26.2-alpine"
DB_IMAGE = "mongo:7.0.16"
USER = AppUser(name="orders", database="orders")  # roles: readWrite on orders (the default)

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
        users=[USER],
        object_name="orders-db",
    ),
)
web = WebTier(
    "orders-web",
    WebTierArgs(
        namespace=ns,
        mode=WebMode.APP,
        image=config.require("webImage"),  # your build of the app, pinned by tag or digest
        port=8080,
        replicas=3,
        readiness_probe=Probe(path="/healthz", period_seconds=5),
        liveness_probe=Probe(path="/healthz", failure_threshold=6),
        resources=Resources("50m", "64Mi", "500m", "128Mi"),
        # The orders user's Secret (DatabaseTier's output): mounted as $MONGODB_URI_FILE.
        database_secret_name=db.user_connection_secrets.apply(lambda s: s[USER.name]),
        asset_path="/static/",
        placement=Placement(
            node_selector=parse_node_selector(config.get("webNodeSelector") or ""),
            tolerations=parse_tolerations(config.get("webTolerations") or ""),
        ),
        object_name="orders-web",
    ),
)
# No asset tier: the load balancer's second route (/static/) goes to the web pods too, for an app
# that serves its own static files.
lb = LoadBalancerTier(
    "orders-lb",
    LoadBalancerTierArgs(
        namespace=ns,
        image=LB_IMAGE,
        # The headless Services: one upstream server per pod, balanced per request.
        web_service=web.pods_service_name,
        web_port=web.pods_port,
        web_health_path=web.health_path,
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
pulumi.export("mongo", db.connection_string)  # secret: the orders user's URI
