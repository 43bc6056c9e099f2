"""Where the backups of a deployed stack stand: for each backup CronJob (db-backup, assets-backup)
its schedule, last schedule and last success, and the backups kept, as the log of its newest
successful Job lists them (the backup scripts end with a `kept:` line). Reads only.

  make backups STACK=prod

kubectl comes from the toolchain (or PATH); KUBECONFIG, else the embedded cluster's.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

# WHAT (make restore) -> the tier's backup CronJob (components/backup.py).
CRON_JOBS = {"db": "db-backup", "assets": "assets-backup"}
KEPT = " kept: "


def kubectl(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["kubectl", *args], input=stdin, capture_output=True, text=True, check=False
    )


def read_json(*args: str) -> Any:
    """kubectl's JSON answer, None when the object does not exist; exits on any other error."""
    done = kubectl(*args, "-o", "json")
    if done.returncode:
        if "NotFound" in done.stderr:
            return None
        raise SystemExit(f"kubectl {' '.join(args)}: {done.stderr.strip()}")
    return json.loads(done.stdout)


def newest_success(jobs: Sequence[Mapping[str, Any]], cron_job: str) -> Mapping[str, Any] | None:
    """The newest Job owned by `cron_job` that completed (its pod, and so its log, may be gone)."""
    done = [
        job
        for job in jobs
        if any(
            o.get("kind") == "CronJob" and o.get("name") == cron_job
            for o in job["metadata"].get("ownerReferences", [])
        )
        and any(
            c["type"] == "Complete" and c["status"] == "True"
            for c in job.get("status", {}).get("conditions", [])
        )
    ]
    return max(done, key=lambda j: j["status"].get("completionTime", ""), default=None)


def kept_in(log: str) -> list[str] | None:
    """The backups the last `kept:` line of a backup Job's log names (None: no such line)."""
    lines = [line for line in log.splitlines() if KEPT in line]
    return lines[-1].split(KEPT, 1)[1].split() if lines else None


def kept(namespace: str, what: str) -> tuple[list[str] | None, str]:
    """The backups of WHAT kept as of its newest successful backup Job, and where that was read
    (or why it could not be)."""
    cron_job = CRON_JOBS[what]
    found = read_json("-n", namespace, "get", "jobs")
    job = newest_success(found["items"] if found else [], cron_job)
    if not job:
        return None, f"no completed {cron_job} Job left to read"
    name = job["metadata"]["name"]
    log = kubectl("-n", namespace, "logs", f"job/{name}")
    if log.returncode:
        return None, f"the log of Job {name} cannot be read: {log.stderr.strip()}"
    names = kept_in(log.stdout)
    if names is None:
        return None, f"the log of Job {name} has no '{KEPT.strip()}' line"
    return names, f"as of Job {name}, completed {job['status'].get('completionTime', '?')}"


def report(namespace: str) -> list[str]:
    lines = []
    for what, cron_job in CRON_JOBS.items():
        found = read_json("-n", namespace, "get", "cronjob", cron_job)
        if not found:
            lines.append(f"{cron_job}: none in {namespace} (no {what} backup schedule)")
            continue
        status = found.get("status", {})
        lines.append(
            f"{cron_job}: schedule {found['spec']['schedule']!r}, "
            f"last schedule {status.get('lastScheduleTime', '(never)')}, "
            f"last success {status.get('lastSuccessfulTime', '(never)')}"
        )
        names, source = kept(namespace, what)
        lines.append(f"  kept ({source}): {' '.join(names) if names else '(unknown)'}")
    return lines


def use_toolchain() -> None:
    """kubectl and the embedded cluster's kubeconfig, as scripts/pulumi-local.sh finds them."""
    cache = Path(os.environ.get("TOOLCHAIN_CACHE", Path.home() / ".cache/stateful-app-toolchain"))
    kube = sorted(cache.glob("kubernetes-*/bin"))
    if kube:
        os.environ["PATH"] = f"{kube[-1]}:{os.environ['PATH']}"
    if not os.environ.get("KUBECONFIG"):
        home = Path(
            os.environ.get("LOCAL_CLUSTER_HOME", Path.home() / ".cache/stateful-app-cluster")
        )
        os.environ["KUBECONFIG"] = str(home / "kubeconfig")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stack", required=True)
    parser.add_argument("--namespace", default="")
    args = parser.parse_args()
    use_toolchain()
    print("\n".join(report(args.namespace or f"stateful-app-{args.stack}")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
