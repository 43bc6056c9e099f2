"""What a local cluster with a real node may change on the machine, captured so that a test can
compare the machine before `cluster/up.sh` with the machine after `cluster/down.sh`: processes,
network links, iptables rules (every table, both backends, v4 and v6), nftables tables, netfilter
queue listeners, mounts, cgroups, kernel tunables and the paths the node's tools create on their
own."""

from __future__ import annotations

import os
import re
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

# The real node's daemons and what runs in its pods (nothing else on the machine has these names).
NODE_PROCESSES = {
    "containerd",
    "containerd-shim",
    "containerd-shim-runc-v2",
    "kubelet",
    "kube-proxy",
    "coredns",
    "pause",
    "runc",
    "supervise.sh",
    "kube-network-po",  # kube-network-policies (comm keeps 15 characters)
    "metrics-server",
}
TOOL_PATHS = (
    "/run/containerd",
    "/run/netns",
    "/var/lib/cni",
    "/var/log/containers",
    "/var/log/pods",
    "/var/lib/kubelet",
    "/etc/cni",
    "/opt/cni",
    "/usr/libexec/kubernetes",
    "/mnt/assets",
    "/run/stateful-app-real-node",
)
# Kernel values that are counters or state, not settings (they move on their own).
VOLATILE_SYSCTL = re.compile(r"fs/quota/|_count$|-nr$|-state$|/random/|ns_last_pid|inode-|file-")
IPTABLES_NFT_TABLE = re.compile(r"table (ip|ip6) (filter|nat|mangle|raw|security)")
IPTABLES = ("iptables-save", "ip6tables-save", "iptables-legacy-save", "ip6tables-legacy-save")


def _processes(cluster_home: str) -> set[str]:
    found = set()
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            comm = Path(f"/proc/{pid}/comm").read_text().strip()
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if comm in NODE_PROCESSES or cluster_home in cmdline:
            found.add(f"{comm}: {cmdline[:200]}")
    return found


def _iptables() -> set[str]:
    rules = set()
    for tool in IPTABLES:
        names = "/proc/net/ip6_tables_names" if "ip6" in tool else "/proc/net/ip_tables_names"
        if "legacy" in tool and not Path(names).read_text().strip():
            continue  # no legacy tables: reading them could initialise them
        result = subprocess.run([tool], capture_output=True, text=True)
        for line in result.stdout.splitlines():
            if line.startswith(("#", "COMMIT")):
                continue
            # Chain declarations carry packet counters: keep the name and policy only.
            rules.add(f"{tool} {line.split(' [')[0]}")
    return rules


def _nft_tables() -> set[str]:
    """nftables tables besides iptables-nft's own (compared as iptables rules above), e.g. the
    table kube-network-policies makes where the kernel lets it."""
    result = subprocess.run(["nft", "list", "tables"], capture_output=True, text=True)
    return {line for line in result.stdout.splitlines() if not IPTABLES_NFT_TABLE.fullmatch(line)}


def _queue_listeners() -> set[str]:
    """The netfilter queues some process listens on (kube-network-policies' NFQUEUE)."""
    path = Path("/proc/net/netfilter/nfnetlink_queue")
    lines = path.read_text().splitlines() if path.exists() else []
    return {f"queue {line.split()[0]}" for line in lines}


def _sysctls() -> dict[str, str]:
    values = {}
    for directory, _, files in os.walk("/proc/sys"):
        for name in files:
            path = os.path.join(directory, name)
            try:
                with open(path) as f:
                    values[path[len("/proc/sys/") :]] = f.read().strip()
            except OSError:
                continue
    return values


@dataclass
class HostState:
    processes: set[str]
    links: set[str]
    iptables: set[str]
    nftables: set[str]
    queues: set[str]
    mounts: set[str]
    cgroups: set[str]
    sysctls: dict[str, str]
    paths: set[str]

    @classmethod
    def capture(cls, cluster_home: str) -> HostState:
        links = subprocess.run(["ip", "-o", "link"], capture_output=True, text=True, check=True)
        mounts = Path("/proc/self/mountinfo").read_text().splitlines()
        return cls(
            processes=_processes(cluster_home),
            links={line.split(":")[1].strip().split("@")[0] for line in links.stdout.splitlines()},
            iptables=_iptables(),
            nftables=_nft_tables(),
            queues=_queue_listeners(),
            mounts={line.split()[4] for line in mounts},
            cgroups={
                str(path)
                for path in Path("/sys/fs/cgroup").glob("*/*")
                if path.is_dir() and not path.is_symlink()
            }
            | {str(path) for path in Path("/sys/fs/cgroup").glob("*/*/*") if path.is_dir()},
            sysctls=_sysctls(),
            paths={path for path in TOOL_PATHS if os.path.lexists(path)},
        )

    @classmethod
    def capture_stable(cls, cluster_home: str) -> HostState:
        """Two captures a second apart; kernel tunables that changed on their own in between
        (counters, random values) are left out of the comparison."""
        first = cls.capture(cluster_home)
        time.sleep(1)
        second = cls.capture(cluster_home)
        second.sysctls = {
            key: value for key, value in second.sysctls.items() if first.sysctls.get(key) == value
        }
        return second

    def differences(self, after: HostState) -> list[str]:
        """What `after` has that this state did not (or lost), one line each."""
        problems = []
        for kind in (
            "processes",
            "links",
            "iptables",
            "nftables",
            "queues",
            "mounts",
            "cgroups",
            "paths",
        ):
            before, now = getattr(self, kind), getattr(after, kind)
            problems += [f"{kind}: left behind {item}" for item in sorted(now - before)]
            problems += [f"{kind}: gone {item}" for item in sorted(before - now)]
        for key, value in self.sysctls.items():
            if VOLATILE_SYSCTL.search(key):
                continue
            if key in after.sysctls and after.sysctls[key] != value:
                problems.append(f"sysctl {key}: {value} before, {after.sysctls[key]} after")
        return problems
