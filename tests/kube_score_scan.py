"""kube-score (third-party best-practice scanner, github.com/zegl/kube-score) on the objects each
stack registers, rendered under Pulumi mocks as for checkov (tests/checkov_scan.py). The binary is
built once by toolchain/build-kube-score.sh into the toolchain cache (keyed by its version).

    .venv/bin/python tests/kube_score_scan.py [stack ...]   # critical/warning counts and findings
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parent)]
from checkov_scan import render  # noqa: E402  (path set up above)
from mocking import ROOT, STACKS  # noqa: E402

CRITICAL, WARNING = 1, 5  # kube-score's grades (10: passed)


@dataclass(frozen=True)
class Finding:
    grade: int
    check: str
    object: str  # Kind/name
    container: str
    summary: str

    def __str__(self) -> str:
        where = f"{self.object} ({self.container})" if self.container else self.object
        return f"{self.check} {where}: {self.summary}"


def kube_score_binary() -> str:
    """Builds kube-score if it is not cached yet (minutes once), then returns its path."""
    script = ROOT / "toolchain" / "build-kube-score.sh"
    result = subprocess.run(["bash", str(script)], capture_output=True, text=True, check=True)
    return result.stdout.strip().splitlines()[-1]


def kubernetes_version() -> str:
    for line in (ROOT / "toolchain" / "versions.env").read_text().splitlines():
        if line.startswith("KUBERNETES_VERSION="):
            return "v" + ".".join(line.split("=", 1)[1].split(".")[:2])
    raise RuntimeError("KUBERNETES_VERSION missing from toolchain/versions.env")


def scan(stack: str, binary: str | None = None) -> list[Finding]:
    """Every critical and warning finding of kube-score's default checks on the stack."""
    binary = binary or kube_score_binary()
    with tempfile.TemporaryDirectory(prefix="kube-score-") as tmp:
        path = render(stack, Path(tmp))
        command = [binary, "score", "-o", "json", "--kubernetes-version", kubernetes_version()]
        result = subprocess.run([*command, str(path)], capture_output=True, text=True)
    if result.returncode not in (0, 1):  # 1: some check is critical
        raise RuntimeError(f"kube-score exited {result.returncode}: {result.stderr[-2000:]}")
    findings = []
    for scored in json.loads(result.stdout):
        name = f"{scored['type_meta']['kind']}/{scored['object_meta'].get('name', '')}"
        for check in scored["checks"]:
            if check["skipped"] or check["grade"] not in (CRITICAL, WARNING):
                continue
            for comment in check["comments"] or [{"path": "", "summary": ""}]:
                findings.append(
                    Finding(
                        check["grade"],
                        check["check"]["id"],
                        name,
                        comment.get("path", ""),
                        comment.get("summary", ""),
                    )
                )
    return findings


def main(stacks: list[str]) -> None:
    binary = kube_score_binary()
    for stack in stacks or list(STACKS):
        findings = scan(stack, binary)
        critical = [f for f in findings if f.grade == CRITICAL]
        print(f"{stack}: {len(critical)} critical, {len(findings) - len(critical)} warning")
        for finding in findings:
            print(f"  {'CRITICAL' if finding.grade == CRITICAL else 'WARNING '} {finding}")


if __name__ == "__main__":
    main(sys.argv[1:])
