"""The replica-set agent, the membership gate, the probes and the backup source picker over real
TLS (dbTls, components/db_tls.py): the real mongosh CLI against tests/replset_simulator.js
listening with Node's tls module (requireTLS), with a CA and a member certificate made here by the
openssl CLI. mongosh must verify the members' certificate: with another CA, or without TLS, it is
refused. `make test-agent` runs it (marker replset_sim). Not modelled: TLS between members (the
simulator's heartbeats are in-process) and preferTLS (see the simulator's header)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from components import app_users, db_tls, mongo
from components.app_users import AppUser
from replset_harness import MONGOSH, Pods, Simulator, assert_safe, mongosh_available, wait_until

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "apps" / "guestbook"))
import guestbook

BACKUP_SOURCE = (
    Path(__file__).resolve().parent.parent / "components" / "backup" / "backup_source.js"
)

pytestmark = [
    pytest.mark.replset_sim,
    pytest.mark.skipif(not mongosh_available(), reason="mongosh not installed: make mongosh"),
]


@dataclass(frozen=True)
class Certificates:
    ca: Path
    """The CA that signed the members' certificate."""
    other_ca: Path
    """A CA that did not: trusting only it must fail."""
    cert: Path
    key: Path


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


def _ca(name: str, where: Path) -> tuple[Path, Path]:
    _openssl(
        "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
        "-keyout", f"{name}.key", "-out", f"{name}.crt", "-subj", f"/CN={name}", "-days", "2",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        cwd=where,
    )  # fmt: skip
    return where / f"{name}.crt", where / f"{name}.key"


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    """As the generated certificate: members' names (here the simulator's 127.0.0.1 ports and
    localhost), server and client use, signed by the CA."""
    where = tmp_path_factory.mktemp("tls")
    ca, ca_key = _ca("test-ca", where)
    other_ca, _ = _ca("other-ca", where)
    (where / "ext.cnf").write_text(
        "subjectAltName=IP:127.0.0.1,DNS:localhost\n"
        "extendedKeyUsage=serverAuth,clientAuth\n"
        "keyUsage=critical,digitalSignature\n"
    )
    _openssl(
        "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
        "-keyout", "member.key", "-out", "member.csr", "-subj", "/CN=localhost",
        cwd=where,
    )  # fmt: skip
    _openssl(
        "x509", "-req", "-in", "member.csr", "-CA", str(ca), "-CAkey", str(ca_key),
        "-set_serial", "2", "-days", "2", "-extfile", "ext.cnf", "-out", "member.crt",
        cwd=where,
    )  # fmt: skip
    return Certificates(ca, other_ca, where / "member.crt", where / "member.key")


@pytest.fixture
def sim(certs: Certificates) -> Iterator[Simulator]:
    sim = Simulator(tls=(certs.cert, certs.key))
    try:
        yield sim
    finally:
        sim.close()


@pytest.fixture
def pods(tmp_path: Path, sim: Simulator, certs: Certificates) -> Iterator[Pods]:
    pods = Pods(tmp_path, sim, tls_ca_file=certs.ca)
    try:
        yield pods
    finally:
        pods.close()


def _probe(sim: Simulator, command: list[str], ca: Path | None) -> subprocess.CompletedProcess:
    """A mongod container's probe command (the tier's own builder) against member 0's port."""
    command = db_tls.mongosh_command(command, str(ca)) if ca else command
    uri = f"mongodb://{sim.local(0)}/?directConnection=true&serverSelectionTimeoutMS=3000"
    return subprocess.run(
        [str(MONGOSH), uri, *command[1:]],
        env={"PATH": os.environ["PATH"], "HOME": "/dev/null"},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_agents_probes_and_gate_run_the_set_over_tls(pods: Pods, certs: Certificates) -> None:
    pods.deploy(3)  # the agents initiate the set: every connection verified the CA
    wait_until(lambda: all(pods.status(i).startswith("ok") for i in range(3)), pods)
    ready = _probe(pods.sim, mongo.ready_command("rs0"), certs.ca)
    assert ready.returncode == 0, f"readiness over TLS: {ready.stdout}{ready.stderr}"
    pods.scale(5)  # the gate Job over TLS, then two more members added by the agents
    pods.scale(3)  # the gate waits for the agents to remove two over TLS
    gate = pods.run_gate(timeout_ms=30000)
    assert gate.returncode == 0, f"membership gate over TLS: {gate.stdout}"
    assert_safe(pods)


def test_a_wrong_ca_or_no_tls_is_refused(pods: Pods, certs: Certificates) -> None:
    pods.deploy(1)
    ping = _probe(pods.sim, mongo.PING, certs.ca)
    assert ping.returncode == 0, f"the right CA: {ping.stdout}{ping.stderr}"
    wrong = _probe(pods.sim, mongo.PING, certs.other_ca)
    said = wrong.stdout + wrong.stderr
    assert wrong.returncode != 0, f"another CA must be refused: {said}"
    assert "certificate" in said, said
    plain = _probe(pods.sim, mongo.PING, None)
    assert plain.returncode != 0, f"a plain client must be refused: {plain.stdout}"


def test_an_agent_and_a_gate_trusting_another_ca_get_nowhere(
    tmp_path: Path, sim: Simulator, certs: Certificates
) -> None:
    pods = Pods(tmp_path, sim, tls_ca_file=certs.other_ca)
    try:
        pods.write_members(1)
        pods.start_pod(0)
        wait_until(lambda: "certificate" in pods.status(0), pods, timeout=60)
        assert not pods.status(0).startswith("ok"), pods.status(0)
        assert sim.call(op="state")["members"][0]["config"] is None, "never initiated"
        gate = pods.run_gate(timeout_ms=4000)
        assert gate.returncode == 1, f"the gate must not pass: {gate.stdout}"
        assert "certificate" in gate.stdout, gate.stdout
    finally:
        pods.close()


def test_backup_source_picks_a_secondary_over_tls(pods: Pods, certs: Certificates) -> None:
    pods.deploy(3)
    hosts = ",".join(pods.sim.host(i) for i in range(3))

    def choose(ca: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(MONGOSH), "--nodb", "--quiet", "--norc", str(BACKUP_SOURCE)],
            env={
                "PATH": os.environ["PATH"],
                "HOSTS": hosts,
                "REPLICA_SET": "rs0",
                "CONNECT_TIMEOUT_MS": "2000",
                "HOME": str(pods.tmp),
                db_tls.CA_ENV: str(ca),
            },
            capture_output=True,
            text=True,
            timeout=60,
        )

    chosen = choose(certs.ca)
    assert chosen.returncode == 0, chosen.stderr
    host = chosen.stdout.strip().splitlines()[-1]
    (member,) = [m for m in pods.state()["members"] if m["host"] == host]
    assert member["state"] == "SECONDARY", member
    refused = choose(certs.other_ca)
    said = refused.stdout + refused.stderr  # mongosh prints console.error on stdout
    assert refused.returncode == 1 and "unable to verify the first certificate" in said, said


def test_the_guestbook_verifies_the_members_with_the_uri_ca(
    tmp_path: Path, sim: Simulator, certs: Certificates
) -> None:
    """The application's side: pymongo with the URI the tier builds (tls=true, tlsCAFile)."""
    pods = Pods(tmp_path, sim, with_users=True, tls_ca_file=certs.ca)
    roles = [{"role": "readWrite", "db": "guestbook"}]
    pods.write_users({"guestbook": {"db": "guestbook", "roles": roles, "password": "pw"}})
    try:
        pods.deploy(1)
        wait_until(lambda: "users in force: guestbook@guestbook" in pods.status(0), pods)
        plain = app_users.connection_string(AppUser("guestbook", "guestbook"), "pw",
                                            [sim.host(0)], "rs0")  # fmt: skip
        book = guestbook.Book(db_tls.client_uri(plain, str(certs.ca)))
        book.add("Ada", "over TLS")
        assert [e.text for e in book.latest()] == ["over TLS"]
        wrong = guestbook.Book(db_tls.client_uri(plain, str(certs.other_ca)))
        with pytest.raises(guestbook.Unreachable, match="certificate"):
            wrong.latest()
    finally:
        pods.close()
