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
    ("size", "oplog"), [("1Gi", 102), ("2Gi", 204), ("10Gi", 1024), ("2G", 190)]
)
def test_oplog_takes_a_tenth_of_the_member_volume(size: str, oplog: int) -> None:
    assert mongo.oplog_size_mb(size) == oplog


@pytest.mark.parametrize("size", ["512Mi", "1000M", "lots"])
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


def test_the_smallest_volume_leaves_room_for_data_after_oplog_journal_and_diagnostics() -> None:
    smallest = mongo.MIN_VOLUME_MB
    others = mongo.oplog_size_mb(f"{smallest}Mi") + mongo.JOURNAL_MB + mongo.DIAGNOSTICS_MB
    assert smallest - others >= mongo.MIN_DATA_MB
    assert mongo.MIN_VOLUME_MB % 1024 == 0, "a whole Gi"
    assert others + mongo.MIN_DATA_MB > (mongo.MIN_VOLUME_MB - 1024) * (1 - mongo.OPLOG_SHARE), (
        "one Gi less would not do"
    )


@pytest.mark.parametrize(
    ("limit_mib", "cache_gb"), [(1024, 0.25), (2048, 0.35), (4096, 1.35), (16384, 7.35)]
)
def test_wired_tiger_cache_is_half_of_the_limit_less_probes_and_a_gib(
    limit_mib: int, cache_gb: float
) -> None:
    assert mongo.wired_tiger_cache_gb(limit_mib) == cache_gb
    room = limit_mib - cache_gb * 1024 - mongo.PROBE_RESERVE_MIB
    assert room >= 1024 / 2 or cache_gb == mongo.MIN_CACHE_GB, "mongod keeps memory of its own"


def test_mongod_args_carry_the_cache_and_the_diagnostics_cap() -> None:
    args = mongo.mongod_args("rs0", 102, 1.35)
    assert args[args.index("--wiredTigerCacheSizeGB") + 1] == "1.35"
    assert f"diagnosticDataCollectionDirectorySizeMB={mongo.DIAGNOSTICS_MB}" in args
