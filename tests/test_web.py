"""WebTier alone under mocks."""

import pytest

from components.web import WebTier, WebTierArgs
from mocking import RecordingMocks, resolve, run

IMAGE = "nginxinc/nginx-unprivileged:1.27.3-alpine"


def test_replicas_roll_without_downtime_behind_a_service(mocks: RecordingMocks) -> None:
    tier = run(lambda: WebTier("web", WebTierArgs(namespace="ns", image=IMAGE, replicas=4)))
    spec = mocks.named("Deployment", "web").inputs["spec"]
    assert spec["replicas"] == 4
    assert spec["strategy"]["rollingUpdate"] == {"maxSurge": 1, "maxUnavailable": 0}
    service = mocks.named("Service", "web").inputs["spec"]
    assert service["type"] == "ClusterIP" and service["selector"] == spec["selector"]["matchLabels"]
    assert resolve(tier.service_name) == "web" and resolve(tier.service_port) == 80
    pdb = mocks.named("PodDisruptionBudget", "web").inputs["spec"]
    assert pdb["maxUnavailable"] == 1


def test_connection_string_comes_from_a_secret(mocks: RecordingMocks) -> None:
    args = WebTierArgs(namespace="ns", image=IMAGE, database_secret_name="db-connection")
    run(lambda: WebTier("web", args))
    container = mocks.named("Deployment", "web").inputs["spec"]["template"]["spec"]["containers"][0]
    env = {e["name"]: e for e in container["env"]}
    assert "value" not in env["MONGODB_URI"], "never plain text in the pod spec"
    assert env["MONGODB_URI"]["valueFrom"]["secretKeyRef"] == {
        "name": "db-connection",
        "key": "uri",
    }


def test_pods_have_probes_resources_and_restricted_security(mocks: RecordingMocks) -> None:
    run(lambda: WebTier("web", WebTierArgs(namespace="ns", image=IMAGE)))
    pod = mocks.named("Deployment", "web").inputs["spec"]["template"]["spec"]
    container = pod["containers"][0]
    assert container["readinessProbe"]["httpGet"]["path"] == "/healthz"
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert set(container["resources"]) == {"requests", "limits"}
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert container["securityContext"]["readOnlyRootFilesystem"] is True


@pytest.mark.parametrize(
    ("kwargs", "field"), [({"replicas": 0}, "replicas=0"), ({"image": "nginx"}, "image=")]
)
def test_invalid_args_are_rejected(mocks: RecordingMocks, kwargs: dict, field: str) -> None:
    with pytest.raises(ValueError, match=field):
        WebTier("web", WebTierArgs(namespace="ns", **{"image": IMAGE, **kwargs}))
