"""Volumes that grow: what a dbStorageSize or assetStorageSize change means for claims that already
exist, decided from the live cluster before any resource is registered.

Kubernetes grows a bound claim when its spec asks for more and its StorageClass says
`allowVolumeExpansion: true` (the API server's PersistentVolumeClaimResize admission refuses it
otherwise); a claim never shrinks, and a statically bound claim (no class) never grows. A
StatefulSet's volumeClaimTemplates cannot change in place, so the program (as the MongoDB and
Percona operators do) patches each member claim, then replaces the StatefulSet with an orphaning
delete: its pods keep running on the same claims and the new StatefulSet adopts them.

The program's own claims (the asset volume's, the backup claims) are updated in place when their
size rises, on the same conditions; a smaller size is refused by name. Like the member patches,
they skip the provider's await (SKIP_CLAIM_AWAIT) and their resize state is read back and said.

Why read the cluster here rather than with `StorageClass.get`: a `.get` resolves during the
deployment, after the program registered the other resources, so a refusal could come after
something changed; under mocks it returns whatever the mock invents. These reads are a few GETs
(components/kube_get.py, the kubernetes provider's kubeconfig and context), in preview too; a
missing namespace, claim or StatefulSet means there is nothing to grow yet. Under Pulumi mocks the
test's mocks answer them instead (components/mocked_cluster.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import pulumi
import pulumi_kubernetes as k8s

from . import kube_get, mocked_cluster
from .checks import PROJECT, ConfigError
from .mongo import live_oplog_mb, volume_megabytes


class ClusterView(Protocol):
    """The few API calls the resize decision makes (a fake one in the unit tests)."""

    def get(self, path: str) -> dict[str, Any] | None:
        """The object at `path`, or None when the API server answers 404."""

    def delete(self, path: str, body: Mapping[str, Any]) -> None:
        """DELETE `path` with DeleteOptions `body`."""


@dataclass(frozen=True)
class KubeView:
    """ClusterView through the kubernetes provider's kubeconfig and context."""

    kubeconfig: str | None = None
    context: str | None = None

    def get(self, path: str) -> dict[str, Any] | None:
        try:
            found: dict[str, Any] = kube_get.get_json(path, self.kubeconfig, self.context)
        except kube_get.HttpError as e:
            if e.status == 404:
                return None
            raise RuntimeError(f"reading {path} to check volume sizes failed: {e}") from None
        except kube_get.Unsupported as e:
            raise RuntimeError(f"cannot check volume sizes with this kubeconfig: {e}") from None
        except OSError as e:
            raise RuntimeError(f"cannot reach the cluster to check volume sizes: {e}") from None
        return found

    def delete(self, path: str, body: Mapping[str, Any]) -> None:
        kube_get.request_json("DELETE", path, self.kubeconfig, self.context, body)


def cluster_view(provider_config: Mapping[str, str]) -> ClusterView:
    """A view using the kubernetes provider's configuration (its `kubeconfig`/`context` keys), or
    the test's mocks under Pulumi mocks."""
    if mocked_cluster.under_mocks():
        return mocked_cluster.MockedView()
    return KubeView(provider_config.get("kubeconfig"), provider_config.get("context"))


@dataclass(frozen=True)
class Claim:
    """A live claim: its name, requested size and StorageClass ("" when statically bound)."""

    name: str
    size: str
    storage_class: str

    @staticmethod
    def of(obj: Mapping[str, Any]) -> Claim:
        return Claim(
            name=obj["metadata"]["name"],
            size=requested_storage(obj),
            storage_class=(obj.get("spec") or {}).get("storageClassName") or "",
        )


def requested_storage(claim: Mapping[str, Any]) -> str:
    """spec.resources.requests.storage of a claim or claim template ("0" when absent)."""
    spec = claim.get("spec") or {}
    return str(spec.get("resources", {}).get("requests", {}).get("storage", "0"))


@dataclass(frozen=True)
class MemberGrowth:
    """A raised dbStorageSize over existing members: claims to grow, then (when a StatefulSet
    with the old template exists) its orphaning replacement."""

    claims: tuple[str, ...]
    size: str
    release: Callable[[], None] | None = None
    """Deletes the live StatefulSet with propagationPolicy Orphan (None: no StatefulSet to
    replace, e.g. after a destroy that kept the claims)."""
    report: Callable[[], list[str]] | None = None
    """Reads each grown claim back and says where its resize stands (None: preview)."""


@dataclass(frozen=True)
class OwnedClaim:
    """A claim the program registers itself: its name, the size asked for, and the config key
    that sets it (named in a refusal); with the StorageClass asked for (None: the cluster's
    default, not checked) and its key."""

    key: str
    name: str
    size: str
    class_key: str | None = None
    storage_class: str | None = None


@dataclass(frozen=True)
class ClaimGrowth:
    """An owned claim whose size rises: the program's claim resource is updated in place."""

    name: str
    size: str
    report: Callable[[], list[str]] | None = None
    """Reads the claim back and says where its resize stands (None: preview)."""


@dataclass(frozen=True)
class StoragePlan:
    """What the program does about existing volumes in this up."""

    db: MemberGrowth | None = None
    notes: list[str] = field(default_factory=list)
    db_oplog_mb: int | None = None
    """The --oplogSize the live members run with (None: no live StatefulSet): kept as it is."""
    owned: dict[str, ClaimGrowth] = field(default_factory=dict)
    """The program's own claims that grow in this up, by claim name."""


# On every claim the program registers from a StorageClass, and on the member claim patches.
# pulumi-kubernetes (4.24, provider/pkg/await/awaiters.go untilCoreV1PersistentVolumeClaimReady)
# awaits a claim on create *and on every update* as if it were new: phase Pending when its class
# binds WaitForFirstConsumer, Bound otherwise. A bound claim never returns to Pending, so any
# update of one (a resize, or only the version label when the image changes) would hang for the
# await's 5 minutes and fail the up. The annotation makes the await immediate (metadata.
# ReadyCondition); a claim that never binds still shows in the await of the pods that mount it.
SKIP_CLAIM_AWAIT = {"pulumi.com/skipAwait": "true"}


def claims_path(namespace: str) -> str:
    return f"/api/v1/namespaces/{namespace}/persistentvolumeclaims"


def statefulset_path(namespace: str, name: str) -> str:
    return f"/apis/apps/v1/namespaces/{namespace}/statefulsets/{name}"


def storage_class_path(name: str) -> str:
    return f"/apis/storage.k8s.io/v1/storageclasses/{name}"


def growth_problems(
    key: str, requested: str, claims: Sequence[Claim], view: ClusterView
) -> tuple[list[Claim], list[str]]:
    """The claims to grow to `requested`, and why it cannot be done (empty when it can)."""
    want = volume_megabytes(requested)
    grow, problems = [], []
    expandable: dict[str, bool] = {}
    for claim in claims:
        have = volume_megabytes(claim.size)
        if want < have:
            problems.append(
                f"smaller than the existing claim {claim.name} ({claim.size}): a volume cannot "
                f"shrink; allowed: {claim.size} or more"
            )
        elif want > have:
            if not claim.storage_class:
                problems.append(
                    f"claim {claim.name} ({claim.size}) is bound to a volume without a "
                    f"StorageClass (a static PersistentVolume), which cannot be expanded; "
                    f"allowed: {claim.size}"
                )
                continue
            name = claim.storage_class
            if name not in expandable:
                found = view.get(storage_class_path(name))
                expandable[name] = bool(found and found.get("allowVolumeExpansion") is True)
            if not expandable[name]:
                problems.append(
                    f"claim {claim.name} ({claim.size}) is of StorageClass {name}, which does "
                    f"not allow volume expansion (allowVolumeExpansion is not true); "
                    f"allowed: {claim.size}"
                )
            else:
                grow.append(claim)
    return grow, [f"  {PROJECT}:{key} = {requested!r}: {why}" for why in problems]


def class_problems(want: OwnedClaim, existing: Sequence[Claim]) -> list[str]:
    """A claim's StorageClass cannot change: the provider would replace the claim (delete it
    first, its name being fixed), and the data with it."""
    return [
        f"  {PROJECT}:{want.class_key} = {want.storage_class!r}: the existing claim {c.name} is "
        f"of StorageClass {c.storage_class}, and a claim's class cannot change (the claim and "
        f"its data would be replaced); allowed: {c.storage_class}"
        for c in existing
        if want.class_key and want.storage_class and c.storage_class
        if c.storage_class != want.storage_class
    ]


_MEMBER_CLAIM = r"^{volume}-{statefulset}-[0-9]+$"


def plan(
    view: ClusterView,
    namespace: str,
    db: tuple[str, str, str],
    owned: Sequence[OwnedClaim],
    dry_run: bool,
) -> StoragePlan:
    """Checks dbStorageSize and the sizes of the program's own claims (asset volume, backups)
    against the live claims; raises ConfigError before anything is registered when a size
    cannot be honoured.

    db: (volume name, StatefulSet name, requested size)."""
    volume, statefulset, db_size = db
    found = view.get(claims_path(namespace))
    live = [Claim.of(item) for item in (found or {}).get("items", [])]
    member = re.compile(_MEMBER_CLAIM.format(volume=volume, statefulset=statefulset))
    members = [c for c in live if member.match(c.name)]
    grow, problems = growth_problems("dbStorageSize", db_size, members, view)
    owned_growth: dict[str, ClaimGrowth] = {}
    notes = []
    for want in owned:
        existing = [c for c in live if c.name == want.name]
        grown, owned_problems = growth_problems(want.key, want.size, existing, view)
        problems += owned_problems + class_problems(want, existing)
        if grown and not owned_problems:
            report = None if dry_run else _report(view, namespace, [want.name], want.size)
            owned_growth[want.name] = ClaimGrowth(want.name, want.size, report)
            notes.append(f"{want.key} {want.size}: growing claim {want.name} in place")
    if problems:
        raise ConfigError("invalid stack configuration:\n" + "\n".join(problems))
    members_path = statefulset_path(namespace, statefulset)
    live_members = view.get(members_path)
    release = _release(view, members_path, live_members, db_size, dry_run)
    oplog = live_oplog_mb(live_members)
    if not grow and not release:
        return StoragePlan(notes=notes, db_oplog_mb=oplog, owned=owned_growth)
    names = tuple(sorted(c.name for c in grow))
    note = f"dbStorageSize {db_size}: growing claims {', '.join(names) or '(none)'}"
    if release:
        note += f"; replacing StatefulSet {statefulset} by an orphaning delete (pods, claims kept)"
    report = None if dry_run else _report(view, namespace, names, db_size)
    growth = MemberGrowth(names, db_size, release, report)
    return StoragePlan(growth, [note, *notes], oplog, owned_growth)


def _report(
    view: ClusterView, namespace: str, names: Sequence[str], size: str
) -> Callable[[], list[str]]:
    def report() -> list[str]:
        lines = []
        for name in names:
            found = view.get(f"{claims_path(namespace)}/{name}")
            lines.append(resize_state(found, size) if found else f"claim {name}: not found")
        return lines

    return report


def resize_state(claim: Mapping[str, Any], size: str) -> str:
    """Where a claim's resize to `size` stands, from its spec and status: the program does not
    wait for it (the patch skips the provider's await, see grow_member_claims), it says it.

    Kubernetes grows a volume asynchronously: the storage driver's resizer (external-resizer for
    CSI) grows the volume and sets status.capacity, or leaves FileSystemResizePending for the
    kubelet, which grows the filesystem online or on the pod's next start."""
    name = claim["metadata"]["name"]
    status = claim.get("status") or {}
    capacity = str((status.get("capacity") or {}).get("storage", "")) or "(none)"
    head = f"claim {name}: requested {requested_storage(claim)}, capacity {capacity}"
    conditions = {
        c.get("type"): c for c in status.get("conditions") or [] if c.get("status") == "True"
    }
    for kind in ("ControllerResizeError", "NodeResizeError"):
        if kind in conditions:
            return f"{head}: resize failed ({kind}: {conditions[kind].get('message', '')})"
    if "FileSystemResizePending" in conditions:
        return (
            f"{head}: volume grown, the kubelet grows the filesystem (at the latest on the "
            f"pod's next start)"
        )
    if "Resizing" in conditions:
        return f"{head}: the storage driver is resizing the volume"
    if capacity != "(none)" and volume_megabytes(capacity) >= volume_megabytes(size):
        return f"{head}: the bound volume holds the new size"
    return (
        f"{head}: waiting for the storage driver's resizer; without one (e.g. static local "
        f"volumes) the capacity stays"
    )


def _release(
    view: ClusterView, path: str, live: Mapping[str, Any] | None, size: str, dry_run: bool
) -> Callable[[], None] | None:
    """The orphaning delete of a live StatefulSet whose claim template asks for another size
    (the engine will replace it: the template is immutable), or None when there is none."""
    if not live:
        return None
    templates = live.get("spec", {}).get("volumeClaimTemplates") or []
    if {requested_storage(t) for t in templates} <= {size}:
        return None
    uid = live["metadata"]["uid"]

    def release() -> None:
        if dry_run:  # preview: the engine only shows the replacement
            return
        # The uid precondition deletes exactly the object read above, never a newer one.
        view.delete(
            path,
            {
                "apiVersion": "v1",
                "kind": "DeleteOptions",
                "propagationPolicy": "Orphan",
                "preconditions": {"uid": uid},
            },
        )

    return release


def grow_member_claims(
    name: str,
    parent: pulumi.Resource,
    namespace: pulumi.Input[str],
    growth: MemberGrowth,
    after: Sequence[pulumi.Resource],
) -> pulumi.Output[list[pulumi.Resource]]:
    """Patches each existing member claim to the new size, then, once every patch and `after`
    (the membership gate) is done, releases the old StatefulSet. The result is what the new
    StatefulSet depends on, so the engine replaces it only then.

    The patches are retained on delete: the next up no longer registers them, and relinquishing
    the storage request would ask the API server to drop a required field. They skip the
    provider's await (see the annotation); before the release, each claim's resize state is
    read back and logged (MemberGrowth.report)."""
    patches: list[pulumi.Resource] = [
        k8s.core.v1.PersistentVolumeClaimPatch(
            f"{name}-grow-{claim}",
            metadata=k8s.meta.v1.ObjectMetaPatchArgs(
                name=claim,
                namespace=namespace,
                annotations={
                    # The claim's size was set by the StatefulSet controller: take it over.
                    "pulumi.com/patchForce": "true",
                    # A bound claim never turns Pending again (see SKIP_CLAIM_AWAIT). The resize
                    # itself is asynchronous; growth.report says where it stands.
                    **SKIP_CLAIM_AWAIT,
                },
            ),
            spec=k8s.core.v1.PersistentVolumeClaimSpecPatchArgs(
                resources=k8s.core.v1.VolumeResourceRequirementsPatchArgs(
                    requests={"storage": growth.size}
                )
            ),
            opts=pulumi.ResourceOptions(parent=parent, retain_on_delete=True),
        )
        for claim in growth.claims
    ]
    release, report = growth.release, growth.report

    def released(_: object) -> list[pulumi.Resource]:
        for line in report() if report else []:
            pulumi.log.info(line, resource=parent)
        if release:
            release()
        return [*after, *patches]

    # A URN resolves when its resource's step is done, so this runs after each one is applied.
    return pulumi.Output.all(*[r.urn for r in [*after, *patches]]).apply(released)


def say_when_applied(
    claim: pulumi.Resource, growth: ClaimGrowth | None, parent: pulumi.Resource
) -> None:
    """Once the update of a grown owned claim is applied, logs where its resize stands."""
    report = growth.report if growth else None

    def say(_: str) -> None:
        for line in report() if report else []:
            pulumi.log.info(line, resource=parent)

    if report:
        # A URN resolves when its resource's step is done, so this reads the updated claim.
        claim.urn.apply(say)
