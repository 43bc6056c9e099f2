"""Pure builders for the MongoDB replica set: member host names, connection string, mongod
arguments (oplog sized from the volume), probes, and the two mongosh scripts kept beside this
module: replset_agent.js (the sidecar that initiates and reconciles membership) and
replset_gate.js (the membership gate Job that a StatefulSet change waits for).

Why nothing deadlocks Pulumi's wait for the StatefulSet: nothing waits for the StatefulSet to be
Ready. Every member runs the agent from its first second; the headless Service publishes
not-ready addresses, so members resolve each other before any is Ready. Readiness requires the
member to be PRIMARY or SECONDARY of the configured set, which follows from the agents' work.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

PORT = 27017
ROOT_USER = "root"
MEMBERS_DIR = "/etc/replset"
MEMBERS_FILE = "members"
FCV_FILE = "feature-compatibility-version"  # the FCV the agents keep (a key of the same ConfigMap)
SECRETS_DIR = "/etc/mongo-credentials"
PASSWORD_KEY = "root-password"
SCRIPTS_DIR = "/scripts"
AGENT_FILE = "replset_agent.js"
GATE_FILE = "replset_gate.js"
USERS_SCRIPT = "replset_users.js"
STATUS_FILE = "/tmp/replset-agent.status"
MAX_MEMBERS = 7

AGENT_JS = Path(__file__).with_name(AGENT_FILE).read_text()
GATE_JS = Path(__file__).with_name(GATE_FILE).read_text()
USERS_JS = Path(__file__).with_name(USERS_SCRIPT).read_text()

# mongosh turns telemetry off by itself only when it sees a container (/.dockerenv, or "kubepods"
# in /proc/self/cgroup, which cgroup v2 need not show); its global configuration file is the one
# place that forbids it for every mongosh of the tier: probes, agent, gate and backup. It reads
# that file at start, so a subPath mount (never updated in place) is enough.
MONGOSH_CONF_FILE = "mongosh.conf"
MONGOSH_GLOBAL_CONFIG = "/etc/mongosh.conf"
MONGOSH_CONF = "mongosh:\n  forceDisableTelemetry: true\n"

# Agent timing (milliseconds): a pass every 10 s, bounded at 90 s by a watchdog inside it.
PASS_INTERVAL_MS = 10_000
PASS_TIMEOUT_MS = 90_000
GATE_TIMEOUT_MS = 480_000  # under the Job's activeDeadlineSeconds and Pulumi's 10-minute await

# The oplog takes OPLOG_SHARE of the member volume (mongod's own default is 5% of the free disk
# but at least 990 MB, which overfills 1-2Gi volumes). Beside it sit the journal (WiredTiger's
# 100 MB files: the one being written, one preallocated, one waiting for a checkpoint) and the
# diagnostic data (FTDC, 200 MB by default, capped here at DIAGNOSTICS_MB). A member volume must
# leave at least MIN_DATA_MB for data after those; MIN_VOLUME_MB, the smallest accepted, is that
# budget rounded up to a whole Gi (tests/test_mongo.py checks the sum).
OPLOG_SHARE = 0.10
JOURNAL_MB = 300
DIAGNOSTICS_MB = 50
MIN_DATA_MB = 256
MIN_VOLUME_MB = 1024
MAX_OPLOG_MB = 50 * 1024

# WiredTiger's cache: MongoDB's own rule is 50% of (RAM - 1 GB), at least 0.25 GB, with RAM the
# machine's, which is not what a container may use. Here RAM is the mongod container's memory
# limit less what its exec probes take: each probe is a mongosh (~135 MiB peak with the heap
# capped, `make bench-agent`), and a readiness and a liveness probe can run at once.
PROBE_RESERVE_MIB = 2 * 144
MIN_CACHE_GB = 0.25

_UNITS = {
    "": 1,
    "k": 1000,
    "M": 1000**2,
    "G": 1000**3,
    "T": 1000**4,
    "Ki": 1024,
    "Mi": 1024**2,
    "Gi": 1024**3,
    "Ti": 1024**4,
}
_QUANTITY = re.compile(r"^([0-9]+(?:\.[0-9]+)?)([A-Za-z]*)$")


def volume_megabytes(quantity: str) -> int:
    """Size of a Kubernetes storage quantity (512Mi, 10Gi, 2G) in MiB; ValueError otherwise."""
    match = _QUANTITY.match(quantity.strip())
    if not match or match.group(2) not in _UNITS:
        raise ValueError(f"{quantity!r} is not a storage quantity such as 512Mi or 10Gi")
    return int(float(match.group(1)) * _UNITS[match.group(2)] / 1024**2)


def oplog_size_mb(storage_size: str) -> int:
    """The --oplogSize for a member volume of storage_size (applies when the oplog is created)."""
    volume = volume_megabytes(storage_size)
    if volume < MIN_VOLUME_MB:
        raise ValueError(
            f"{storage_size!r} is too small for a member volume: at least {MIN_VOLUME_MB}Mi "
            f"(the oplog's {OPLOG_SHARE:.0%}, {JOURNAL_MB} MB of journal and {DIAGNOSTICS_MB} MB "
            "of diagnostics share it with the data)"
        )
    return min(int(volume * OPLOG_SHARE), MAX_OPLOG_MB)


def member_hosts(
    statefulset: str, service: str, namespace: str, members: int, cluster_domain: str
) -> list[str]:
    """Stable DNS names of the members: <sts>-<i>.<service>.<namespace>.svc.<domain>:port."""
    return [
        f"{statefulset}-{i}.{service}.{namespace}.svc.{cluster_domain}:{PORT}"
        for i in range(members)
    ]


def live_oplog_mb(statefulset: Mapping[str, Any] | None) -> int | None:
    """The --oplogSize of a live members' StatefulSet's mongod container (None: none found)."""
    spec = ((statefulset or {}).get("spec") or {}).get("template", {}).get("spec") or {}
    for container in spec.get("containers") or []:
        args = [str(a) for a in container.get("args") or []]
        if container.get("name") == "mongod" and "--oplogSize" in args[:-1]:
            value = args[args.index("--oplogSize") + 1]
            return int(value) if value.isdigit() else None
    return None


def wired_tiger_cache_gb(limit_mib: float) -> float:
    """--wiredTigerCacheSizeGB for a mongod container limited to limit_mib MiB of memory:
    50% of (limit - probes - 1 GiB), at least 0.25, rounded down to 0.05 GB."""
    share = (limit_mib - PROBE_RESERVE_MIB - 1024) / 2 / 1024
    return max(MIN_CACHE_GB, int(share * 20) / 20)


def mongod_args(replica_set: str, oplog_mb: int, cache_gb: float = MIN_CACHE_GB) -> list[str]:
    return [
        "--replSet",
        replica_set,
        "--bind_ip_all",
        "--port",
        str(PORT),
        "--keyFile",
        "/keyfile/keyfile",
        "--auth",
        "--oplogSize",
        str(oplog_mb),
        "--wiredTigerCacheSizeGB",
        f"{cache_gb:g}",
        "--setParameter",
        f"diagnosticDataCollectionDirectorySizeMB={DIAGNOSTICS_MB}",
    ]


def _mongosh_eval(script: str) -> list[str]:
    return ["mongosh", "--quiet", "--norc", "--eval", script]


# Probes of the mongod container run without credentials: hello and ping need none.
PING = _mongosh_eval("db.adminCommand('ping').ok || quit(1)")


def ready_command(replica_set: str) -> list[str]:
    """Ready only as PRIMARY or SECONDARY of this replica set: the entrypoint's temporary
    standalone (first start) also says isWritablePrimary, but has no setName."""
    name = json.dumps(replica_set)
    return _mongosh_eval(
        f"const h = db.hello(); quit(h.setName === {name} && "
        "(h.isWritablePrimary || h.secondary) ? 0 : 1)"
    )


STEP_DOWN_CATCH_UP_SECONDS = 15


def step_down_command(password_file: str) -> list[str]:
    """The mongod container's preStop: a primary steps down (waiting up to
    STEP_DOWN_CATCH_UP_SECONDS for a secondary to catch up) so an updated member takes over
    before this one stops. Anything else, or a set with no electable secondary (one member),
    just stops; it never fails the hook."""
    return _mongosh_eval(
        "const admin = db.getSiblingDB('admin'); "
        "try { if (admin.hello().isWritablePrimary) { "
        f"admin.auth({json.dumps(ROOT_USER)}, "
        f"require('fs').readFileSync({json.dumps(password_file)}, 'utf8').trim()); "
        "admin.runCommand({replSetStepDown: 60, "
        f"secondaryCatchUpPeriodSecs: {STEP_DOWN_CATCH_UP_SECONDS}}}); "
        "print('stepped down before stopping'); } } "
        "catch (e) { print(`no step-down: ${e.message}`); }"
    )


def agent_command() -> list[str]:
    """mongosh is the container's only process; the agent handles SIGTERM itself."""
    return ["mongosh", "--nodb", "--quiet", "--norc", f"{SCRIPTS_DIR}/{AGENT_FILE}"]


# mongosh 2.3 always writes a log of its own under $HOME/.mongodb (no option turns it off); the
# agent is one process that lives for months and writes ~0.7 KiB per pass, which would fill the
# size-limited /tmp emptyDir in days. HOME=/dev/null makes mongosh skip its log (it prints one
# "Could not access file" warning at start); the agent's own output goes to the container log.
LONG_RUNNING_MONGOSH_HOME = "/dev/null"
# V8 sizes its heap from the machine's memory, not the container's limit, and collects lazily: the
# agent's RSS wandered from 170 to 275 MiB over 1500 passes with a ~40 MiB working set
# (make bench-agent). A 64 MiB old space keeps it near 110 MiB.
MONGOSH_NODE_OPTIONS = "--max-old-space-size=64"


def gate_command() -> list[str]:
    return ["mongosh", "--nodb", "--quiet", "--norc", f"{SCRIPTS_DIR}/{GATE_FILE}"]


# Agent probes read the status line the agent writes after every pass ("<state> <message>").
# Readiness fails (printing the message into the pod's events) only in state "blocked": a
# condition a person must fix, such as credentials that do not match the data volume.
AGENT_READY = [
    "bash",
    "-c",
    f"[ -f {STATUS_FILE} ] || exit 0; read -r state message < {STATUS_FILE}; "
    f'[ "$state" != blocked ] || {{ echo "$message"; exit 1; }}',
]
# Liveness: a pass finished within the watchdog's bound plus one interval.
AGENT_ALIVE = [
    "bash",
    "-c",
    f"age=$(( $(date +%s) - $(stat -c %Y {STATUS_FILE}) )); "
    f"[ $age -lt {(PASS_TIMEOUT_MS + PASS_INTERVAL_MS) // 1000 + 30} ] || "
    '{ echo "no agent pass for ${age}s"; exit 1; }',
]
AGENT_STARTED = ["test", "-f", STATUS_FILE]

# Copies the keyfile from the Secret into an emptyDir owned by mongod with mode 0400: mongod
# refuses a keyfile readable by the group, which is how Secret volumes with fsGroup appear.
KEYFILE_COPY = "cp /keyfile-secret/keyfile /keyfile/keyfile && chmod 0400 /keyfile/keyfile"
