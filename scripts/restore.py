"""Restores a backup into a deployed stack: a Job from the stack's suspended restore template
(CronJob db-restore or assets-restore, components/backup.py) with the backup's name and the
confirmation, then waits for it and prints its log. Without BACKUP, or without CONFIRM repeating
it, it creates nothing: it says why and lists the backups kept as of the newest successful backup
Job's log (scripts/backups.py), then exits 1. (The script in the pod checks both again.)

  make restore STACK=prod WHAT=db BACKUP=db-20261203T030000Z.archive.gz CONFIRM=<the same name>
  make restore STACK=prod WHAT=assets BACKUP=assets-20261203T033000Z CONFIRM=<the same name>

kubectl comes from the toolchain (or PATH); KUBECONFIG, else the embedded cluster's.
"""

from __future__ import annotations

import argparse
import copy
import json
import subprocess
import sys
import time
from typing import Any

from backups import kept, use_toolchain

NAME_ENV = {"db": "ARCHIVE", "assets": "BACKUP"}
TIMEOUT_SECONDS = 6 * 3600


def restore_job(
    template: dict[str, Any], what: str, backup: str, confirm: str, stamp: str
) -> dict[str, Any]:
    """The Job to create from a restore CronJob: its job template with the backup's name and the
    confirmation in the container's environment."""
    spec = copy.deepcopy(template["spec"]["jobTemplate"]["spec"])
    spec["ttlSecondsAfterFinished"] = 7 * 24 * 3600
    (container,) = spec["template"]["spec"]["containers"]
    given = {NAME_ENV[what]: backup, "CONFIRM": confirm}
    container["env"] = [e for e in container.get("env", []) if e["name"] not in given] + [
        {"name": key, "value": value} for key, value in given.items()
    ]
    metadata = template["metadata"]
    # Owned by the restore CronJob, as `kubectl create job --from=cronjob/...` makes it: a
    # finished Job's pod still holds its claims (pvc-protection counts Succeeded pods), so an
    # unowned restore Job would keep `pulumi destroy` waiting on the claim for its whole timeout;
    # owned, the destroy's foreground delete of the CronJob takes the Job and its pod first.
    owner = {
        "apiVersion": template["apiVersion"],
        "kind": template["kind"],
        "name": metadata["name"],
        "uid": metadata["uid"],
        "controller": True,
        "blockOwnerDeletion": True,
    }
    return {
        "apiVersion": "batch/v1",
        "kind": "Job",
        "metadata": {
            "name": f"{what}-restore-{stamp}",
            "namespace": metadata["namespace"],
            "labels": metadata.get("labels", {}),
            "annotations": {"cronjob.kubernetes.io/instantiate": "manual"},
            "ownerReferences": [owner],
        },
        "spec": spec,
    }


def kubectl(*args: str, stdin: str | None = None) -> str:
    done = subprocess.run(
        ["kubectl", *args], input=stdin, capture_output=True, text=True, check=False
    )
    if done.returncode:
        raise SystemExit(f"kubectl {' '.join(args)}: {done.stderr.strip()}")
    return done.stdout


def finished(namespace: str, name: str) -> str | None:
    job = json.loads(kubectl("-n", namespace, "get", "job", name, "-o", "json"))
    for condition in job.get("status", {}).get("conditions", []):
        if condition["type"] in ("Complete", "Failed") and condition["status"] == "True":
            return str(condition["type"])
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stack", required=True)
    parser.add_argument("--what", choices=sorted(NAME_ENV), required=True)
    parser.add_argument("--backup", default="")
    parser.add_argument("--confirm", default="")
    parser.add_argument("--namespace", default="")
    args = parser.parse_args()
    namespace = args.namespace or f"stateful-app-{args.stack}"
    use_toolchain()
    if refused := refusal(namespace, args.stack, args.what, args.backup, args.confirm):
        print(refused)
        return 1
    template = json.loads(
        kubectl("-n", namespace, "get", "cronjob", f"{args.what}-restore", "-o", "json")
    )
    job = restore_job(template, args.what, args.backup, args.confirm, time.strftime("%Y%m%d%H%M%S"))
    name = job["metadata"]["name"]
    kubectl("create", "-f", "-", stdin=json.dumps(job))
    print(f"job {namespace}/{name} created", flush=True)
    deadline = time.monotonic() + TIMEOUT_SECONDS
    while (outcome := finished(namespace, name)) is None:
        if time.monotonic() > deadline:
            raise SystemExit(f"job {name} did not finish in {TIMEOUT_SECONDS} s")
        time.sleep(2)
    print(kubectl("-n", namespace, "logs", f"job/{name}"), end="")
    print(f"job {name}: {outcome}")
    return 0 if outcome == "Complete" else 1


def refusal(namespace: str, stack: str, what: str, backup: str, confirm: str) -> str | None:
    """Why no restore Job is created (None: go ahead): no backup named, or CONFIRM does not
    repeat its name. Nothing is created or changed to say so."""
    if backup and confirm == backup:
        return None
    if backup:
        return (
            f"restoring {backup} replaces what is there now: set CONFIRM={backup} to go ahead "
            f"(nothing changed)"
        )
    names, source = kept(namespace, what)
    listed = "\n".join(f"  {name}" for name in names) if names else f"  (unknown: {source})"
    return (
        f"no backup named: nothing changed. Choose one:\n"
        f"  make restore STACK={stack} WHAT={what} BACKUP=<name> CONFIRM=<the same name>\n"
        f"backups of {what} in {namespace}"
        + (f" ({source}, newest first):" if names else ":")
        + f"\n{listed}"
    )


if __name__ == "__main__":
    sys.exit(main())
