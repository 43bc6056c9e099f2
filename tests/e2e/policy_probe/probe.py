"""A small Pulumi program for the guard rails' end-to-end tests: a namespace, its default-deny
NetworkPolicy, a Deployment, a StatefulSet and a PersistentVolume, all compliant, except for the
one violation named by the config key `violation` (or none). It renders YAML instead of talking
to a cluster, so previews need none: the engine, the language host, the policy pack and the
kubernetes provider are all real."""

from typing import Any

import pulumi
import pulumi_kubernetes as k8s

RESTRICTED = {"pod-security.kubernetes.io/enforce": "restricted"}

config = pulumi.Config()
violation = config.get("violation") or "none"
image = config.get("image") or "nginxinc/nginx-unprivileged:1.27.3-alpine"
provider = k8s.Provider("render", render_yaml_to_directory=config.require("renderDir"))
opts = pulumi.ResourceOptions(provider=provider)


def bad(case: str, compliant: Any, violating: Any) -> Any:
    """The compliant value, or the violating one in the case under test."""
    return violating if violation == case else compliant


namespace = k8s.core.v1.Namespace(
    "probe",
    metadata={
        "name": "probe",
        "labels": bad("namespace-pod-security", RESTRICTED, {}),
    },
    opts=opts,
)
if violation != "default-deny-network-policy":
    k8s.networking.v1.NetworkPolicy(
        "default-deny",
        metadata={"name": "default-deny", "namespace": "probe"},
        spec={
            "podSelector": {},
            "policyTypes": ["Ingress", "Egress"],
            "egress": [{"ports": [{"port": 53, "protocol": "UDP"}]}],
        },
        opts=pulumi.ResourceOptions(provider=provider, depends_on=[namespace]),
    )

container: dict[str, Any] = {
    "name": "web",
    "image": bad("images-pinned", image, "nginx:latest"),
    "imagePullPolicy": "IfNotPresent",
    "env": bad("no-plaintext-secrets", [], [{"name": "DB_PASSWORD", "value": "hunter2"}]),
    "resources": bad(
        "resources-requests-limits",
        {"requests": {"cpu": "10m", "memory": "16Mi"}, "limits": {"cpu": "100m", "memory": "64Mi"}},
        {},
    ),
    "livenessProbe": {"httpGet": {"path": "/", "port": 8080}},
    "readinessProbe": bad("probes", {"httpGet": {"path": "/", "port": 8080}}, None),
    "securityContext": {
        "allowPrivilegeEscalation": bad("pod-security-restricted", False, True),
        "readOnlyRootFilesystem": bad("read-only-root-filesystem", True, False),
        "capabilities": {"drop": ["ALL"]},
    },
}
exception = config.get("exception")  # "<rule>=<reason>": recorded on the Deployment
rule, _, reason = (exception or "").partition("=")
annotations = {f"guardrails.stateful-app/except-{rule}": reason} if exception else None
pod_security = {
    "runAsNonRoot": True,
    "runAsUser": 10101,
    "seccompProfile": {"type": "RuntimeDefault"},
}
k8s.apps.v1.Deployment(
    "web",
    metadata={"name": "web", "namespace": "probe", "annotations": annotations},
    spec={
        "selector": {"matchLabels": {"app": "web"}},
        "template": {
            "metadata": {"labels": {"app": "web"}},
            "spec": {"securityContext": pod_security, "containers": [container]},
        },
    },
    opts=pulumi.ResourceOptions(provider=provider, depends_on=[namespace]),
)
store = {
    **container,
    "name": "store",
    "image": image,
    "env": [],
    "readinessProbe": {"exec": {"command": ["true"]}},
}
k8s.apps.v1.StatefulSet(
    "store",
    metadata={"name": "store", "namespace": "probe"},
    spec={
        "serviceName": "store",
        "selector": {"matchLabels": {"app": "store"}},
        "persistentVolumeClaimRetentionPolicy": {
            "whenDeleted": "Retain",
            "whenScaled": bad("claims-kept-on-scale-down", "Retain", "Delete"),
        },
        "template": {
            "metadata": {"labels": {"app": "store"}},
            "spec": {"securityContext": pod_security, "containers": [store]},
        },
        "volumeClaimTemplates": [
            {
                "metadata": {"name": "data"},
                "spec": {
                    "accessModes": ["ReadWriteOnce"],
                    "resources": {"requests": {"storage": "1Gi"}},
                },
            }
        ],
    },
    opts=pulumi.ResourceOptions(provider=provider, depends_on=[namespace]),
)
k8s.core.v1.PersistentVolume(
    "data",
    metadata={"name": "probe-data"},
    spec={
        "capacity": {"storage": "1Gi"},
        "accessModes": ["ReadWriteOnce"],
        "persistentVolumeReclaimPolicy": bad("data-volumes-retained", "Retain", "Delete"),
        "storageClassName": "",
        "local": {"path": "/mnt/probe"},
        "nodeAffinity": {
            "required": {
                "nodeSelectorTerms": [
                    {"matchExpressions": [{"key": "probe", "operator": "In", "values": ["yes"]}]}
                ]
            }
        },
    },
    opts=opts,
)
