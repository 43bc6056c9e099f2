"""`make backups` and `make restore` (scripts/backups.py, scripts/restore.py) run for real against
a stand-in `kubectl` that answers from the objects a test gives it and records every call: a
restore with no backup named, or without its confirmation, creates nothing and lists what is kept;
`make backups` says each CronJob's last schedule and last success and the backups kept. The
restore Job's own shape is in tests/test_backup.py; the real thing on the embedded cluster in
tests/e2e/test_data_operations.py::TestAssetBackup."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
NS = "stateful-app-prod"
STANDIN = """\
#!{python}
import json, pathlib, sys
here = pathlib.Path(__file__).parent
args = " ".join(sys.argv[1:])
with open(here / "calls.log", "a") as log:
    log.write(args + "\\n")
answer = json.loads((here / "answers.json").read_text()).get(args)
if answer is None:
    sys.stderr.write(f"Error from server (NotFound): {{args}}\\n")
    sys.exit(1)
sys.stdout.write(answer)
"""


class Kubectl:
    """A `kubectl` on PATH that answers `answers` (args joined by spaces -> stdout) and exits 1
    with a NotFound error for anything else."""

    def __init__(self, tmp_path: Path) -> None:
        self.bin = tmp_path / "bin"
        self.bin.mkdir()
        self.answers: dict[str, str] = {}
        executable = self.bin / "kubectl"
        executable.write_text(STANDIN.format(python=sys.executable))
        executable.chmod(0o755)
        self.env = {
            **os.environ,
            "PATH": f"{self.bin}:{os.environ['PATH']}",
            "TOOLCHAIN_CACHE": str(tmp_path / "no-toolchain"),  # no real kubectl in front
            "KUBECONFIG": str(tmp_path / "kubeconfig"),
        }

    def json(self, args: str, obj: Any) -> None:
        self.answers[f"{args} -o json"] = json.dumps(obj)

    def run(self, script: str, *args: str) -> subprocess.CompletedProcess[str]:
        (self.bin / "answers.json").write_text(json.dumps(self.answers))
        return subprocess.run(
            [sys.executable, str(ROOT / "scripts" / script), *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    def calls(self) -> list[str]:
        log = self.bin / "calls.log"
        return log.read_text().splitlines() if log.exists() else []


def job(name: str, owner: str, outcome: str, completed: str) -> dict[str, Any]:
    return {
        "metadata": {"name": name, "ownerReferences": [{"kind": "CronJob", "name": owner}]},
        "status": {
            "conditions": [{"type": outcome, "status": "True"}],
            **({"completionTime": completed} if outcome == "Complete" else {}),
        },
    }


def log_of(kept: str) -> str:
    return textwrap.dedent(f"""\
        2026-12-07T03:00:01Z backup_db.sh: dumping rs0 from db-1.db:27017 into x
        2026-12-07T03:00:09Z backup_db.sh: kept: {kept}
        """)


@pytest.fixture
def kubectl(tmp_path: Path) -> Kubectl:
    """prod with database backups: two successful Jobs and a newer failed one (the log of the
    newest successful one names what is kept); no asset backups."""
    k = Kubectl(tmp_path)
    k.json(
        f"-n {NS} get cronjob db-backup",
        {
            "spec": {"schedule": "0 3 * * *"},
            "status": {
                "lastScheduleTime": "2026-12-07T03:00:00Z",
                "lastSuccessfulTime": "2026-12-06T03:00:09Z",
            },
        },
    )
    jobs = [
        job("db-backup-1", "db-backup", "Complete", "2026-12-05T03:00:09Z"),
        job("db-backup-2", "db-backup", "Complete", "2026-12-06T03:00:09Z"),
        job("db-backup-3", "db-backup", "Failed", ""),
        job("db-restore-x", "db-restore", "Complete", "2026-12-07T09:00:00Z"),
    ]
    k.json(f"-n {NS} get jobs", {"items": jobs})
    newest = "db-20261206T030000Z.archive.gz db-20261205T030000Z.archive.gz "
    k.answers[f"-n {NS} logs job/db-backup-2"] = log_of(newest)
    k.answers[f"-n {NS} logs job/db-backup-1"] = log_of("db-20261205T030000Z.archive.gz ")
    k.json(f"-n {NS} get cronjob db-restore", {"metadata": {"name": "db-restore"}})
    return k


def test_a_restore_with_no_backup_named_creates_nothing_and_lists_the_kept(
    kubectl: Kubectl,
) -> None:
    done = kubectl.run("restore.py", "--stack", "prod", "--what", "db")
    assert done.returncode == 1, done
    assert "no backup named: nothing changed" in done.stdout
    assert "make restore STACK=prod WHAT=db BACKUP=<name> CONFIRM=<the same name>" in done.stdout
    listed = done.stdout.split("newest first):\n", 1)[1].split()
    assert listed == ["db-20261206T030000Z.archive.gz", "db-20261205T030000Z.archive.gz"]
    assert "as of Job db-backup-2" in done.stdout, "the newest successful backup's log"
    assert not [c for c in kubectl.calls() if " get " not in c and " logs " not in c], (
        kubectl.calls()
    )


def test_a_restore_without_its_confirmation_creates_nothing(kubectl: Kubectl) -> None:
    name = "db-20261205T030000Z.archive.gz"
    done = kubectl.run("restore.py", "--stack", "prod", "--what", "db", "--backup", name)
    assert done.returncode == 1 and f"set CONFIRM={name} to go ahead" in done.stdout, done
    wrong = kubectl.run(
        "restore.py", "--stack", "prod", "--what", "db", "--backup", name, "--confirm", "yes"
    )
    assert wrong.returncode == 1 and f"set CONFIRM={name}" in wrong.stdout, wrong
    assert kubectl.calls() == [], "refused before any call to the cluster"


def test_a_confirmed_restore_creates_the_job(kubectl: Kubectl) -> None:
    """The refusals are not all the script does: named and confirmed, it goes to the create (the
    stand-in knows no create, so the script stops there with kubectl's error)."""
    name = "db-20261205T030000Z.archive.gz"
    template = json.loads(kubectl.answers[f"-n {NS} get cronjob db-restore -o json"])
    template.update(
        apiVersion="batch/v1",
        kind="CronJob",
        metadata={"name": "db-restore", "namespace": NS, "uid": "u-1"},
        spec={"jobTemplate": {"spec": {"template": {"spec": {"containers": [{"name": "r"}]}}}}},
    )
    kubectl.json(f"-n {NS} get cronjob db-restore", template)
    args = ["--stack", "prod", "--what", "db", "--backup", name, "--confirm", name]
    done = kubectl.run("restore.py", *args)
    assert done.returncode == 1 and "kubectl create -f -" in done.stderr, done
    assert kubectl.calls()[-1] == "create -f -"


def test_backups_says_last_schedule_last_success_and_what_is_kept(kubectl: Kubectl) -> None:
    done = kubectl.run("backups.py", "--stack", "prod")
    assert done.returncode == 0, done
    lines = done.stdout.splitlines()
    assert lines[0] == (
        "db-backup: schedule '0 3 * * *', last schedule 2026-12-07T03:00:00Z, "
        "last success 2026-12-06T03:00:09Z"
    )
    assert lines[1] == (
        "  kept (as of Job db-backup-2, completed 2026-12-06T03:00:09Z): "
        "db-20261206T030000Z.archive.gz db-20261205T030000Z.archive.gz"
    )
    assert lines[2] == "assets-backup: none in stateful-app-prod (no assets backup schedule)"
    assert all(" get " in c or " logs " in c for c in kubectl.calls()), "reads only"


def test_backups_says_why_the_kept_list_is_unknown(kubectl: Kubectl) -> None:
    kubectl.json(f"-n {NS} get jobs", {"items": []})  # the Jobs expired (or none ran yet)
    done = kubectl.run("backups.py", "--stack", "prod")
    assert "  kept (no completed db-backup Job left to read): (unknown)" in done.stdout, done
    assert "last success 2026-12-06T03:00:09Z" in done.stdout, "the CronJob still says it"
