"""Scheduled backups and on-demand restores of the database and the asset volume
(docs/data-operations.md). The scripts the pods run are files of their own in components/backup/.

Per tier: a backup claim (kept on destroy like the data it copies), a CronJob that writes a
time-named backup there and keeps the newest N, and a suspended CronJob `<tier>-restore` that never
runs on its own: `make restore` creates a Job from its template with the backup's name and the
confirmation (scripts/restore.py). A failed backup Job stays listed (failedJobsHistoryLimit) and
the CronJob's status keeps the last successful time.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pulumi
import pulumi_kubernetes as k8s
import pulumi_random as random

from . import builders, db_tls, mongo
from .checks import matches
from .network import _peer, _policy, _port
from .placement import Placement
from .volumes import SKIP_CLAIM_AWAIT, ClaimGrowth, say_when_applied

SCRIPTS = Path(__file__).with_name("backup")
SCRIPTS_DIR = "/backup-scripts"
BACKUPS_DIR = "/backups"
BACKUP_USER = "backup"
BACKUP_PASSWORD_KEY = "backup-password"
BACKUP_SECRET_NAME = "db-backup-credentials"
BACKUP_SECRETS_DIR = "/etc/backup-credentials"
# The schedule of a CronJob that is only a template (suspended; February 31st never comes).
NEVER = "0 0 31 2 *"
DUMP_RESOURCES = builders.Resources("50m", "128Mi", "1", "1Gi")
COPY_RESOURCES = builders.Resources("10m", "32Mi", "500m", "128Mi")
JOB_DEADLINE_SECONDS = 6 * 3600
NGINX_USER = 10101


# A CronJob schedule: five fields (minute hour day-of-month month day-of-week) or a macro.
CRON_SCHEDULE = matches(
    r"^(@(yearly|annually|monthly|weekly|daily|hourly)|([0-9A-Za-z*/,?-]+\s+){4}[0-9A-Za-z*/,?-]+)$",
    "a cron schedule such as '0 3 * * *' or @daily",
)


@dataclass(frozen=True)
class BackupPlan:
    """One tier's backups: when, how many are kept, and the claim they go to."""

    schedule: str
    retain: int
    size: str
    storage_class: str | None

    @staticmethod
    def of(settings: object, tier: str) -> BackupPlan | None:
        """From the <tier>Backup* keys (tier: db or asset); None without a schedule."""
        schedule, retain, size, storage_class = (
            getattr(settings, f"{tier}_backup_{field}")
            for field in ("schedule", "retain", "storage_size", "storage_class")
        )
        return BackupPlan(schedule, retain, size, storage_class) if schedule else None


def claim_name(object_name: str) -> str:
    """The Kubernetes name of a tier's backup claim (object_name: db or assets)."""
    return f"{object_name}-backups"


def backup_selector(object_name: str) -> dict[str, str]:
    """Labels of a tier's backup and restore pods (NetworkPolicies select them)."""
    return builders.selector_labels("backup", object_name)


def backup_password(
    name: str, parent: pulumi.Resource, namespace: pulumi.Input[str], labels: dict[str, str],
    retain: bool, kept: pulumi.Input[str] | None = None,
) -> k8s.core.v1.Secret:  # fmt: skip
    """The backup user's password (pulumi-random, secret), for the agents and the backup Job;
    kept: the password of the Secret an earlier deploy with kept data left behind (the backup
    user on the kept volumes has it, and the object is re-adopted with the same value)."""
    opts = pulumi.ResourceOptions(parent=parent)
    password = random.RandomPassword(f"{name}-backup-password", length=32, special=False, opts=opts)
    value = pulumi.Output.secret(kept) if kept else password.result
    return k8s.core.v1.Secret(
        f"{name}-backup-credentials",
        metadata=builders.metadata(BACKUP_SECRET_NAME, namespace, labels),
        string_data={BACKUP_PASSWORD_KEY: value},  # secret either way
        opts=pulumi.ResourceOptions(parent=parent, retain_on_delete=retain),
    )


def _env(**values: pulumi.Input[str]) -> list[k8s.core.v1.EnvVarArgs]:
    return [k8s.core.v1.EnvVarArgs(name=key, value=value) for key, value in values.items()]


def _mount(name: str, path: str, read_only: bool) -> k8s.core.v1.VolumeMountArgs:
    return k8s.core.v1.VolumeMountArgs(name=name, mount_path=path, read_only=read_only)


def _claim_volume(name: str, claim: pulumi.Input[str], read_only: bool) -> k8s.core.v1.VolumeArgs:
    source = k8s.core.v1.PersistentVolumeClaimVolumeSourceArgs(
        claim_name=claim, read_only=read_only
    )
    return k8s.core.v1.VolumeArgs(name=name, persistent_volume_claim=source)


@dataclass
class TierBackups:
    """Registers one tier's claim, scripts, backup CronJob and restore template."""

    name: str
    parent: pulumi.Resource
    namespace: pulumi.Input[str]
    object_name: str
    """Prefix of the objects: <object_name>-backups (claim), -backup, -restore (CronJobs)."""
    image: str
    user: int
    plan: BackupPlan
    retain_data: bool
    placement: Placement
    labels: dict[str, str]
    growth: ClaimGrowth | None = None
    """The existing claim's size rises in this up (components.volumes.plan)."""

    def claim(self) -> k8s.core.v1.PersistentVolumeClaim:
        claim = k8s.core.v1.PersistentVolumeClaim(
            f"{self.name}-backups",
            metadata=k8s.meta.v1.ObjectMetaArgs(
                name=claim_name(self.object_name),
                namespace=self.namespace,
                labels=self.labels,
                # Bound by the first backup on a WaitForFirstConsumer class: a later update (a
                # resize, the version label) must not wait for it to turn Pending again.
                annotations=SKIP_CLAIM_AWAIT,
            ),
            spec=k8s.core.v1.PersistentVolumeClaimSpecArgs(
                access_modes=["ReadWriteOnce"],
                storage_class_name=self.plan.storage_class,
                resources=k8s.core.v1.VolumeResourceRequirementsArgs(
                    requests={"storage": self.plan.size}
                ),
            ),
            # Like the data volumes: a stack that keeps its data keeps its backups.
            opts=pulumi.ResourceOptions(parent=self.parent, retain_on_delete=self.retain_data),
        )
        say_when_applied(claim, self.growth, self.parent)
        return claim

    def scripts(self) -> pulumi.Output[str]:
        files = {path.name: path.read_text() for path in sorted(SCRIPTS.iterdir())}
        files[mongo.MONGOSH_CONF_FILE] = mongo.MONGOSH_CONF  # backup_db.sh runs mongosh
        config_map = k8s.core.v1.ConfigMap(
            f"{self.name}-backup-scripts",
            metadata=builders.metadata(None, self.namespace, self.labels),
            data=files,
            immutable=True,
            opts=pulumi.ResourceOptions(parent=self.parent),
        )
        return config_map.metadata.name

    def cron_job(
        self,
        role: str,
        script: str,
        env: list[k8s.core.v1.EnvVarArgs],
        mounts: list[k8s.core.v1.VolumeMountArgs],
        volumes: list[k8s.core.v1.VolumeArgs],
        resources: builders.Resources,
        suspend: bool = False,
    ) -> k8s.batch.v1.CronJob:
        """The CronJob `<object_name>-<role>` running `sh <script>`; one run at a time, none
        retried (a failure shows at once), the last three of each outcome kept."""
        labels = {
            **self.labels,
            **backup_selector(f"{self.object_name}-backup"),
            "app.kubernetes.io/component": f"{self.object_name}-{role}",
        }
        container = k8s.core.v1.ContainerArgs(
            name=role,
            image=self.image,
            image_pull_policy=builders.scheduled_pull_policy(self.image),
            command=["sh", f"{SCRIPTS_DIR}/{script}"],
            env=[*env, *_env(HOME="/tmp")],
            resources=resources.args(),
            security_context=builders.container_security(),
            volume_mounts=[*mounts, builders.tmp_mount()],
        )
        pod = k8s.core.v1.PodSpecArgs(
            restart_policy="Never",
            automount_service_account_token=False,
            security_context=builders.pod_security(
                self.user, fs_group=self.user, fs_group_change_policy="OnRootMismatch"
            ),
            containers=[container],
            volumes=[*volumes, builders.tmp_volume()],
            **self.placement.pod_spec_fields(),  # type: ignore[arg-type]
        )
        job = k8s.batch.v1.JobSpecArgs(
            backoff_limit=0,
            active_deadline_seconds=JOB_DEADLINE_SECONDS,
            template=k8s.core.v1.PodTemplateSpecArgs(
                metadata=k8s.meta.v1.ObjectMetaArgs(labels=labels), spec=pod
            ),
        )
        return k8s.batch.v1.CronJob(
            f"{self.name}-{role}",
            metadata=builders.metadata(f"{self.object_name}-{role}", self.namespace, labels),
            spec=k8s.batch.v1.CronJobSpecArgs(
                schedule=NEVER if suspend else self.plan.schedule,
                suspend=suspend,
                concurrency_policy="Forbid",
                starting_deadline_seconds=3600,
                successful_jobs_history_limit=3,
                failed_jobs_history_limit=3,
                job_template=k8s.batch.v1.JobTemplateSpecArgs(spec=job),
            ),
            opts=pulumi.ResourceOptions(parent=self.parent),
        )


def database_backups(
    tier: TierBackups,
    hosts: pulumi.Input[list[str]],
    replica_set: str,
    root_secret: pulumi.Input[str],
    backup_secret: pulumi.Input[str],
    tls_secret: pulumi.Input[str] | None = None,
) -> None:
    """mongodump from a secondary as the backup user; restores through the primary as root.
    tls_secret (dbTls on): the database's TLS Secret, whose ca.crt the scripts verify the
    members with (TLS_CA_FILE)."""
    claim, scripts = tier.claim(), tier.scripts()
    members = pulumi.Output.from_input(hosts).apply(",".join)
    common = _env(BACKUP_DIR=BACKUPS_DIR, HOSTS=members, REPLICA_SET=replica_set)
    tls_mounts: list[k8s.core.v1.VolumeMountArgs] = []
    tls_volumes: list[k8s.core.v1.VolumeArgs] = []
    if tls_secret is not None:
        common += _env(**{db_tls.CA_ENV: db_tls.CA_FILE})
        tls_mounts.append(_mount("tls-ca", db_tls.CA_DIR, True))
        tls_volumes.append(builders.secret_file_volume("tls-ca", tls_secret, db_tls.CA_KEY))
    scripts_mount = _mount("scripts", SCRIPTS_DIR, True)
    scripts_volume = k8s.core.v1.VolumeArgs(
        name="scripts", config_map=k8s.core.v1.ConfigMapVolumeSourceArgs(name=scripts)
    )
    tier.cron_job(
        "backup",
        "backup_db.sh",
        [
            *common,
            *_env(
                RETAIN=str(tier.plan.retain),
                BACKUP_USER=BACKUP_USER,
                PASSWORD_FILE=f"{BACKUP_SECRETS_DIR}/{BACKUP_PASSWORD_KEY}",
            ),
        ],
        [scripts_mount, _mount("backups", BACKUPS_DIR, False),
         _mount("credentials", BACKUP_SECRETS_DIR, True),
         builders.file_mount("scripts", mongo.MONGOSH_CONF_FILE, mongo.MONGOSH_GLOBAL_CONFIG),
         *tls_mounts],
        [scripts_volume, _claim_volume("backups", claim.metadata.name, False),
         builders.secret_file_volume("credentials", backup_secret, BACKUP_PASSWORD_KEY),
         *tls_volumes],
        DUMP_RESOURCES,
    )  # fmt: skip
    tier.cron_job(
        "restore",
        "restore_db.sh",
        [
            *common,
            *_env(
                ROOT_USER=mongo.ROOT_USER,
                PASSWORD_FILE=f"{mongo.SECRETS_DIR}/{mongo.PASSWORD_KEY}",
                ARCHIVE="",
                CONFIRM="",
            ),
        ],
        [scripts_mount, _mount("backups", BACKUPS_DIR, True),
         _mount("credentials", mongo.SECRETS_DIR, True), *tls_mounts],
        [scripts_volume, _claim_volume("backups", claim.metadata.name, True),
         builders.secret_file_volume("credentials", root_secret, mongo.PASSWORD_KEY),
         *tls_volumes],
        DUMP_RESOURCES,
        suspend=True,
    )  # fmt: skip


def asset_backups(tier: TierBackups, asset_claim: pulumi.Input[str]) -> None:
    """Copies of the asset volume's files (mounted read-only) and their restore."""
    claim, scripts = tier.claim(), tier.scripts()
    scripts_volume = k8s.core.v1.VolumeArgs(
        name="scripts", config_map=k8s.core.v1.ConfigMapVolumeSourceArgs(name=scripts)
    )
    scripts_mount = _mount("scripts", SCRIPTS_DIR, True)
    tier.cron_job(
        "backup",
        "backup_files.sh",
        _env(SOURCE_DIR="/assets", BACKUP_DIR=BACKUPS_DIR, RETAIN=str(tier.plan.retain)),
        [scripts_mount, _mount("assets", "/assets", True), _mount("backups", BACKUPS_DIR, False)],
        [scripts_volume, _claim_volume("assets", asset_claim, True),
         _claim_volume("backups", claim.metadata.name, False)],
        COPY_RESOURCES,
    )  # fmt: skip
    tier.cron_job(
        "restore",
        "restore_files.sh",
        _env(TARGET_DIR="/assets", BACKUP_DIR=BACKUPS_DIR, BACKUP="", CONFIRM=""),
        [scripts_mount, _mount("assets", "/assets", False), _mount("backups", BACKUPS_DIR, True)],
        [scripts_volume, _claim_volume("assets", asset_claim, False),
         _claim_volume("backups", claim.metadata.name, True)],
        COPY_RESOURCES,
        suspend=True,
    )  # fmt: skip


def network_policies(
    db: dict[str, str], backups: dict[str, str]
) -> dict[str, k8s.networking.v1.NetworkPolicySpecArgs]:
    """Backup and restore pods reach the members on 27017; policies add up, so these two sit
    beside the namespace's default deny and the members' own allow."""
    mongo_port = _port(mongo.PORT)
    return {
        "allow-db-backup": _policy(
            backups,
            egress=[
                k8s.networking.v1.NetworkPolicyEgressRuleArgs(to=[_peer(db)], ports=[mongo_port])
            ],
        ),
        "allow-db-from-backup": _policy(
            db,
            ingress=[
                k8s.networking.v1.NetworkPolicyIngressRuleArgs(
                    from_=[_peer(backups)], ports=[mongo_port]
                )
            ],
        ),
    }
