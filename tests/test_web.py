"""WebTier alone under mocks."""

import copy
from typing import Any

import pulumi
import pytest

from components.container import EnvVar, ExtraVolume, KeyRef, Probe, VolumeKind
from components.resources import Resources
from components.settings import NGINX_IMAGE
from components.web import WebMode, WebTier, WebTierArgs
from mocking import RecordingMocks, resolve, run

IMAGE = NGINX_IMAGE


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


APP = "stateful-app.local/guestbook:1.0.0"


def _app_pod(mocks: RecordingMocks, **kwargs: Any) -> dict[str, Any]:
    args = WebTierArgs(namespace="ns", image=APP, mode=WebMode.APP, **kwargs)
    run(lambda: WebTier("web", args))
    return mocks.named("Deployment", "web").inputs["spec"]["template"]["spec"]


def test_app_mode_runs_any_container_with_its_port_command_and_probes(
    mocks: RecordingMocks,
) -> None:
    pod = _app_pod(
        mocks,
        port=5000,
        command=["python3", "-m", "guestbook"],
        args=["--workers", "2"],
        readiness_probe=Probe(path="/ready", period_seconds=3, timeout_seconds=1),
        liveness_probe=Probe(command=["/bin/check"], initial_delay_seconds=5, failure_threshold=4),
        startup_probe=Probe(path="/", port=5001, period_seconds=2, failure_threshold=30),
        resources=Resources("100m", "64Mi", "1", "256Mi"),
        user=20000,
    )
    (app,) = pod["containers"]
    assert app["image"] == APP and app["name"] == "app"
    assert app["command"] == ["python3", "-m", "guestbook"] and app["args"] == ["--workers", "2"]
    assert app["ports"] == [{"name": "http", "containerPort": 5000}]
    assert app["readinessProbe"] == {
        "httpGet": {"path": "/ready", "port": 5000},
        "periodSeconds": 3,
        "timeoutSeconds": 1,
        "failureThreshold": 3,
    }
    assert app["livenessProbe"]["exec"] == {"command": ["/bin/check"]}
    assert app["livenessProbe"]["initialDelaySeconds"] == 5
    assert app["livenessProbe"]["failureThreshold"] == 4
    assert app["startupProbe"]["httpGet"] == {"path": "/", "port": 5001}
    assert app["resources"] == {
        "requests": {"cpu": "100m", "memory": "64Mi", "ephemeral-storage": "64Mi"},
        "limits": {"cpu": "1", "memory": "256Mi", "ephemeral-storage": "256Mi"},
    }
    assert pod["securityContext"]["runAsUser"] == 20000 == pod["securityContext"]["fsGroup"]
    assert app["securityContext"]["readOnlyRootFilesystem"] is True
    assert app["lifecycle"]["preStop"] == {"sleep": {"seconds": 3}}, "no shell needed"
    assert {"mountPath": "/tmp", "name": "tmp"} in app["volumeMounts"]
    pods_service = mocks.named("Service", "web-pods").inputs["spec"]
    assert pods_service["ports"][0]["port"] == 5000
    assert pods_service["selector"]["app.kubernetes.io/name"] == "web-app"


def test_app_mode_defaults_probe_the_port_and_keep_the_image_entrypoint(
    mocks: RecordingMocks,
) -> None:
    (app,) = _app_pod(mocks)["containers"]
    assert "command" not in app and "args" not in app
    assert app["readinessProbe"]["httpGet"] == {"path": "/", "port": 8080}
    assert app["livenessProbe"]["failureThreshold"] == 6
    assert "startupProbe" not in app


def test_app_env_plain_secret_and_config_map_values_after_the_tiers_own(
    mocks: RecordingMocks,
) -> None:
    (app,) = _app_pod(
        mocks,
        database_secret_name="db-connection",
        env=[
            EnvVar("LOG_LEVEL", value="info"),
            EnvVar("API_TOKEN", secret=KeyRef("api", "token")),
            EnvVar("FEATURES", config_map=KeyRef("flags", "list")),
        ],
    )["containers"]
    env = {e["name"]: e for e in app["env"]}
    assert [e["name"] for e in app["env"]] == [
        "POD_NAME",
        "PORT",
        "ASSETS_PATH",
        "MONGODB_URI_FILE",
        "LOG_LEVEL",
        "API_TOKEN",
        "FEATURES",
    ]
    assert env["POD_NAME"]["valueFrom"] == {"fieldRef": {"fieldPath": "metadata.name"}}
    assert env["LOG_LEVEL"] == {"name": "LOG_LEVEL", "value": "info"}
    assert env["API_TOKEN"]["valueFrom"] == {"secretKeyRef": {"name": "api", "key": "token"}}
    assert env["FEATURES"]["valueFrom"] == {"configMapKeyRef": {"name": "flags", "key": "list"}}


def test_database_uri_is_a_file_and_an_env_var_only_when_asked(mocks: RecordingMocks) -> None:
    pod = _app_pod(mocks, database_secret_name="db-connection", database_env="MONGODB_URI")
    (app,) = pod["containers"]
    env = {e["name"]: e for e in app["env"]}
    assert env["MONGODB_URI_FILE"]["value"] == "/etc/stateful-app/database/uri"
    assert env["MONGODB_URI"]["valueFrom"] == {
        "secretKeyRef": {"name": "db-connection", "key": "uri"}
    }, "a reference, never the value in the pod spec"
    assert "database" in {v["name"] for v in pod["volumes"]}


def test_extra_volumes_are_mounted_read_only_unless_scratch(mocks: RecordingMocks) -> None:
    pod = _app_pod(
        mocks,
        volumes=[
            ExtraVolume("cache", "/var/cache/app", size_limit="256Mi"),
            ExtraVolume("tls", "/etc/tls", kind=VolumeKind.SECRET, source="app-tls"),
            ExtraVolume("conf", "/etc/app", kind=VolumeKind.CONFIG_MAP, source="app-conf"),
        ],
    )
    volumes = {v["name"]: v for v in pod["volumes"]}
    assert volumes["cache"]["emptyDir"] == {"sizeLimit": "256Mi"}
    assert volumes["tls"]["secret"]["secretName"] == "app-tls"
    assert volumes["conf"]["configMap"] == {"name": "app-conf"}
    mounts = {m["name"]: m for m in pod["containers"][0]["volumeMounts"]}
    assert mounts["cache"] == {"name": "cache", "mountPath": "/var/cache/app"}
    assert mounts["tls"]["readOnly"] is True and mounts["conf"]["readOnly"] is True


def test_sidecars_and_init_containers_through_a_resource_transformation(
    mocks: RecordingMocks,
) -> None:
    """The escape hatch docs/application.md shows: a transformation on the component reaches
    its Deployment child and adds containers the args do not model. (Under mocks only the SDK's
    in-process `transformations` run; the engine-side `transforms` need a real engine.)"""
    sidecar = {"name": "log-shipper", "image": "example.org/shipper:1.2.3"}
    init = {"name": "migrate", "image": APP, "command": ["python3", "-m", "guestbook.migrate"]}

    def add_containers(
        args: pulumi.ResourceTransformationArgs,
    ) -> pulumi.ResourceTransformationResult | None:
        if args.type_ != "kubernetes:apps/v1:Deployment":
            return None
        spec: Any = args.props["spec"]  # the DeploymentSpecArgs WebTier built
        pod = spec.template.spec
        pod.containers = [*pod.containers, sidecar]
        pod.init_containers = [init]
        return pulumi.ResourceTransformationResult(args.props, args.opts)

    args = WebTierArgs(namespace="ns", image=APP, mode=WebMode.APP)
    opts = pulumi.ResourceOptions(transformations=[add_containers])
    run(lambda: WebTier("web", args, opts))
    pod = mocks.named("Deployment", "web").inputs["spec"]["template"]["spec"]
    assert [c["name"] for c in pod["containers"]] == ["app", "log-shipper"]
    assert pod["initContainers"] == [init]
    assert mocks.named("Service", "web").inputs["spec"]["ports"], "other children untouched"


def test_sidecar_through_a_resource_transform_on_the_component(
    mocks: RecordingMocks, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The newer `transforms` option (pulumi.ResourceTransform), which the engine runs on the
    component and on each of its children as they register. The SDK's mock monitor (pulumi
    3.272) runs no transforms: it only hands a resource's own ones to Mocks.new_resource, and
    the SDK does not copy a component's transforms to its children (the engine applies them).
    So this checks the two halves mocks can: the option reaches WebTier's registration as a
    callback, and that callback, given the Deployment child as the engine gives it (its
    registered inputs, the wire's camelCase props), returns it with the sidecar; other children
    pass through unchanged. The engine-side run itself is not exercised here."""
    sidecar = {"name": "log-shipper", "image": "example.org/shipper:1.2.3"}
    received: dict[str, list[Any]] = {}
    new_resource = mocks.new_resource

    def recording(args: pulumi.runtime.MockResourceArgs) -> tuple[str | None, dict]:
        received[f"{args.typ}::{args.name}"] = list(args.transforms)
        return new_resource(args)

    monkeypatch.setattr(mocks, "new_resource", recording)

    def add_sidecar(args: pulumi.ResourceTransformArgs) -> pulumi.ResourceTransformResult | None:
        if args.type_ != "kubernetes:apps/v1:Deployment":
            return None
        props: dict[str, Any] = copy.deepcopy(dict(args.props))
        pod = props["spec"]["template"]["spec"]
        pod["containers"] = [*pod["containers"], sidecar]
        return pulumi.ResourceTransformResult(props, args.opts)

    args = WebTierArgs(namespace="ns", image=APP, mode=WebMode.APP)
    run(lambda: WebTier("web", args, pulumi.ResourceOptions(transforms=[add_sidecar])))
    assert received["stateful-app:index:WebTier::web"] == [add_sidecar]
    deployment = mocks.named("Deployment", "web")
    assert received[f"{deployment.type}::{deployment.name}"] == [], (
        "the engine's job, not the SDK's"
    )

    def engine_view(registered: Any) -> pulumi.ResourceTransformArgs:
        opts = pulumi.ResourceOptions()
        return pulumi.ResourceTransformArgs(
            True, registered.type, registered.name, registered.inputs, opts
        )

    result = add_sidecar(engine_view(deployment))
    assert result is not None
    props: Any = result.props
    pod = props["spec"]["template"]["spec"]
    assert [c["name"] for c in pod["containers"]] == ["app", "log-shipper"]
    assert [c["name"] for c in deployment.inputs["spec"]["template"]["spec"]["containers"]] == [
        "app"
    ], "the registered child is left as it was"
    assert add_sidecar(engine_view(mocks.named("Service", "web"))) is None


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"port": 0}, r"port=0: must be an integer from 1 to 65535"),
        ({"port": 70000}, r"port=70000: must be an integer from 1 to 65535"),
        ({"readiness_probe": Probe(path="healthz")}, r"readiness_probe.path='healthz': must start"),
        ({"liveness_probe": Probe()}, r"liveness_probe: needs exactly one of path"),
        ({"startup_probe": Probe(path="/", period_seconds=0)}, r"startup_probe.period_seconds=0"),
        ({"readiness_probe": Probe(path="/", port=99999)}, r"readiness_probe.port=99999"),
        ({"env": [EnvVar("1BAD", value="x")]}, r"env\[0\].name='1BAD': must match"),
        ({"env": [EnvVar("MY VAR", value="x")]}, r"env\[0\].name='MY VAR'"),
        ({"env": [EnvVar("A=B", value="x")]}, r"env\[0\].name='A=B'"),
        ({"env": [EnvVar("POD_NAME", value="x")]}, r"env\[0\].name='POD_NAME': set by the tier"),
        ({"env": [EnvVar("A", value="x"), EnvVar("A", value="y")]}, r"env\[1\].name='A': given"),
        ({"env": [EnvVar("A")]}, r"env\[0\].name='A': needs exactly one of value"),
        (
            {"resources": Resources("2", "64Mi", "1", "256Mi")},
            r"resources='cpu=2/1,memory=64Mi/256Mi': cpu request 2 is above its limit 1",
        ),
        (
            {"resources": Resources("10m", "1Gi", "1", "512Mi")},
            r"memory request 1Gi is above its limit 512Mi",
        ),
        ({"resources": Resources("10m", "lots", "1", "1Gi")}, r"'lots' is not a Kubernetes"),
        ({"volumes": [ExtraVolume("tmp", "/scratch")]}, r"volumes\[0\].name='tmp'"),
        ({"volumes": [ExtraVolume("x", "relative")]}, r"volumes\[0\].mount_path='relative'"),
        (
            {"volumes": [ExtraVolume("x", "/x", kind=VolumeKind.SECRET)]},
            r"volumes\[0\].source=None: the secret's name is required",
        ),
        ({"database_env": "MONGODB_URI"}, r"database_env='MONGODB_URI': needs database_secret"),
        ({"config": "events {}"}, r"config: an nginx.conf is only for mode=nginx"),
        ({"user": 0}, r"user=0: must be a non-root uid"),
    ],
)
def test_bad_app_args_name_the_field_value_and_what_is_allowed(
    mocks: RecordingMocks, kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        WebTier("web", WebTierArgs(namespace="ns", image=APP, mode=WebMode.APP, **kwargs))
    assert not mocks.resources, "nothing registered before the error"


def test_app_only_args_are_refused_in_nginx_mode(mocks: RecordingMocks) -> None:
    with pytest.raises(ValueError, match=r"port, command: only with mode=app"):
        WebTier("web", WebTierArgs(namespace="ns", image=IMAGE, port=5000, command=["x"]))


def test_nginx_mode_takes_resources_too(mocks: RecordingMocks) -> None:
    resources = Resources("20m", "16Mi", "200m", "64Mi")
    run(lambda: WebTier("web", WebTierArgs(namespace="ns", image=IMAGE, resources=resources)))
    (nginx,) = mocks.named("Deployment", "web").inputs["spec"]["template"]["spec"]["containers"]
    assert nginx["resources"]["limits"] == {
        "cpu": "200m",
        "memory": "64Mi",
        "ephemeral-storage": "256Mi",
    }


def test_app_args_from_the_component_package_arrive_as_plain_dicts(mocks: RecordingMocks) -> None:
    """Over the package boundary nested args are dicts and numbers floats."""
    inputs = {
        "namespace": "ns",
        "image": APP,
        "mode": "app",
        "port": 5000.0,
        "env": [{"name": "TOKEN", "secret": {"name": "api", "key": "token"}}],
        "readiness_probe": {"path": "/ready", "period_seconds": 3.0},
        "volumes": [{"name": "cache", "mount_path": "/cache"}],
        "resources": {
            "cpu_request": "10m",
            "memory_request": "16Mi",
            "cpu_limit": "100m",
            "memory_limit": "64Mi",
        },
    }
    tier = run(lambda: WebTier("web", inputs))  # type: ignore[arg-type]
    (app,) = mocks.named("Deployment", "web").inputs["spec"]["template"]["spec"]["containers"]
    assert app["readinessProbe"]["httpGet"] == {"path": "/ready", "port": 5000}
    assert app["env"][-1]["valueFrom"]["secretKeyRef"] == {"name": "api", "key": "token"}
    assert resolve(tier.pods_port) == 5000 and resolve(tier.health_path) == "/ready"
