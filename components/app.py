"""The whole application: four tiers in one namespace, wired together through outputs."""

from collections.abc import Mapping

import pulumi
import pulumi_kubernetes as k8s

from . import backup, builders, db_tls, mongo
from .app_users import parse_users
from .assets import BUNDLED_FILES, AssetTier, AssetTierArgs, claim_name
from .certificates import GeneratedCertificate, GeneratedCertificateArgs
from .database import (
    MONGO_USER,
    DatabaseTier,
    DatabaseTierArgs,
    KeptCredentials,
    credentials_secret_name,
)
from .db_tls import DatabaseTls, DbTlsMode
from .loadbalancer import LoadBalancerTier, LoadBalancerTierArgs
from .network import TierSelectors, network_policies
from .outputs import register_declared
from .settings import Settings, revalidate
from .volumes import ClaimGrowth, MemberGrowth, OwnedClaim
from .web import DATABASE_CA_FILE, DATABASE_DIR, WebTier, WebTierArgs


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
    db_ca_certificate: pulumi.Output[str]
    """With dbTls: the CA certificate (PEM) database clients verify the members with; else
    empty."""

    def __init__(
        self,
        name: str,
        args: Settings,
        opts: pulumi.ResourceOptions | None = None,
        kept_credentials: KeptCredentials | None = None,
        db_growth: MemberGrowth | None = None,
        db_oplog_mb: int | None = None,
        db_tls_secret: Mapping[str, str] | None = None,
        grown_claims: Mapping[str, ClaimGrowth] | None = None,
    ) -> None:
        """db_tls_secret: the dbTlsSecret's CA certificate and server certificate digest, as
        components.db_tls.check_secret read them before anything was created. grown_claims: the
        program's own claims whose size rises in this up, by claim name
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
            kept_credentials=kept_credentials,
            resources=s.resources("db"),
            agent_resources=s.resources("agent"),
            users=parse_users(s.db_users),
            drop_removed_users=s.db_drop_removed_users,
            **s.args_for(DatabaseTierArgs),
        )
        db_labels = builders.labels("mongodb", db_args.object_name, "database", s.db_image)
        kept_backup = kept_credentials.backup_password if kept_credentials else None
        backup_secret = (
            backup.backup_password(f"{name}-db", self, ns, db_labels, s.retain_data, kept_backup)
            if s.db_backup_schedule
            else None
        )
        tls = _database_tls(self, name, s, ns, db_args, db_tls_secret)
        db = DatabaseTier(
            f"{name}-db",
            db_args,
            child,
            growth=db_growth,
            oplog_mb=db_oplog_mb,
            backup_secret=backup_secret.metadata.name if backup_secret else None,
            tls=tls,
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
            database_ca_key=db_tls.CA_KEY if tls else None,
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
        self._backups(name, s, ns, db, assets, backup_secret, grown, tls)
        if s.network_policies:
            policies = (
                backup.network_policies(
                    db.pod_selector,
                    backup.backup_selector(f"{db_args.object_name}-backup"),
                )
                if backup_secret
                else {}
            )
            selectors = TierSelectors(
                lb=lb.pod_selector,
                web=web.pod_selector,
                assets=assets.pod_selector,
                db=db.pod_selector,
                db_gate=db.gate_selector,
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
        self.db_ca_certificate = pulumi.Output.from_input(tls.ca_certificate if tls else "")
        register_declared(self)

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
        for tier, claim_tier in (("db", "db"), ("asset", "assets")):
            if plan := backup.BackupPlan.of(s, tier):
                claims.append(
                    OwnedClaim(
                        f"{tier}BackupStorageSize", backup.claim_name(claim_tier), plan.size,
                        f"{tier}BackupStorageClass", plan.storage_class,
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
        tls: DatabaseTls | None = None,
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
                backup_secret.metadata.name, tls.secret_name if tls else None,
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


def _database_tls(
    self: StatefulApp,
    name: str,
    s: Settings,
    ns: pulumi.Output[str],
    db_args: DatabaseTierArgs,
    secret_facts: Mapping[str, str] | None,
) -> DatabaseTls | None:
    """dbTls: the members' certificate (generated with pulumi-tls, or the dbTlsSecret that
    __main__ checked) and where applications find its CA."""
    if s.db_tls == DbTlsMode.DISABLED:
        return None
    client_ca_file = f"{DATABASE_DIR}/{DATABASE_CA_FILE}"
    if s.db_tls_secret:
        if secret_facts is None:
            raise ValueError(
                f"dbTlsSecret={s.db_tls_secret!r}: the Secret's CA must be read before the "
                "resources are created (the program does it; a package caller uses "
                "dbTlsGenerate instead)"
            )
        return DatabaseTls(
            s.db_tls,
            s.db_tls_secret,
            secret_facts["ca_certificate"],
            secret_facts["certificate_digest"],
            client_ca_file,
        )
    hosts = db_tls.server_hosts(
        db_args.object_name, s.namespace, db_args.cluster_domain, mongo.MAX_MEMBERS
    )
    certificate = GeneratedCertificate(
        f"{name}-db-tls",
        GeneratedCertificateArgs(
            namespace=ns,
            secret_name=f"{db_args.object_name}-tls",
            hosts=hosts,
            labels={"app.kubernetes.io/part-of": builders.PART_OF},
            client_auth=True,
        ),
        pulumi.ResourceOptions(parent=self),
    )
    return DatabaseTls(
        s.db_tls,
        certificate.secret_name,
        certificate.ca_certificate,
        certificate.certificate.apply(db_tls.certificate_digest),
        client_ca_file,
    )
