"""checkov, all of its Kubernetes checks, on the objects each stack registers.

The objects are rendered from the program run under Pulumi mocks (tests/mocking.py): every
Kubernetes resource's inputs as the engine receives them, with apiVersion and kind, one YAML
file per stack. That is what the provider would send to the API server, minus server-filled
fields, and needs no cluster. checkov runs offline (no Prisma Cloud download, no update check)
and, where the kernel allows, in an empty network namespace.

    .venv/bin/python tests/checkov_scan.py [stack ...]   # prints passed/failed/skipped
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parent)]
from mocking import ROOT, STACKS, run_program  # noqa: E402  (path set up above)

CHECKOV = ROOT / ".venv-checkov" / "bin" / "checkov"
OFFLINE = {"BC_SKIP_MAPPING": "TRUE", "CKV_SKIP_PACKAGE_UPDATE_CHECK": "true"}


@dataclass
class Finding:
    check: str
    resource: str  # Kind.namespace.name
    reason: str = ""  # for a skipped check: the annotation's reason


@dataclass
class StackScan:
    passed: int = 0
    failed: list[Finding] = field(default_factory=list)
    skipped: list[Finding] = field(default_factory=list)


def render(stack: str, directory: Path, overrides: dict[str, str] | None = None) -> Path:
    """Writes the stack's Kubernetes objects to <directory>/<stack>/objects.yaml."""
    objects = [r.manifest() for r in run_program(stack, overrides).mocks.kubernetes()]
    target = directory / stack
    target.mkdir(parents=True, exist_ok=True)
    path = target / "objects.yaml"
    path.write_text(yaml.safe_dump_all(objects, sort_keys=False))
    return path


def _isolated() -> list[str]:
    """`unshare -n` when this kernel lets us: the scanner then cannot reach any network."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True).returncode == 0:
        return [unshare, "-n"]
    return []


def scan(stacks: Sequence[str], overrides: dict[str, str] | None = None) -> dict[str, StackScan]:
    """One checkov run over every stack's rendered objects (with config overrides), results
    split by stack."""
    if not CHECKOV.exists():
        raise RuntimeError(f"{CHECKOV} is missing: run `make deps`")
    with tempfile.TemporaryDirectory(prefix="checkov-") as tmp:
        for stack in stacks:
            render(stack, Path(tmp), overrides)
        command = [*_isolated(), str(CHECKOV), "-d", tmp, "--framework", "kubernetes"]
        command += ["--output", "json", "--skip-download"]
        result = subprocess.run(
            command, capture_output=True, text=True, env={**os.environ, **OFFLINE}
        )
    if result.returncode not in (0, 1):  # 1: some check failed
        raise RuntimeError(f"checkov exited {result.returncode}: {result.stderr[-2000:]}")
    report = json.loads(result.stdout)
    scans = {stack: StackScan() for stack in stacks}
    for outcome in ("passed", "failed", "skipped"):
        for entry in report["results"].get(f"{outcome}_checks", []):
            stack = Path(entry["file_path"]).parts[1]
            if outcome == "passed":
                scans[stack].passed += 1
                continue
            finding = Finding(entry["check_id"], entry["resource"])
            if outcome == "skipped":
                finding.reason = (entry.get("check_result") or {}).get("suppress_comment", "")
            getattr(scans[stack], outcome).append(finding)
    return scans


def main(stacks: Sequence[str]) -> None:
    for stack, result in scan(stacks or STACKS).items():
        total = result.passed + len(result.failed) + len(result.skipped)
        print(
            f"{stack}: {result.passed} passed, {len(result.failed)} failed, "
            f"{len(result.skipped)} skipped of {total}"
        )
        for finding in result.failed:
            print(f"  failed  {finding.check} {finding.resource}")
        for finding in result.skipped:
            print(f"  skipped {finding.check} {finding.resource}: {finding.reason}")


if __name__ == "__main__":
    main(sys.argv[1:])
