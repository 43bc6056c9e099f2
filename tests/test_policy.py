"""The policy pack's rules, run directly on objects (no engine): each rejects a small violating
object, accepts a compliant one, honours a recorded exception, and passes all three stacks."""

from __future__ import annotations

import json
from typing import Any

import pytest

from components.settings import NGINX_IMAGE
from guardrails import catalog, pods
from guardrails.catalog import RULES, resource_violations, stack_violations
from mocking import ROOT, STACKS, run_program

DEPLOYMENT = "kubernetes:apps/v1:Deployment"
IMAGE = NGINX_IMAGE
DIGEST = "@sha256:" + "a" * 64
RULE = {rule.name: rule for rule in RULES}


def _container(**overrides: Any) -> dict[str, Any]:
    return {
        "name": "app",
        "image": IMAGE,
        "imagePullPolicy": "IfNotPresent",
        "resources": {
            "requests": {"cpu": "10m", "memory": "16Mi"},
            "limits": {"cpu": "100m", "memory": "64Mi"},
        },
        "livenessProbe": {"httpGet": {"path": "/", "port": 8080}},
        "readinessProbe": {"httpGet": {"path": "/", "port": 8080}},
        "securityContext": {
            "allowPrivilegeEscalation": False,
            "readOnlyRootFilesystem": True,
            "capabilities": {"drop": ["ALL"]},
        },
        **overrides,
    }


def _deployment(pod: dict[str, Any] | None = None, **container: Any) -> dict[str, Any]:
    spec = {
        "securityContext": {
            "runAsNonRoot": True,
            "runAsUser": 10101,
            "seccompProfile": {"type": "RuntimeDefault"},
        },
        "containers": [_container(**container)],
        **(pod or {}),
    }
    return {"metadata": {"name": "app", "namespace": "ns"}, "spec": {"template": {"spec": spec}}}


def _violations(rule: str, props: dict[str, Any], type_: str = DEPLOYMENT, **config: Any) -> str:
    return "\n".join(resource_violations(RULE[rule], type_, props, config))


def test_a_compliant_deployment_passes_every_resource_rule() -> None:
    for rule in RULES:
        assert not resource_violations(rule, DEPLOYMENT, _deployment(), {}), rule.name


@pytest.mark.parametrize(
    ("rule", "props", "expected"),
    [
        ("images-pinned", _deployment(image="nginx"), "has no tag"),
        ("images-pinned", _deployment(image="nginx:latest"), "'latest'"),
        ("images-pinned", _deployment(image="nginx@sha256:abc"), "malformed digest"),
        ("pod-security-restricted", _deployment(securityContext={}), "allowPrivilegeEscalation"),
        ("pod-security-restricted", _deployment({"securityContext": {}}), "runAsNonRoot"),
        ("pod-security-restricted", _deployment({"hostNetwork": True}), "hostNetwork"),
        (
            "pod-security-restricted",
            _deployment({"volumes": [{"name": "h", "hostPath": {"path": "/"}}]}),
            "hostPath",
        ),
        (
            "read-only-root-filesystem",
            _deployment(securityContext={"readOnlyRootFilesystem": False}),
            "readOnlyRootFilesystem",
        ),
        ("resources-requests-limits", _deployment(resources={}), "requests.cpu"),
        ("probes", _deployment(livenessProbe=None), "livenessProbe"),
        (
            "no-plaintext-secrets",
            _deployment(env=[{"name": "DB_PASSWORD", "value": "hunter2"}]),
            "DB_PASSWORD",
        ),
        (
            "no-plaintext-secrets",
            _deployment(args=["--uri", "mongodb://root:pw@db:27017"]),
            "credential",
        ),
        (
            "secrets-as-files",
            _deployment(env=[{"name": "T", "valueFrom": {"secretKeyRef": {"name": "s"}}}]),
            "mount it as a file",
        ),
        ("high-uid", _deployment({"securityContext": {"runAsUser": 101}}), "below 10000"),
        ("explicit-pull-policy", _deployment(imagePullPolicy=None), "imagePullPolicy"),
    ],
)
def test_each_pod_rule_rejects_a_violating_deployment(
    rule: str, props: dict[str, Any], expected: str
) -> None:
    assert expected in _violations(rule, props), rule


def test_init_containers_and_pods_of_every_workload_kind_are_checked() -> None:
    bad = {"name": "seed", "image": "busybox"}
    job = {"spec": {"jobTemplate": {"spec": {"template": {"spec": {"initContainers": [bad]}}}}}}
    found = _violations("images-pinned", job, "kubernetes:batch/v1:CronJob")
    assert "init container 'seed'" in found
    pod = {"spec": {"containers": [bad]}}
    assert "no livenessProbe" in _violations("probes", pod, "kubernetes:core/v1:Pod")
    assert not _violations("probes", job, "kubernetes:batch/v1:CronJob"), "jobs complete"


def test_digest_is_required_only_where_configured() -> None:
    assert not _violations("images-pinned", _deployment())
    assert "by digest" in _violations("images-pinned", _deployment(), requireDigest=True)
    pinned = _deployment(image=IMAGE + DIGEST)
    assert not _violations("images-pinned", pinned, requireDigest=True)


@pytest.mark.parametrize(
    "env",
    [
        {"name": "PASSWORD_FILE", "value": "/run/secrets/password"},
        {"name": "MONGO_INITDB_ROOT_PASSWORD_FILE", "value": "/etc/db/password"},
        {"name": "PASS_INTERVAL_MS", "value": "5000"},
        {"name": "TOKEN_SOURCE", "value": "/var/run/secrets/tokens/api"},
    ],
)
def test_where_a_secret_lives_is_not_a_secret(env: dict[str, str]) -> None:
    assert not _violations("no-plaintext-secrets", _deployment(env=[env]))


def test_config_map_with_a_credential_is_rejected() -> None:
    props = {"metadata": {"name": "c"}, "data": {"app.conf": "uri=mongodb://u:p@db/x"}}
    assert "'app.conf'" in _violations(
        "no-plaintext-secrets", props, "kubernetes:core/v1:ConfigMap"
    )
    clean = {"data": {"nginx.conf": "events {}"}}
    assert not _violations("no-plaintext-secrets", clean, "kubernetes:core/v1:ConfigMap")


@pytest.mark.parametrize(
    ("type_", "props", "expected"),
    [
        ("core/v1:PersistentVolume", {"metadata": {"name": "v"}, "spec": {}}, "not Retain"),
        (
            "core/v1:PersistentVolumeClaim",
            {"metadata": {"name": "c", "annotations": {"pulumi.com/autonamed": "true"}}},
            "no explicit name",
        ),
        ("storage.k8s.io/v1:StorageClass", {"metadata": {"name": "s"}}, "Delete"),
        (
            "apps/v1:StatefulSet",
            {"metadata": {"name": "db"}, "spec": {"volumeClaimTemplates": [{}]}},
            "whenDeleted is not Retain",
        ),
    ],
)
def test_data_rule_rejects_volumes_that_could_lose_data(
    type_: str, props: dict[str, Any], expected: str
) -> None:
    assert expected in _violations("data-volumes-retained", props, f"kubernetes:{type_}")


def test_scale_down_keeps_claims_unless_an_exception_says_why() -> None:
    statefulset = "kubernetes:apps/v1:StatefulSet"
    retention = {"whenDeleted": "Retain", "whenScaled": "Delete"}
    spec = {"volumeClaimTemplates": [{}], "persistentVolumeClaimRetentionPolicy": retention}
    props: dict[str, Any] = {"metadata": {"name": "db"}, "spec": spec}
    assert not _violations("data-volumes-retained", props, statefulset), "explicit, kept on delete"
    assert "scaling down deletes data" in _violations(
        "claims-kept-on-scale-down", props, statefulset
    )
    key = catalog.EXCEPTION_PREFIX + "claims-kept-on-scale-down"
    props["metadata"]["annotations"] = {key: "a member that left the set holds a stale copy"}
    assert not _violations("claims-kept-on-scale-down", props, statefulset)


NAMESPACE_TYPE = "kubernetes:core/v1:Namespace"
NAMESPACE: tuple[str, dict[str, Any]] = (NAMESPACE_TYPE, {"metadata": {"name": "ns"}})


def _deny(**spec: Any) -> tuple[str, dict[str, Any]]:
    props = {"metadata": {"name": "deny", "namespace": "ns"}, "spec": {"podSelector": {}, **spec}}
    return "kubernetes:networking.k8s.io/v1:NetworkPolicy", props


def test_namespaces_need_a_default_deny_network_policy() -> None:
    rule = RULE["default-deny-network-policy"]
    assert stack_violations(rule, [NAMESPACE], {})[0][0] is NAMESPACE[1]
    full = _deny(policyTypes=["Ingress", "Egress"], egress=[{"ports": [{"port": 53}]}])
    assert not stack_violations(rule, [NAMESPACE, full], {})
    ingress_only = _deny(policyTypes=["Ingress"])
    assert "Egress" in stack_violations(rule, [NAMESPACE, ingress_only], {})[0][1]
    opens_https = _deny(policyTypes=["Ingress", "Egress"], egress=[{"ports": [{"port": 443}]}])
    assert stack_violations(rule, [NAMESPACE, opens_https], {})
    assert not stack_violations(rule, [NAMESPACE, ingress_only], {"policyTypes": ["Ingress"]})


def test_replicated_workloads_need_a_disruption_budget() -> None:
    rule = RULE["disruption-budget"]
    web = _deployment()
    web["spec"].update(replicas=3.0)  # the engine sends numbers as floats
    web["spec"]["template"]["metadata"] = {"labels": {"app": "web", "tier": "front"}}
    found = stack_violations(rule, [(DEPLOYMENT, web)], {})
    assert found and found[0][0] is web and "3 replicas" in found[0][1]
    budget = {
        "metadata": {"name": "web", "namespace": "ns"},
        "spec": {"maxUnavailable": 1, "selector": {"matchLabels": {"app": "web"}}},
    }
    pdb = ("kubernetes:policy/v1:PodDisruptionBudget", budget)
    assert not stack_violations(rule, [(DEPLOYMENT, web), pdb], {})
    web["spec"]["replicas"] = 1
    assert not stack_violations(rule, [(DEPLOYMENT, web)], {}), "one replica needs no budget"


def test_engine_floats_count_as_numbers() -> None:
    props = _deployment({"securityContext": {"runAsNonRoot": True, "runAsUser": 10101.0}})
    assert not _violations("high-uid", props)
    root = _deployment({"securityContext": {"runAsNonRoot": True, "runAsUser": 0.0}})
    assert "runAsUser is 0" in _violations("pod-security-restricted", root)


def test_namespaces_must_enforce_restricted_pod_security() -> None:
    assert _violations("namespace-pod-security", NAMESPACE[1], NAMESPACE[0])


def test_an_exception_needs_an_annotation_with_a_reason() -> None:
    props = _deployment(image="vendor/tool:latest")
    key = catalog.EXCEPTION_PREFIX + "images-pinned"
    props["metadata"]["annotations"] = {key: "  "}
    assert _violations("images-pinned", props), "an empty reason exempts nothing"
    props["metadata"]["annotations"] = {key: "vendor publishes only :latest (TICKET-12)"}
    assert not _violations("images-pinned", props)
    assert _violations("probes", _deployment(image="x:1", readinessProbe=None)), "one rule only"


def test_namespace_exception_covers_the_stack_rule() -> None:
    key = catalog.EXCEPTION_PREFIX + "default-deny-network-policy"
    metadata = {"name": "ns", "annotations": {key: "service mesh enforces isolation"}}
    namespace = (NAMESPACE_TYPE, {"metadata": metadata})
    assert not stack_violations(RULE["default-deny-network-policy"], [namespace], {})


def _stack_config(stack: str) -> dict[str, Any]:
    path = ROOT / "policy" / "config" / f"{stack}.json"
    return json.loads(path.read_text()) if path.exists() else {}


@pytest.mark.parametrize("stack", STACKS)
def test_every_stack_passes_the_mandatory_rules(stack: str) -> None:
    program = run_program(stack)
    resources = [(r.type, r.inputs) for r in program.mocks.resources]
    config = _stack_config(stack)
    found = []
    for rule in (r for r in RULES if r.level == "mandatory"):
        settings = config.get(rule.name, {})
        found += [f"{rule.name}: {m}" for _, m in stack_violations(rule, resources, settings)]
        for type_, props in resources:
            found += [
                f"{rule.name}: {props.get('metadata', {}).get('name')}: {m}"
                for m in resource_violations(rule, type_, props, settings)
            ]
    assert not found, "\n".join(found)


def test_prod_config_requires_digests_and_the_tag_pinned_dev_would_fail_it() -> None:
    assert _stack_config("prod")["images-pinned"] == {"requireDigest": True}
    dev = run_program("dev")
    specs = [d.inputs["spec"]["template"]["spec"] for d in dev.mocks.of_kind("Deployment")]
    containers = sum(len(s.get("initContainers", [])) + len(s["containers"]) for s in specs)
    found = [
        m
        for d in dev.mocks.of_kind("Deployment")
        for m in pods.images_pinned(DEPLOYMENT, d.inputs, {"requireDigest": True})
    ]
    assert len(found) == containers and containers >= 3, found


def test_the_pack_builds_one_pulumi_policy_per_rule() -> None:
    from guardrails.pack import policies

    built = policies()
    assert [p.name for p in built] == [r.name for r in RULES]
    assert len({p.name for p in built}) == len(built)
