"""DatabaseTier alone under mocks: identity, volumes, credentials, replica-set automation."""

import json
from dataclasses import replace

import pytest

from components.app_users import AppUser
from components.database import DatabaseTier, DatabaseTierArgs, KeptCredentials
from components.settings import MONGO_IMAGE
from mocking import RecordingMocks, is_secret, resolve, run


def _args(**overrides: object) -> DatabaseTierArgs:
    return replace(DatabaseTierArgs(namespace="ns", image=MONGO_IMAGE, members=3), **overrides)  # type: ignore[arg-type]


def _statefulset(mocks: RecordingMocks) -> dict:
    return mocks.named("StatefulSet", "db").inputs["spec"]


def test_headless_service_names_the_members(mocks: RecordingMocks) -> None:
    tier = run(lambda: DatabaseTier("db", _args()))
    service = mocks.named("Service", "db").inputs["spec"]
    spec = _statefulset(mocks)
    assert service["clusterIP"] == "None" and service["publishNotReadyAddresses"] is True
    assert spec["serviceName"] == "db", "serviceName equals the headless Service's name"
    assert service["selector"] == spec["selector"]["matchLabels"]
    assert spec["selector"]["matchLabels"].items() <= spec["template"]["metadata"]["labels"].items()
    assert resolve(tier.hosts) == [f"db-{i}.db.ns.svc.cluster.local:27017" for i in range(3)]


def test_one_retained_volume_per_member(mocks: RecordingMocks) -> None:
    run(lambda: DatabaseTier("db", _args(storage_size="5Gi", storage_class="ssd")))
    spec = _statefulset(mocks)
    template = spec["volumeClaimTemplates"][0]
    assert template["metadata"]["name"] == "data"
    assert template["spec"]["resources"]["requests"]["storage"] == "5Gi"
    assert template["spec"]["storageClassName"] == "ssd"
    assert spec["persistentVolumeClaimRetentionPolicy"] == {
        "whenDeleted": "Retain",
        "whenScaled": "Delete",
    }, "destroy keeps every claim; a scale-down drops the copy of a member already removed"
    mongod = spec["template"]["spec"]["containers"][0]
    assert {"name": "data", "mountPath": "/data/db", "readOnly": False} in mongod["volumeMounts"]


def test_credentials_are_generated_and_secret(mocks: RecordingMocks) -> None:
    tier = run(lambda: DatabaseTier("db", _args()))
    passwords = [r for r in mocks.resources if r.type.startswith("random:")]
    assert {r.name for r in passwords} == {"db-root-password", "db-keyfile", "db-user-app"}
    assert is_secret(tier.connection_string), "connection string must be a secret output"
    assert resolve(tier.connection_secret_name) == "db-connection"
    pod = _statefulset(mocks)["template"]["spec"]
    mongod = pod["containers"][0]
    env = {e["name"]: e for e in mongod["env"]}
    assert env["MONGO_INITDB_ROOT_PASSWORD_FILE"]["value"] == "/etc/mongo-credentials/root-password"
    for container in [*pod["containers"], *pod["initContainers"]]:
        assert all(
            "valueFrom" not in e or "secretKeyRef" not in e["valueFrom"]
            for e in container.get("env", [])
        ), f"no secret in {container['name']}'s env"
    assert mongod["args"][:2] == ["--replSet", "rs0"] and "--keyFile" in mongod["args"]
    assert "db-credentials" not in mocks.retained_on_delete, "dev-like: destroy deletes it"


def test_kept_credentials_are_reused_and_the_secret_is_kept(mocks: RecordingMocks) -> None:
    kept = KeptCredentials(
        root_password="KeptPassword123", keyfile="k" * 756, user_passwords={"app": "KeptApp456"}
    )
    tier = run(lambda: DatabaseTier("db", _args(retain_credentials=True, kept_credentials=kept)))
    assert resolve(tier.connection_string).startswith("mongodb://app:KeptApp456@")
    assert is_secret(tier.connection_string)
    secret = mocks.named("Secret", "db-credentials")
    assert "KeptPassword123" in str(secret.inputs["stringData"]), secret.inputs
    assert "KeptApp456" in str(secret.inputs["stringData"]), secret.inputs
    assert "db-credentials" in mocks.retained_on_delete


def test_the_statefulset_waits_for_the_membership_gate(mocks: RecordingMocks) -> None:
    run(lambda: DatabaseTier("db", _args(members=5)))
    job = mocks.of_kind("Job")[0]
    assert "db-membership-gate" in mocks.depends_on["db-statefulset"]
    assert "db-members" in mocks.depends_on["db-membership-gate"], "new member list first"
    spec = job.inputs["spec"]
    env = {e["name"]: e.get("value") for e in spec["template"]["spec"]["containers"][0]["env"]}
    assert env["DESIRED_MEMBERS"].split(",") == [
        f"db-{i}.db.ns.svc.cluster.local:27017" for i in range(5)
    ]
    assert len(env["CANDIDATE_MEMBERS"].split(",")) == 7
    assert spec["backoffLimit"] == 0 and spec["template"]["spec"]["restartPolicy"] == "Never"
    labels = spec["template"]["metadata"]["labels"]
    assert labels["app.kubernetes.io/instance"] == "db-gate", "the member Service skips it"


def test_a_failed_gate_is_run_again_by_the_next_up(mocks: RecordingMocks) -> None:
    """pulumi-kubernetes replaces a Job that is not Complete only with this annotation; without
    it the next up waits on the failed Job again and fails at once."""
    run(lambda: DatabaseTier("db", _args()))
    job = mocks.of_kind("Job")[0]
    assert job.inputs["metadata"]["annotations"]["pulumi.com/replaceUnready"] == "true"
    assert "name" not in job.inputs["metadata"], "auto-named: replaced before the old one goes"


def test_pod_is_restricted_high_uid_probed_and_pull_policy_explicit(mocks: RecordingMocks) -> None:
    # A digest alone names no release series: `version` says it.
    run(lambda: DatabaseTier("db", _args(image="mongo@sha256:" + "a" * 64, version="7.0")))
    pod = _statefulset(mocks)["template"]["spec"]
    assert pod["securityContext"]["runAsUser"] >= 10000
    assert pod["securityContext"]["fsGroupChangePolicy"] == "OnRootMismatch"
    for c in [*pod["containers"], *pod["initContainers"]]:
        assert c["imagePullPolicy"] == "IfNotPresent", c["name"]
        assert c["image"] == "mongo@sha256:" + "a" * 64
    for c in pod["containers"]:
        assert {"startupProbe", "livenessProbe", "readinessProbe"} <= set(c), c["name"]
    mongod = pod["containers"][0]
    args = mongod["args"]
    assert args[args.index("--oplogSize") + 1] == "102", "a tenth of the 1Gi volume"
    assert args[args.index("--wiredTigerCacheSizeGB") + 1] == "0.25", "the floor at a 1Gi limit"
    assert "diagnosticDataCollectionDirectorySizeMB=50" in args


def test_agent_sidecar_reads_the_live_member_list(mocks: RecordingMocks) -> None:
    run(lambda: DatabaseTier("db", _args(members=5)))
    members = mocks.named("ConfigMap", "db-members").inputs["data"]["members"].split()
    assert members == [f"db-{i}.db.ns.svc.cluster.local:27017" for i in range(5)]
    pod = _statefulset(mocks)["template"]["spec"]
    agent = next(c for c in pod["containers"] if c["name"] == "replset-agent")
    assert {"name": "members", "mountPath": "/etc/replset", "readOnly": True} in agent[
        "volumeMounts"
    ]
    volume = next(v for v in pod["volumes"] if v["name"] == "members")
    assert "items" not in volume["configMap"], "a whole-directory mount receives updates live"
    assert _statefulset(mocks)["podManagementPolicy"] == "Parallel"


def test_probes_spread_and_majority_budget(mocks: RecordingMocks) -> None:
    run(lambda: DatabaseTier("db", _args(anti_affinity="required")))
    pod = _statefulset(mocks)["template"]["spec"]
    mongod = pod["containers"][0]
    assert {"startupProbe", "livenessProbe", "readinessProbe"} <= set(mongod)
    assert "isWritablePrimary || h.secondary" in mongod["readinessProbe"]["exec"]["command"][-1]
    assert "requiredDuringSchedulingIgnoredDuringExecution" in pod["affinity"]["podAntiAffinity"]
    assert mocks.named("PodDisruptionBudget", "db").inputs["spec"]["minAvailable"] == 2


def test_single_member_has_no_blocking_budget(mocks: RecordingMocks) -> None:
    run(lambda: DatabaseTier("db", _args(members=1)))
    assert not mocks.of_kind("PodDisruptionBudget")


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"members": 2}, "members=2"),
        ({"members": 9}, "members=9"),
        ({"anti_affinity": "strict"}, "anti_affinity="),
        ({"image": "mongo"}, "image="),
        ({"storage_size": "512Mi"}, "storage_size='512Mi'.*at least 1024Mi"),
        ({"cluster_domain": "Cluster_Local"}, "cluster_domain="),
    ],
)
def test_invalid_args_are_rejected(mocks: RecordingMocks, overrides: dict, field: str) -> None:
    with pytest.raises(ValueError, match=field):
        DatabaseTier("db", _args(**overrides))
    assert not mocks.resources


def test_applications_get_their_own_users_never_root(mocks: RecordingMocks) -> None:
    users = [
        AppUser("guestbook", "guestbook"),
        AppUser("reports", "reports", ("read", "read@guestbook", "clusterMonitor@admin")),
    ]
    tier = run(lambda: DatabaseTier("db", _args(users=users, drop_removed_users=True)))
    uri = resolve(tier.connection_string)
    assert uri.startswith("mongodb://guestbook:") and "root" not in uri
    assert uri.endswith("/guestbook?replicaSet=rs0&authSource=guestbook")
    secrets = resolve(tier.user_connection_secrets)
    assert secrets == {"guestbook": "db-connection", "reports": "db-connection-reports"}
    reports = mocks.named("Secret", "db-connection-reports").inputs["stringData"]
    assert "mongodb://reports:" in str(reports) and "authSource=reports" in str(reports)
    credentials = mocks.named("Secret", "db-credentials").inputs["stringData"]["value"]
    assert {"root-password", "keyfile", "user-guestbook", "user-reports"} <= set(credentials)
    spec = json.loads(mocks.named("ConfigMap", "db-members").inputs["data"]["users.json"])
    assert spec == {
        "dropRemoved": True,
        "users": [
            {
                "user": "guestbook",
                "db": "guestbook",
                "roles": [{"role": "readWrite", "db": "guestbook"}],
            },
            {
                "user": "reports",
                "db": "reports",
                "roles": [
                    {"role": "read", "db": "reports"},
                    {"role": "read", "db": "guestbook"},
                    {"role": "clusterMonitor", "db": "admin"},
                ],
            },
        ],
    }
    pod = _statefulset(mocks)["template"]["spec"]
    agent = next(c for c in pod["containers"] if c["name"] == "replset-agent")
    env = {e["name"]: e.get("value") for e in agent["env"]}
    assert env["USERS_FILE"] == "/etc/replset/users.json"
    assert env["USER_PASSWORDS_DIR"] == "/etc/mongo-users"
    volume = next(v for v in pod["volumes"] if v["name"] == "user-passwords")
    assert "items" not in volume["secret"], "a new user changes Secret data, not the pod spec"


@pytest.mark.parametrize(
    ("users", "message"),
    [
        ([], r"users=\[\]: at least one application user"),
        ([AppUser("a", "x"), AppUser("a", "y")], r"users\[1\].name='a': the user name is already"),
        ([AppUser("root", "x")], r"users\[0\].name='root'"),
        ([AppUser("Bad_Name", "x")], r"users\[0\].name='Bad_Name'"),
        ([AppUser("a", "admin")], r"users\[0\].database='admin'"),
        ([AppUser("a", "x", ("readWriteAll",))], r"'readWriteAll' is not a MongoDB built-in role"),
        ([AppUser("a", "x", ("clusterMonitor",))], r"'clusterMonitor' is not a MongoDB built-in"),
    ],
)
def test_bad_users_are_refused_before_anything_is_created(
    mocks: RecordingMocks, users: list[AppUser], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        DatabaseTier("db", _args(users=users))
    assert not mocks.resources


def test_startup_budget_grace_and_step_down_before_stop(mocks: RecordingMocks) -> None:
    run(lambda: DatabaseTier("db", _args(startup_timeout=3600, member_timeout=3600)))
    pod = _statefulset(mocks)["template"]["spec"]
    mongod = pod["containers"][0]
    probe = mongod["startupProbe"]
    assert probe["periodSeconds"] * probe["failureThreshold"] == 3600
    assert pod["terminationGracePeriodSeconds"] == 90
    hook = mongod["lifecycle"]["preStop"]["exec"]["command"]
    assert hook[:3] == ["mongosh", "--quiet", "--norc"] and "replSetStepDown" in hook[-1]
    assert mocks.custom_timeouts["db-statefulset"] == ("10800s", "10800s"), "3 members x 3600 s"


def test_default_timeouts_scale_with_the_members(mocks: RecordingMocks) -> None:
    run(lambda: DatabaseTier("db", _args(members=7)))
    probe = _statefulset(mocks)["template"]["spec"]["containers"][0]["startupProbe"]
    assert probe["periodSeconds"] * probe["failureThreshold"] == 900
    assert mocks.custom_timeouts["db-statefulset"] == ("8400s", "8400s"), "7 x 1200 s"


def test_version_and_fcv_reach_the_agents_the_gate_and_the_statefulset(
    mocks: RecordingMocks,
) -> None:
    run(lambda: DatabaseTier("db", _args(image="mongo:8.0.4", feature_compatibility_version="7.0")))
    data = mocks.named("ConfigMap", "db-members").inputs["data"]
    assert data["feature-compatibility-version"] == "7.0\n", "held at 7.0 by the args"
    annotations = mocks.named("StatefulSet", "db").inputs["metadata"]["annotations"]
    assert annotations["stateful-app/mongodb-version"] == "8.0"
    assert annotations["stateful-app/feature-compatibility-version"] == "7.0"
    gate = mocks.of_kind("Job")[0].inputs["spec"]["template"]["spec"]["containers"][0]
    env = {e["name"]: e.get("value") for e in gate["env"]}
    assert (env["FCV_LOWEST"], env["FCV_HIGHEST"]) == ("7.0", "8.0")


@pytest.mark.parametrize(
    ("overrides", "field", "says"),
    [
        ({"image": "mongo@sha256:" + "a" * 64}, "image", "set version"),
        ({"image": "mongo:8"}, "image", "names no MongoDB release series"),
        ({"image": "mongo:5.0.3"}, "image", "6.0 or newer"),
        ({"image": "mongo:8.0.4", "version": "7.0"}, "version", "(8.0)"),
        (
            {"image": "mongo:8.0.4", "feature_compatibility_version": "6.0"},
            "feature_compatibility_version",
            "from 7.0 to 8.0",
        ),
        ({"version": "8"}, "version", "major.minor"),
        ({"startup_timeout": 2000}, "member_timeout", "at least startup_timeout (2000)"),
    ],
)
def test_bad_versions_and_waits_are_refused_by_name(
    overrides: dict[str, object], field: str, says: str
) -> None:
    with pytest.raises(ValueError) as error:
        DatabaseTier("db", _args(**overrides))
    assert f"{field}=" in str(error.value) and says in str(error.value), str(error.value)
