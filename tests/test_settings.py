"""Stack configuration: defaults, every rule's error message, and Pulumi.yaml kept in step."""

import pytest
import yaml

import config_reference
from components.settings import ConfigError, load, project_config
from mocking import ROOT, STACKS, stack_config


def _load(**raw: object):
    base: dict[str, object] = {"assetNodeLabel": "storage-node=true"}
    base.update(raw)
    return load(base, "dev")


def test_defaults_give_a_small_local_stack() -> None:
    s = _load()
    assert (s.namespace, s.web_replicas, s.db_members) == ("stateful-app-dev", 2, 1)
    assert (s.asset_storage, s.lb_service_type, s.retain_data) == ("local", "NodePort", False)


@pytest.mark.parametrize("stack", STACKS)
def test_every_stack_file_is_valid(stack: str) -> None:
    s = load(project_config(stack_config(stack)), stack)
    assert s.namespace == f"stateful-app-{stack}", stack


def test_engine_strings_are_parsed() -> None:
    s = _load(webReplicas="3", retainData="true", lbNodePort="30005")
    assert (s.web_replicas, s.retain_data, s.lb_node_port) == (3, True, 30005)


@pytest.mark.parametrize(
    ("raw", "key", "allowed"),
    [
        ({"dbMembers": "2"}, "dbMembers", "an odd integer from 1 to 7"),
        ({"dbMembers": "-1"}, "dbMembers", "an odd integer from 1 to 7"),
        ({"webReplicas": "two"}, "webReplicas", "an integer from 1 to 1000"),
        ({"webReplicas": "0"}, "webReplicas", "an integer from 1 to 1000"),
        ({"assetStorage": "s3"}, "assetStorage", "one of local, class, shared"),
        ({"lbNodePort": "80"}, "lbNodePort", "from 30000 to 32767"),
        ({"lbServiceType": "Ingress"}, "lbServiceType", "NodePort, LoadBalancer, ClusterIP"),
        ({"retainData": "yes"}, "retainData", "true or false"),
        ({"dbStorageSize": "10 GB"}, "dbStorageSize", "a Kubernetes quantity"),
        ({"dbImage": "mongo:latest"}, "dbImage", "'latest'"),
        ({"clusterDomain": "Cluster_Local"}, "clusterDomain", "a DNS domain"),
        ({"nginxImage": "nginx"}, "nginxImage", "explicit tag or digest"),
        ({"namespace": "Prod_NS"}, "namespace", "a DNS label"),
        ({"assetPath": "assets"}, "assetPath", "a URL path like /assets/"),
        ({"assetNodeLabel": "storage"}, "assetNodeLabel", "key=value"),
        ({"webReplica": "3"}, "webReplica", "not a known key; allowed keys: agentResources, asset"),
        ({"webPort": "70000"}, "webPort", "an integer from 1 to 65535"),
        ({"webPort": "0"}, "webPort", "an integer from 1 to 65535"),
        ({"webReadinessPath": "healthz"}, "webReadinessPath", "an HTTP path starting with /"),
        ({"webEnv": "1BAD=x"}, "webEnv", "env[0].name='1BAD': must match"),
        ({"webEnv": "A B=x"}, "webEnv", "env[0].name='A B'"),
        ({"webEnv": "A=1;A=2"}, "webEnv", "env[1].name='A': given twice"),
        ({"webDatabaseEnv": "MONGO URI"}, "webDatabaseEnv", "an env var name"),
        ({"webCommand": "python3 app.py"}, "webCommand", "is not a JSON array of strings"),
        ({"webImage": "guestbook"}, "webImage", "explicit tag or digest"),
        ({"webResources": "cpu=2/1"}, "webResources", "cpu request 2 is above its limit 1"),
        ({"dbResources": "memory=2Gi/1Gi"}, "dbResources", "memory request 2Gi is above its"),
        ({"agentResources": "gpu=1"}, "agentResources", "expected cpu=... or memory=..."),
        ({"lbResources": "cpu=lots"}, "lbResources", "'lots' is not a Kubernetes quantity"),
        ({"dbUsers": "a=x,a=y"}, "dbUsers", "dbUsers[1].name='a': the user name is already used"),
        ({"dbUsers": "a=x:readWriteAll"}, "dbUsers", "'readWriteAll' is not a MongoDB built-in"),
        ({"dbUsers": "a"}, "dbUsers", "'a' is not name=database[:roles]"),
        ({"dbUsers": ""}, "dbUsers", "at least one application user"),
    ],
)
def test_bad_value_names_key_value_and_allowed(raw: dict, key: str, allowed: str) -> None:
    with pytest.raises(ConfigError) as error:
        _load(**raw)
    message = str(error.value)
    value = next(iter(raw.values()))
    assert f"stateful-app:{key} = {value!r}" in message, message
    assert allowed in message, message


@pytest.mark.parametrize(
    ("raw", "key", "why"),
    [
        ({"assetNodeLabel": None}, "assetNodeLabel", "required when assetStorage is local"),
        ({"assetStorage": "class"}, "assetStorageClass", "required when assetStorage is class"),
        (
            {"assetStorage": "class", "assetStorageClass": "ssd", "assetReplicas": "2"},
            "assetReplicas",
            "must be 1 when assetStorage is class",
        ),
        ({"assetStorage": "shared"}, "assetNfsServer", "needs assetNfsServer and assetNfsPath"),
        ({"lbServiceType": "ClusterIP", "lbNodePort": "30001"}, "lbNodePort", "only allowed"),
        ({"dbStorageSize": "512Mi"}, "dbStorageSize", "at least 1024Mi"),
        ({"dbResources": "memory=512Mi"}, "dbResources", "memory limit must be at least 1024Mi"),
    ],
)
def test_cross_key_rules_name_the_key(raw: dict, key: str, why: str) -> None:
    with pytest.raises(ConfigError) as error:
        _load(**raw)
    assert f"stateful-app:{key}" in str(error.value) and why in str(error.value), str(error.value)


def test_all_problems_are_reported_at_once() -> None:
    with pytest.raises(ConfigError) as error:
        _load(dbMembers="4", webReplicas="-2")
    assert "dbMembers" in str(error.value) and "webReplicas" in str(error.value)


def test_shared_storage_accepts_nfs_or_a_class() -> None:
    nfs = _load(assetStorage="shared", assetNfsServer="10.0.0.5", assetNfsPath="/exports/assets")
    rwx = _load(assetStorage="shared", assetStorageClass="nfs-client", assetReplicas="3")
    assert nfs.asset_nfs_server == "10.0.0.5" and rwx.asset_replicas == 3


def test_pulumi_yaml_and_the_reference_match_the_declarations() -> None:
    # Both are generated from the Settings fields; after changing a key run
    # tests/config_reference.py --write.
    assert not config_reference.stale(), "run tests/config_reference.py --write"
    declared = yaml.safe_load((ROOT / "Pulumi.yaml").read_text())["config"]
    assert config_reference.config_block().items() <= declared.items()


def test_declared_unset_defaults_mean_unset() -> None:
    s = _load(namespace="", lbNodePort="0", dbStorageClass="")
    assert (s.namespace, s.lb_node_port, s.db_storage_class) == ("stateful-app-dev", None, None)


def test_provider_patches_named_config_maps_and_secrets_in_place() -> None:
    config = yaml.safe_load((ROOT / "Pulumi.yaml").read_text())["config"]
    assert config["kubernetes:enableConfigMapMutable"] == {"value": True}
    assert config["kubernetes:enableSecretMutable"] == {"value": True}


def test_tier_resources_and_users_parse_into_args() -> None:
    s = _load(webResources="memory=256Mi/512Mi", dbResources="cpu=1,memory=2Gi")
    assert s.resources("web").memory_limit == "512Mi" and s.resources("web").cpu_limit == "500m"
    assert s.resources("db").text() == "cpu=1/1,memory=2Gi/2Gi"
    assert s.resources("agent").memory_limit == "320Mi", "today's constant is the default"
    assert s.db_users == "app=app" and not s.web_app(), "nginx demo unless webImage is set"


APP_IMAGE = "stateful-app.local/guestbook:1.0.0"


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("webPort", "5000"),
        ("webCommand", '["python3", "app.py"]'),
        ("webArgs", '["--debug"]'),
        ("webEnv", "LOG_LEVEL=info"),
        ("webReadinessPath", "/ready"),
        ("webLivenessPath", "/live"),
        ("webDatabaseEnv", "MONGODB_URI"),
    ],
)
def test_app_mode_keys_without_web_image_are_refused_by_name(key: str, value: str) -> None:
    """The nginx demo page would drop them; the stack is told which key and why instead."""
    with pytest.raises(ConfigError) as error:
        _load(**{key: value})
    message = str(error.value)
    assert f"stateful-app:{key} = {value!r}: is read only with webImage" in message, message
    assert _load(webImage=APP_IMAGE, **{key: value}).web_app(), "accepted in app mode"


def test_app_mode_keys_at_their_defaults_are_no_change_in_nginx_mode() -> None:
    """Pulumi.yaml's declared defaults reach the program as values: those are not refused."""
    s = _load(webPort="8080", webReadinessPath="/", webLivenessPath="/", webCommand="")
    assert not s.web_app()
