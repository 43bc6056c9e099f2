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


def test_connection_string_is_a_file_from_the_secret(mocks: RecordingMocks) -> None:
    args = WebTierArgs(namespace="ns", image=IMAGE, database_secret_name="db-connection")
    run(lambda: WebTier("web", args))
    pod = mocks.named("Deployment", "web").inputs["spec"]["template"]["spec"]
    container = pod["containers"][0]
    env = {e["name"]: e for e in container["env"]}
    assert set(env) == {"MONGODB_URI_FILE"}, "never in the environment"
    volume = next(v for v in pod["volumes"] if v["name"] == "database")
    assert volume["secret"]["secretName"] == "db-connection"
    assert volume["secret"]["items"] == [{"key": "uri", "path": "uri"}]
    mount = next(m for m in container["volumeMounts"] if m["name"] == "database")
    assert mount["readOnly"] is True
    assert env["MONGODB_URI_FILE"]["value"] == mount["mountPath"] + "/uri"


def test_without_a_database_nothing_is_mounted(mocks: RecordingMocks) -> None:
    run(lambda: WebTier("web", WebTierArgs(namespace="ns", image=IMAGE)))
    pod = mocks.named("Deployment", "web").inputs["spec"]["template"]["spec"]
    assert "env" not in pod["containers"][0]
    assert "database" not in {v["name"] for v in pod["volumes"]}


def test_pods_have_probes_resources_and_restricted_security(mocks: RecordingMocks) -> None:
    run(lambda: WebTier("web", WebTierArgs(namespace="ns", image=IMAGE)))
    pod = mocks.named("Deployment", "web").inputs["spec"]["template"]["spec"]
    container = pod["containers"][0]
    assert container["readinessProbe"]["httpGet"]["path"] == "/healthz"
    # Alive while nginx listens: a slow /healthz takes it out of the Service, not restarts it.
    assert container["livenessProbe"]["tcpSocket"]["port"] == "http"
    assert set(container["resources"]) == {"requests", "limits"}
    for bound in ("requests", "limits"):
        assert "ephemeral-storage" in container["resources"][bound], bound
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert pod["securityContext"]["runAsUser"] >= 10000, "never a host account's uid"
    assert container["imagePullPolicy"] == "IfNotPresent"
    assert container["securityContext"]["readOnlyRootFilesystem"] is True


@pytest.mark.parametrize(
    ("kwargs", "field"), [({"replicas": 0}, "replicas=0"), ({"image": "nginx"}, "image=")]
)
def test_invalid_args_are_rejected(mocks: RecordingMocks, kwargs: dict, field: str) -> None:
    with pytest.raises(ValueError, match=field):
        WebTier("web", WebTierArgs(namespace="ns", **{"image": IMAGE, **kwargs}))
