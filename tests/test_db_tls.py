"""TLS for the database tier under mocks (components/db_tls.py): the dbTls* keys and their rules,
the named Secret's check, and what each mode renders: mongod's arguments, the PEM the init
container writes, probes and hooks through TLS, the agent's, gate's and backups' CA, the
applications' URIs and CA file, the generated certificate's names and uses, the rolling digest.
The real mongosh against a TLS-speaking simulator is tests/test_agent_tls.py."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest

from backup_tools import Tools
from components import StatefulApp, db_tls, mongo
from components.settings import ConfigError
from components.web import DATABASE_CA_FILE, DATABASE_DIR
from config_errors import config_error, load_dev
from mocking import (
    ROOT,
    FakeCluster,
    Program,
    is_secret,
    resolve,
    run,
    run_program,
    sent_as_secret,
    unwrap_secrets,
)

GENERATED = {"dbTls": "required", "dbTlsGenerate": "true"}
CA_PEM = "-----BEGIN CERTIFICATE-----\nQ0E=\n-----END CERTIFICATE-----\n"
SERVER_PEM = "-----BEGIN CERTIFICATE-----\nU0VSVkVS\n-----END CERTIFICATE-----\n"


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


USER_SECRET = {
    "ca.crt": _b64(CA_PEM),
    "tls.crt": _b64(SERVER_PEM),
    "tls.key": _b64("-----BEGIN PRIVATE KEY-----\nS0VZ\n"),
}


# -- the keys


@pytest.mark.parametrize(
    ("raw", "key", "why"),
    [
        ({"dbTls": "required"}, "dbTls", "needs a certificate source: dbTlsSecret"),
        ({"dbTls": "preferred"}, "dbTls", "needs a certificate source: dbTlsSecret"),
        (
            {"dbTls": "required", "dbTlsSecret": "db-cert", "dbTlsGenerate": "true"},
            "dbTlsGenerate",
            "must be false when dbTlsSecret is set",
        ),
        ({"dbTlsSecret": "db-cert"}, "dbTlsSecret", "only allowed with dbTls=preferred"),
        ({"dbTlsGenerate": "true"}, "dbTlsGenerate", "only allowed with dbTls=preferred"),
    ],
)
def test_tls_key_rules_name_the_key(raw: dict, key: str, why: str) -> None:
    message = config_error(**raw)
    assert f"stateful-app:{key}" in message and why in message, message


@pytest.mark.parametrize(
    ("raw", "key", "allowed"),
    [
        ({"dbTls": "on"}, "dbTls", "one of disabled, preferred, required"),
        ({"dbTls": "required", "dbTlsSecret": "Db_Cert"}, "dbTlsSecret", "object name"),
        ({"dbTls": "required", "dbTlsGenerate": "yes"}, "dbTlsGenerate", "true or false"),
    ],
)
def test_bad_values_name_key_value_and_allowed(raw: dict, key: str, allowed: str) -> None:
    message = config_error(**raw)
    assert f"stateful-app:{key} = {raw[key]!r}" in message and allowed in message, message


# -- the named Secret


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (None, "does not exist"),
        ({}, "lacks ca.crt and tls.crt and tls.key"),
        ({k: v for k, v in USER_SECRET.items() if k != "ca.crt"}, "lacks ca.crt"),
        ({k: v for k, v in USER_SECRET.items() if k != "tls.key"}, "lacks tls.key"),
        ({**USER_SECRET, "ca.crt": _b64("not pem")}, "ca.crt holds no PEM certificate"),
        ({**USER_SECRET, "tls.crt": "%%%"}, "tls.crt is not base64"),
    ],
)
def test_an_unusable_secret_stops_the_program_before_any_resource(
    data: dict | None, problem: str
) -> None:
    cluster = FakeCluster(secrets={"db-cert": data} if data is not None else {})
    with pytest.raises(ConfigError) as error:
        run_program("dev", {"dbTls": "required", "dbTlsSecret": "db-cert"}, cluster=cluster)
    message = str(error.value)
    assert "stateful-app:dbTlsSecret = 'db-cert'" in message, message
    assert f"Secret stateful-app-dev/db-cert {problem}" in message, message
    assert cluster.recorder is not None and not cluster.recorder.resources, "nothing created"


# -- what each mode renders


def _pod(program: Program) -> dict[str, Any]:
    return program.mocks.named("StatefulSet", "db").inputs["spec"]["template"]


def _container(pod: dict[str, Any], name: str) -> dict[str, Any]:
    spec = pod["spec"]
    return next(c for c in spec["containers"] + spec["initContainers"] if c["name"] == name)


def _env(container: dict[str, Any]) -> dict[str, str]:
    return {e["name"]: e.get("value") for e in container.get("env", [])}


def _mounts(container: dict[str, Any]) -> dict[str, str]:
    return {m["name"]: m["mountPath"] for m in container.get("volumeMounts", [])}


def _gate(program: Program) -> dict[str, Any]:
    (job,) = program.mocks.of_kind("Job")
    return job.inputs["spec"]["template"]["spec"]


@pytest.fixture(scope="module")
def disabled() -> Program:
    return run_program("dev")


@pytest.fixture(scope="module", params=["preferred", "required"])
def generated(request: pytest.FixtureRequest) -> tuple[str, Program]:
    mode = request.param
    overrides = {"dbTls": mode, "dbTlsGenerate": "true", "dbBackupSchedule": "0 3 * * *"}
    return mode, run_program("dev", overrides)


def test_disabled_renders_no_tls_anywhere(disabled: Program) -> None:
    pod = _pod(disabled)
    mongod = _container(pod, "mongod")
    assert not [a for a in mongod["args"] if a.startswith("--tls")], "StatefulSet db: mongod"
    assert "--tls" not in mongod["readinessProbe"]["exec"]["command"], "StatefulSet db: probe"
    assert db_tls.CA_ENV not in _env(_container(pod, "replset-agent")), "StatefulSet db: agent"
    assert "annotations" not in pod["metadata"], "StatefulSet db: template"
    uri = resolve(disabled.outputs["db_connection_string"])
    assert "tls=" not in uri, "Secret db-connection: uri"
    assert disabled.outputs["db_ca_certificate"] == ""
    assert not [r for r in disabled.mocks.resources if r.name.startswith("app-db-tls")]


def test_mongod_runs_the_mode_with_the_pem_and_the_ca(generated: tuple[str, Program]) -> None:
    mode, program = generated
    pod = _pod(program)
    args = _container(pod, "mongod")["args"]
    expected = {"preferred": "preferTLS", "required": "requireTLS"}[mode]
    assert args[args.index("--tlsMode") + 1] == expected, f"StatefulSet db: mongod {args}"
    assert args[args.index("--tlsCertificateKeyFile") + 1] == db_tls.PEM_FILE
    assert args[args.index("--tlsCAFile") + 1] == db_tls.CA_FILE
    assert "--tlsAllowConnectionsWithoutCertificates" in args, "clients present no certificate"
    assert args[args.index("--keyFile") + 1] == "/keyfile/keyfile", "members keep the keyfile"
    init = _container(pod, "keyfile")
    assert db_tls.PEM_COPY in init["command"][2], "StatefulSet db: the init container's PEM"
    assert _mounts(init)["tls-pem"] == db_tls.PEM_DIR
    assert _mounts(_container(pod, "mongod"))["tls-pem"] == db_tls.PEM_DIR
    volumes = {v["name"]: v for v in pod["spec"]["volumes"]}
    assert volumes["tls-pem"]["emptyDir"]["medium"] == "Memory", "the key stays off disk"
    keys = {i["key"] for i in volumes["tls-secret"]["secret"]["items"]}
    assert keys == {"tls.crt", "tls.key"}, "StatefulSet db: tls-secret volume"
    assert [i["key"] for i in volumes["tls-ca"]["secret"]["items"]] == ["ca.crt"]
    assert volumes["tls-ca"]["secret"]["secretName"] == "db-tls"


def test_every_mongosh_of_the_tier_uses_tls(generated: tuple[str, Program]) -> None:
    _, program = generated
    pod = _pod(program)
    mongod = _container(pod, "mongod")
    tls = ["mongosh", "--tls", "--tlsCAFile", db_tls.CA_FILE]
    for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
        command = mongod[probe]["exec"]["command"]
        assert command[:4] == tls, f"StatefulSet db: mongod {probe} {command}"
    pre_stop = mongod["lifecycle"]["preStop"]["exec"]["command"]
    assert pre_stop[:4] == tls, f"StatefulSet db: preStop {pre_stop}"
    agent = _container(pod, "replset-agent")
    assert _env(agent)[db_tls.CA_ENV] == db_tls.CA_FILE, "StatefulSet db: agent env"
    assert _mounts(agent)["tls-ca"] == db_tls.CA_DIR, "StatefulSet db: agent mounts"
    gate = _gate(program)
    assert _env(gate["containers"][0])[db_tls.CA_ENV] == db_tls.CA_FILE, "Job gate: env"
    assert _mounts(gate["containers"][0])["tls-ca"] == db_tls.CA_DIR, "Job gate: mounts"
    assert "tls-ca" in {v["name"] for v in gate["volumes"]}, "Job gate: volumes"
    for cron_job in program.mocks.of_kind("CronJob"):
        if cron_job.name.startswith("app-db"):
            spec = cron_job.inputs["spec"]["jobTemplate"]["spec"]["template"]["spec"]
            container = spec["containers"][0]
            where = f"CronJob {cron_job.name}"
            assert _env(container)[db_tls.CA_ENV] == db_tls.CA_FILE, where
            assert _mounts(container)["tls-ca"] == db_tls.CA_DIR, where


def test_the_application_uri_uses_tls_and_the_mounted_ca(generated: tuple[str, Program]) -> None:
    _, program = generated
    uri = resolve(program.outputs["db_connection_string"])
    ca_file = f"{DATABASE_DIR}/{DATABASE_CA_FILE}"
    assert uri.endswith(f"&tls=true&tlsCAFile={ca_file}"), uri
    secret = program.mocks.named("Secret", "db-connection").inputs["stringData"]
    assert secret["value"]["ca.crt"] == program.outputs["db_ca_certificate"], "Secret: ca.crt"
    assert sent_as_secret(secret), "the URI holds a password"
    web = program.mocks.named("Deployment", "web").inputs["spec"]["template"]["spec"]
    volume = next(v for v in web["volumes"] if v["name"] == "database")
    items = {i["key"]: i["path"] for i in volume["secret"]["items"]}
    assert items == {"uri": "uri", "ca.crt": DATABASE_CA_FILE}, f"Deployment web: {items}"


def test_the_generated_certificate_covers_every_member_and_serves_both_ends(
    generated: tuple[str, Program],
) -> None:
    _, program = generated
    mocks = program.mocks
    requests = [r for r in mocks.resources if r.type == "tls:index/certRequest:CertRequest"]
    (request,) = [r for r in requests if r.name.startswith("app-db-tls")]
    names = request.inputs["dnsNames"]
    service = "db.stateful-app-dev.svc.cluster.local"
    members = [f"db-{i}.{service}" for i in range(mongo.MAX_MEMBERS)]
    assert set(members) <= set(names), names
    assert {service, "localhost"} <= set(names), names
    assert {"127.0.0.1", "::1"} <= set(request.inputs["ipAddresses"])
    (cert,) = [
        r
        for r in mocks.resources
        if r.type == "tls:index/locallySignedCert:LocallySignedCert"
        and r.name.startswith("app-db-tls")
    ]
    uses = cert.inputs["allowedUses"]
    assert {"server_auth", "client_auth"} <= set(uses), "members present it to each other too"
    secret = mocks.named("Secret", "db-tls")
    assert set(secret.inputs["stringData"]["value"]) == {"ca.crt", "tls.crt", "tls.key"}
    assert sent_as_secret(secret.inputs["stringData"]), "the key is secret"
    ca = program.outputs["db_ca_certificate"]
    assert ca.startswith("-----BEGIN CERTIFICATE-----") and not is_secret(ca)


def test_a_new_server_certificate_rolls_the_members(generated: tuple[str, Program]) -> None:
    _, program = generated
    secret = program.mocks.named("Secret", "db-tls").inputs["stringData"]["value"]
    annotations = _pod(program)["metadata"]["annotations"]
    digest = hashlib.sha256(secret["tls.crt"].encode()).hexdigest()
    assert annotations[db_tls.CERTIFICATE_ANNOTATION] == digest, annotations


def test_a_named_secret_is_used_and_nothing_is_generated() -> None:
    cluster = FakeCluster(secrets={"db-cert": USER_SECRET})
    program = run_program("dev", {"dbTls": "preferred", "dbTlsSecret": "db-cert"}, cluster=cluster)
    mocks = program.mocks
    assert not [r for r in mocks.resources if r.name.startswith("app-db-tls")], "none generated"
    volumes = {v["name"]: v for v in _pod(program)["spec"]["volumes"]}
    assert volumes["tls-ca"]["secret"]["secretName"] == "db-cert"
    assert volumes["tls-secret"]["secret"]["secretName"] == "db-cert"
    assert program.outputs["db_ca_certificate"] == CA_PEM, "its CA goes to the applications"
    annotations = _pod(program)["metadata"]["annotations"]
    digest = hashlib.sha256(SERVER_PEM.encode()).hexdigest()
    assert annotations[db_tls.CERTIFICATE_ANNOTATION] == digest, "its renewal rolls the members"


def test_pure_builders() -> None:
    assert db_tls.mongosh_command(["bash", "-c", "x"]) == ["bash", "-c", "x"]
    tls = ["mongosh", "--tls", "--tlsCAFile", "/etc/mongo-tls-ca/ca.crt"]
    assert db_tls.mongosh_command(mongo.PING) == [*tls, *mongo.PING[1:]]
    assert db_tls.uri_options("/a b/ca.crt") == "tls=true&tlsCAFile=/a%20b/ca.crt"
    with pytest.raises(ValueError, match="mode='disabled'"):
        db_tls.DatabaseTls(db_tls.DbTlsMode.DISABLED, "s", "ca", "d", "/ca.crt")


# -- the backup and restore scripts (stand-in tools, as tests/test_backup_scripts.py)


def test_the_database_tools_verify_the_members_with_the_ca(tmp_path: Path) -> None:
    tools = Tools(tmp_path)
    backups = tmp_path / "backups"
    backups.mkdir()
    env = {
        "BACKUP_DIR": str(backups),
        "RETAIN": "3",
        "PASSWORD_FILE": str(tools.password),
        "HOSTS": "db-0.db:27017,db-1.db:27017",
        "REPLICA_SET": "rs0",
        "STANDIN_SOURCE": "db-1.db:27017",
    }
    tls = {db_tls.CA_ENV: "/etc/mongo-tls-ca/ca.crt"}
    expected = ["--ssl", "--sslCAFile=/etc/mongo-tls-ca/ca.crt"]
    done = tools.run("backup_db.sh", **env, **tls, BACKUP_USER="backup")
    assert done.returncode == 0, done.stderr
    args = tools.calls("mongodump")
    assert all(a in args for a in expected), f"mongodump: {args}"
    (archive,) = [p.name for p in backups.iterdir() if p.name.startswith("db-")]
    restore = {**env, **tls, "ROOT_USER": "root", "ARCHIVE": archive, "CONFIRM": archive}
    done = tools.run("restore_db.sh", **restore)
    assert done.returncode == 0, done.stderr
    args = tools.calls("mongorestore")
    assert all(a in args for a in expected), f"mongorestore: {args}"
    (tmp_path / "plain").mkdir()
    plain = Tools(tmp_path / "plain")
    done = plain.run("backup_db.sh", **{**env, "PASSWORD_FILE": str(plain.password)},
                     BACKUP_USER="backup")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert not [a for a in plain.calls("mongodump") if a.startswith("--ssl")], "TLS off: none"


def test_every_object_with_tls_is_schema_valid(generated: tuple[str, Program]) -> None:
    """As tests/test_schema.py does for the stack files: strict, at the toolchain's version."""
    mode, program = generated
    versions = (ROOT / "toolchain" / "versions.env").read_text().splitlines()
    line = next(v for v in versions if v.startswith("KUBERNETES_VERSION="))
    major, minor, _ = line.split("=", 1)[1].split(".")
    for resource in program.mocks.kubernetes():
        manifest = unwrap_secrets(resource.inputs)
        try:
            kubernetes_validate.validate(manifest, f"{major}.{minor}.0", strict=True)
        except kubernetes_validate.ValidationError as error:
            pytest.fail(f"dbTls={mode}: {resource.type} {resource.name}: {error.message}")


def test_a_named_secret_without_its_checked_ca_is_refused_by_name() -> None:
    """StatefulApp from the component package: nothing read the Secret's CA before resources."""
    settings = load_dev(dbTls="required", dbTlsSecret="db-cert")
    with pytest.raises(ValueError, match="dbTlsSecret='db-cert': the Secret's CA must be read"):
        run(lambda: StatefulApp("shop", settings))
