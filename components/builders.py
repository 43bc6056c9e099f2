"""Pure builders for the Kubernetes pieces every tier shares: labels, security, probes, resources.

They return pulumi-kubernetes Args objects but need no Pulumi runtime, so they are unit-tested
directly. Every pod this program runs is Pod Security "restricted" compliant.
"""

from __future__ import annotations

import pulumi
import pulumi_kubernetes as k8s

from .resources import Resources

PART_OF = "stateful-app"
TMP_VOLUME = "tmp"
# Every image is pinned (tag or digest), so a node's cached copy is the image asked for; Always
# would make every pod start depend on the registry answering.
PULL_POLICY = "IfNotPresent"


# The name of the images images/build.sh builds and imports into the node's containerd (as
# IMAGE_REGISTRY in cluster/common.sh): no registry serves them, the node has the only copy.
LOCAL_IMAGES = "stateful-app.local/"


def scheduled_pull_policy(image: str) -> str:
    """Pull policy of a scheduled job's container (backups, restores). A digest-pinned image is
    pulled Always: the job starts unattended, long after `up`, and the kubelet then checks at each
    run that the node may still pull it (a manifest request; the layers stay cached), instead of
    running a copy some other pod left on the node. A registry outage delays one run, never a
    serving pod's restart (those keep PULL_POLICY). Tag-pinned images keep PULL_POLICY: with a
    mutable tag, Always could run a different image than the one `up` deployed. So do the local
    images (LOCAL_IMAGES): with no registry to ask, Always could never start the job."""
    if image.startswith(LOCAL_IMAGES):
        return PULL_POLICY
    return "Always" if "@sha256:" in image else PULL_POLICY


def selector_labels(app: str, instance: str) -> dict[str, str]:
    """The immutable subset of labels used in selectors (never includes the version)."""
    return {"app.kubernetes.io/name": app, "app.kubernetes.io/instance": instance}


def labels(app: str, instance: str, component: str, image: str) -> dict[str, str]:
    """Recommended app.kubernetes.io/* labels; the version is the image tag."""
    version = image.rsplit("@", 1)[0].rsplit(":", 1)[-1]
    return {
        **selector_labels(app, instance),
        "app.kubernetes.io/component": component,
        "app.kubernetes.io/part-of": PART_OF,
        "app.kubernetes.io/managed-by": "pulumi",
        "app.kubernetes.io/version": version[:63],
    }


def pod_security(
    user: int, fs_group: int | None = None, fs_group_change_policy: str | None = None
) -> k8s.core.v1.PodSecurityContextArgs:
    """Non-root pod with the runtime's default seccomp profile."""
    return k8s.core.v1.PodSecurityContextArgs(
        run_as_non_root=True,
        run_as_user=user,
        run_as_group=user,
        fs_group=fs_group,
        fs_group_change_policy=fs_group_change_policy,
        seccomp_profile=k8s.core.v1.SeccompProfileArgs(type="RuntimeDefault"),
    )


def container_security() -> k8s.core.v1.SecurityContextArgs:
    """No privilege escalation, no capabilities, read-only root (writable /tmp via emptyDir)."""
    return k8s.core.v1.SecurityContextArgs(
        allow_privilege_escalation=False,
        read_only_root_filesystem=True,
        run_as_non_root=True,
        capabilities=k8s.core.v1.CapabilitiesArgs(drop=["ALL"]),
        seccomp_profile=k8s.core.v1.SeccompProfileArgs(type="RuntimeDefault"),
    )


NGINX_RESOURCES = Resources("50m", "32Mi", "500m", "128Mi")
HELPER_RESOURCES = Resources("10m", "16Mi", "100m", "64Mi")


def http_probe(path: str, port: str, period: int = 10, failures: int = 3) -> k8s.core.v1.ProbeArgs:
    return k8s.core.v1.ProbeArgs(
        http_get=k8s.core.v1.HTTPGetActionArgs(path=path, port=port),
        period_seconds=period,
        timeout_seconds=2,
        failure_threshold=failures,
    )


def tcp_probe(port: str, period: int = 10, failures: int = 3) -> k8s.core.v1.ProbeArgs:
    return k8s.core.v1.ProbeArgs(
        tcp_socket=k8s.core.v1.TCPSocketActionArgs(port=port),
        period_seconds=period,
        timeout_seconds=2,
        failure_threshold=failures,
    )


def exec_probe(
    command: list[str], period: int = 10, failures: int = 3, timeout: int = 10
) -> k8s.core.v1.ProbeArgs:
    return k8s.core.v1.ProbeArgs(
        exec_=k8s.core.v1.ExecActionArgs(command=command),
        period_seconds=period,
        timeout_seconds=timeout,
        failure_threshold=failures,
    )


def secret_file_volume(name: str, secret: pulumi.Input[str], key: str) -> k8s.core.v1.VolumeArgs:
    """One key of a Secret as a file, readable by the pod's fsGroup (the programs' group)."""
    return k8s.core.v1.VolumeArgs(
        name=name,
        secret=k8s.core.v1.SecretVolumeSourceArgs(
            secret_name=secret,
            items=[k8s.core.v1.KeyToPathArgs(key=key, path=key)],
            default_mode=0o440,
        ),
    )


def field_env(name: str, field_path: str) -> k8s.core.v1.EnvVarArgs:
    """An environment variable from the pod's own metadata (downward API)."""
    return k8s.core.v1.EnvVarArgs(
        name=name,
        value_from=k8s.core.v1.EnvVarSourceArgs(
            field_ref=k8s.core.v1.ObjectFieldSelectorArgs(field_path=field_path)
        ),
    )


def tmp_volume() -> k8s.core.v1.VolumeArgs:
    """Scratch space for programs that need /tmp under a read-only root filesystem."""
    return k8s.core.v1.VolumeArgs(
        name=TMP_VOLUME, empty_dir=k8s.core.v1.EmptyDirVolumeSourceArgs(size_limit="64Mi")
    )


def file_mount(volume: str, key: str, path: str) -> k8s.core.v1.VolumeMountArgs:
    """One key of a ConfigMap volume as the file at path (read-only)."""
    return k8s.core.v1.VolumeMountArgs(name=volume, mount_path=path, sub_path=key, read_only=True)


def tmp_mount() -> k8s.core.v1.VolumeMountArgs:
    return k8s.core.v1.VolumeMountArgs(name=TMP_VOLUME, mount_path="/tmp")


def spread_across_nodes(
    selector: dict[str, str], required: bool = False
) -> k8s.core.v1.AffinityArgs:
    """Pod anti-affinity on the hostname: required (hard) or preferred (soft)."""
    term = k8s.core.v1.PodAffinityTermArgs(
        label_selector=k8s.meta.v1.LabelSelectorArgs(match_labels=selector),
        topology_key="kubernetes.io/hostname",
    )
    if required:
        anti = k8s.core.v1.PodAntiAffinityArgs(
            required_during_scheduling_ignored_during_execution=[term]
        )
    else:
        anti = k8s.core.v1.PodAntiAffinityArgs(
            preferred_during_scheduling_ignored_during_execution=[
                k8s.core.v1.WeightedPodAffinityTermArgs(weight=100, pod_affinity_term=term)
            ]
        )
    return k8s.core.v1.AffinityArgs(pod_anti_affinity=anti)


def rolling_update_no_downtime() -> k8s.apps.v1.DeploymentStrategyArgs:
    """Stateless tiers never drop below the desired count while rolling."""
    return k8s.apps.v1.DeploymentStrategyArgs(
        type="RollingUpdate",
        rolling_update=k8s.apps.v1.RollingUpdateDeploymentArgs(max_surge=1, max_unavailable=0),
    )


def metadata(
    name: str | None, namespace: pulumi.Input[str], labels_: dict[str, str]
) -> k8s.meta.v1.ObjectMetaArgs:
    """Object metadata; name None lets Pulumi auto-name (used where a change must roll pods)."""
    return k8s.meta.v1.ObjectMetaArgs(name=name, namespace=namespace, labels=labels_)
