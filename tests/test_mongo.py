"""components/mongo.py: member hosts, oplog sizing, the readiness check and the mongosh scripts."""

import subprocess
from pathlib import Path

import pytest

from components import mongo


def test_member_hosts_are_stable_dns_names_in_the_cluster_domain() -> None:
    assert mongo.member_hosts("db", "db", "ns", 3, "cluster.local") == [
        f"db-{i}.db.ns.svc.cluster.local:27017" for i in range(3)
    ]
    assert mongo.member_hosts("db", "db", "ns", 1, "corp.internal") == [
        "db-0.db.ns.svc.corp.internal:27017"
    ]


@pytest.mark.parametrize(
    ("size", "oplog"), [("512Mi", 51), ("1Gi", 102), ("2Gi", 204), ("10Gi", 1024), ("2G", 190)]
)
def test_oplog_takes_a_tenth_of_the_member_volume(size: str, oplog: int) -> None:
    assert mongo.oplog_size_mb(size) == oplog


@pytest.mark.parametrize("size", ["256Mi", "100M", "lots"])
def test_too_small_or_unreadable_volumes_are_refused(size: str) -> None:
    with pytest.raises(ValueError, match=size):
        mongo.oplog_size_mb(size)


def test_readiness_needs_the_configured_replica_set() -> None:
    script = mongo.ready_command("rs0")[-1]
    assert 'h.setName === "rs0"' in script and "isWritablePrimary || h.secondary" in script


@pytest.mark.parametrize("script", [mongo.AGENT_FILE, mongo.GATE_FILE, mongo.USERS_SCRIPT])
def test_mongosh_scripts_are_valid_javascript(script: str) -> None:
    path = Path(mongo.__file__).with_name(script)
    result = subprocess.run(["node", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
