"""The whole application: four tiers in one namespace, wired together through outputs."""

from collections.abc import Mapping

import pulumi
import pulumi_kubernetes as k8s

from . import backup, builders
from .app_users import parse_users
from .assets import BUNDLED_FILES, AssetTier, AssetTierArgs, claim_name
from .certificates import GeneratedCertificate, GeneratedCertificateArgs
from .database import (
    MONGO_USER,
    DatabaseTier,
    DatabaseTierArgs,
    RetainedCredentials,
    credentials_secret_name,
    gate_selector,
)
from .loadbalancer import LoadBalancerTier, LoadBalancerTierArgs
from .network import TierSelectors, network_policies
from .settings import Settings, revalidate
from .volumes import ClaimGrowth, MemberGrowth, OwnedClaim
from .web import WebTier, WebTierArgs
from .web import selector as web_selector


class StatefulApp(pulumi.ComponentResource):
    """Namespace + database + assets + web + load balancer (+ NetworkPolicies).

    Wiring: the database's connection Secret -> web pods; the web and asset Services' names and
    ports -> the load balancer's nginx config. The namespace enforces Pod Security "restricted".
    """

    namespace: pulumi.Output[str]
    """The namespace everything lives in."""
    url: pulumi.Output[str]
    """URL of the application (NodePort: http://<lbPublicHost>:<port>/)."""
    address: pulumi.Output[str]
    """The load balancer's node port, or its LoadBalancer IP or host name."""
    web_service: pulumi.Output[str]
    """Name of the web tier's Service."""
    assets_service: pulumi.Output[str]
    """Name of the asset tier's Service."""
    lb_service: pulumi.Output[str]
    """Name of the load balancer's Service."""
    db_service: pulumi.Output[str]
    """Name of the database's headless Service."""
    db_hosts: pulumi.Output[list[str]]
    """host:port of every database member."""
    db_replica_set: pulumi.Output[str]
    """The replica set's name."""
    db_connection_string: pulumi.Output[str]
    """mongodb:// URI with credentials and every member (secret)."""
    assets_claim: pulumi.Output[str]
    """Name of the asset volume's claim."""
    ca_certificate: pulumi.Output[str]
    """With lbTlsGenerate: the generated CA certificate (PEM) for clients to trust; else empty."""

    def __init__(
        self,
        name: str,
        args: Settings,
        opts: pulumi.ResourceOptions | None = None,
        kept_db_credentials: RetainedCredentials | None = None,
        db_growth: MemberGrowth | None = None,
        db_oplog_mb: int | None = None,
        grown_claims: Mapping[str, ClaimGrowth] | None = None,
    ) -> None:
        """grown_claims: the program's own claims whose size rises in this up, by claim name
        (components.volumes.plan's StoragePlan.owned)."""
        grown = dict(grown_claims or {})
        # Validated here too, so the package's callers get the stack-config rules and defaults.
        s = revalidate(args, pulumi.get_stack())
        super().__init__("stateful-app:index:StatefulApp", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)
        namespace = k8s.core.v1.Namespace(
            f"{name}-namespace",
            metadata=k8s.meta.v1.ObjectMetaArgs(
                name=s.namespace,
                labels={
                    "app.kubernetes.io/part-of": builders.PART_OF,
                    "pod-security.kubernetes.io/enforce": "restricted",
                    "pod-security.kubernetes.io/enforce-version": "latest",
                },
            ),
            # Deleting a namespace deletes every claim in it: keep it when data is retained.
            opts=pulumi.ResourceOptions(parent=self, retain_on_delete=s.retain_data),
        )
        ns = namespace.metadata.name
        # Each tier's args: the fields the stack keys feed (Settings.args_for), plus the wiring.
        db_args = DatabaseTierArgs(
            namespace=ns,
            placement=s.placement("db"),
            retained_credentials=kept_db_credentials,
            resources=s.resources("db"),
            agent_resources=s.resources("agent"),
            users=parse_users(s.db_users),
            drop_removed_users=s.db_drop_removed_users,
            **s.args_for(DatabaseTierArgs),
        )
        db_labels = builders.labels("mongodb", db_args.object_name, "database", s.db_image)
        kept_backup = kept_db_credentials.backup_password if kept_db_credentials else None
        backup_secret = (
            backup.backup_password(f"{name}-db", self, ns, db_labels, s.retain_data, kept_backup)
            if s.db_backup_schedule
            else None
        )
        db = DatabaseTier(
            f"{name}-db",
            db_args,
            child,
            growth=db_growth,
            oplog_mb=db_oplog_mb,
            backup_secret=backup_secret.metadata.name if backup_secret else None,
        )
        assets_args = AssetTierArgs(
            namespace=ns,
            seed_files=BUNDLED_FILES if s.asset_seed_files else {},
            placement=s.placement("asset"),
            resources=s.resources("asset"),
            **s.args_for(AssetTierArgs),
        )
        assets = AssetTier(
            f"{name}-assets", assets_args, child, grown.get(claim_name(assets_args.object_name))
        )
        web_args = WebTierArgs(
            namespace=ns,
            database_secret_name=db.connection_secret_name,
            placement=s.placement("web"),
            resources=s.resources("web"),
            **{**s.args_for(WebTierArgs), **s.web_app()},
        )
        web = WebTier(f"{name}-web", web_args, child)
        lb_object = "lb"
        tls_secret: pulumi.Input[str] | None = s.lb_tls_secret
        self.ca_certificate = pulumi.Output.from_input("")
        if s.lb_tls_generate:
            certificate = GeneratedCertificate(
                f"{name}-lb-tls",
                GeneratedCertificateArgs(
                    namespace=ns,
                    secret_name=f"{lb_object}-tls",
                    hosts=_certificate_hosts(s, lb_object),
                    labels={"app.kubernetes.io/part-of": builders.PART_OF},
                ),
                child,
            )
            tls_secret, self.ca_certificate = certificate.secret_name, certificate.ca_certificate
        lb_args = LoadBalancerTierArgs(
            namespace=ns,
            # Per-pod upstreams: balancing per request and failover (see components/nginx.py).
            web_service=web.pods_service_name,
            web_port=web.pods_port,
            prefix_service=assets.pods_service_name,
            prefix_port=assets.pods_port,
            web_health_path=web.health_path,
            placement=s.placement("lb"),
            resources=s.resources("lb"),
            tls_secret=tls_secret,
            object_name=lb_object,
            **s.args_for(LoadBalancerTierArgs),
        )
        lb = LoadBalancerTier(f"{name}-lb", lb_args, child)
        self._backups(name, s, ns, db, assets, backup_secret, grown)
        if s.network_policies:
            policies = (
                backup.network_policies(
                    builders.selector_labels("mongodb", db_args.object_name),
                    backup.backup_selector(f"{db_args.object_name}-backup"),
                )
                if backup_secret
                else {}
            )
            selectors = TierSelectors(
                lb=builders.selector_labels("nginx", lb_args.object_name),
                web=web_selector(web_args),
                assets=builders.selector_labels("nginx", assets_args.object_name),
                db=builders.selector_labels("mongodb", db_args.object_name),
                db_gate=gate_selector(db_args.object_name),
            )
            web_policies = network_policies(selectors, web_port=web_args.port)
            for policy, spec in {**web_policies, **policies}.items():
                k8s.networking.v1.NetworkPolicy(
                    f"{name}-{policy}",
                    metadata=builders.metadata(
                        policy, ns, {"app.kubernetes.io/part-of": builders.PART_OF}
                    ),
                    spec=spec,
                    opts=child,
                )
        self.namespace = ns
        self.url, self.address, self.lb_service = lb.url, lb.address, lb.service_name
        self.web_service, self.assets_service = web.service_name, assets.service_name
        self.assets_claim = assets.claim_name
        self.db_service, self.db_hosts = db.service_name, db.hosts
        self.db_replica_set = db.replica_set_name
        self.db_connection_string = db.connection_string
        self.register_outputs(
            {
                "namespace": self.namespace,
                "url": self.url,
                "address": self.address,
                "web_service": self.web_service,
                "assets_service": self.assets_service,
                "lb_service": self.lb_service,
                "db_service": self.db_service,
                "db_hosts": self.db_hosts,
                "db_replica_set": self.db_replica_set,
                "db_connection_string": self.db_connection_string,
                "assets_claim": self.assets_claim,
                "ca_certificate": self.ca_certificate,
            }
        )

    @staticmethod
    def owned_claims(s: Settings) -> list[OwnedClaim]:
        """The claims the app registers itself (not the StatefulSet's), with the keys that size
        them and pick their class: what components.volumes.plan checks against the live ones."""
        claims = [
            OwnedClaim(
                "assetStorageSize", claim_name(AssetTierArgs.object_name), s.asset_storage_size,
                "assetStorageClass", s.asset_storage_class,
            )
        ]  # fmt: skip
        if plan := backup.BackupPlan.of(s, "db"):
            claims.append(
                OwnedClaim(
                    "dbBackupStorageSize", backup.claim_name("db"), plan.size,
                    "dbBackupStorageClass", plan.storage_class,
                )
            )  # fmt: skip
        if plan := backup.BackupPlan.of(s, "asset"):
            claims.append(
                OwnedClaim(
                    "assetBackupStorageSize", backup.claim_name("assets"), plan.size,
                    "assetBackupStorageClass", plan.storage_class,
                )
            )  # fmt: skip
        return claims

    def _backups(
        self,
        name: str,
        s: Settings,
        ns: pulumi.Output[str],
        db: DatabaseTier,
        assets: AssetTier,
        backup_secret: k8s.core.v1.Secret | None,
        grown: Mapping[str, ClaimGrowth],
    ) -> None:
        """The backup CronJobs, claims and restore templates the settings ask for."""
        if backup_secret and (plan := backup.BackupPlan.of(s, "db")):
            tier = backup.TierBackups(
                f"{name}-db", self, ns, "db", s.db_image, MONGO_USER, plan, s.retain_data,
                s.placement("db"),
                builders.labels("mongodb", "db-backup", "database-backup", s.db_image),
                grown.get(backup.claim_name("db")),
            )  # fmt: skip
            backup.database_backups(
                tier, db.hosts, s.db_replica_set_name, credentials_secret_name("db"),
                backup_secret.metadata.name,
            )  # fmt: skip
        if plan := backup.BackupPlan.of(s, "asset"):
            tier = backup.TierBackups(
                f"{name}-assets", self, ns, "assets", s.nginx_image, backup.NGINX_USER, plan,
                s.retain_data, s.placement("asset"),
                builders.labels("nginx", "assets-backup", "assets-backup", s.nginx_image),
                grown.get(backup.claim_name("assets")),
            )  # fmt: skip
            backup.asset_backups(tier, assets.claim_name)


def _certificate_hosts(s: Settings, service: str) -> list[str]:
    """The public host first, then any extra hosts, then the Service's cluster names."""
    cluster_names = [
        f"{service}.{s.namespace}.svc.{s.cluster_domain}",
        f"{service}.{s.namespace}.svc",
        f"{service}.{s.namespace}",
        service,
    ]
    extra = s.lb_tls_hosts.split(",") if s.lb_tls_hosts else []
    public = s.lb_hostname if s.lb_hostname else s.lb_public_host
    return [public, *extra, *cluster_names]
