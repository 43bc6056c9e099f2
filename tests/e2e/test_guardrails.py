"""The guard rails policy pack under the real engine: `pulumi preview --policy-pack policy`.

Each mandatory rule rejects a small violating program (tests/e2e/policy_probe, rendered to YAML,
no cluster needed), a recorded exception lets its object through, and the three stacks of the
real program pass against the local cluster."""

from __future__ import annotations

import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from pulumi import automation as auto

from e2e.harness import ROOT, Cluster, private_stack, program_stack, toolchain_env

pytestmark = pytest.mark.e2e

PACK = ROOT / "policy"
PROBE = Path(__file__).resolve().parent / "policy_probe"
MANDATORY = (
    "images-pinned",
    "pod-security-restricted",
    "read-only-root-filesystem",
    "resources-requests-limits",
    "probes",
    "no-plaintext-secrets",
    "data-volumes-retained",
    "claims-kept-on-scale-down",
    "namespace-pod-security",
    "default-deny-network-policy",
)
# One policy finding in the engine's summary:
#     - [mandatory]  probes  (kubernetes:apps/v1:StatefulSet: app-db-statefulset)
#       <the rule's description>
#       app-db-statefulset: container 'replset-agent': no livenessProbe
FINDING = re.compile(r"- \[(mandatory|advisory)\]\s+([a-z-]+)\s.*\n.*\n\s*(.*)")


@dataclass
class Outcome:
    passed: bool
    findings: list[tuple[str, str, str]]  # (level, rule, message)
    output: str

    @property
    def mandatory(self) -> set[str]:
        return {rule for level, rule, _ in self.findings if level == "mandatory"}


def preview(stack: auto.Stack, configs: Sequence[str] = ()) -> Outcome:
    """A preview with the pack; which rules fired at which level."""
    try:
        result = stack.preview(policy_packs=[str(PACK)], policy_pack_configs=list(configs))
        passed, output = True, result.stdout + result.stderr
    except auto.CommandError as error:
        passed, output = False, str(error)
    assert "stateful-app-guardrails" in output, f"the pack did not run:\n{output}"
    return Outcome(passed, FINDING.findall(output), output)


@pytest.fixture(scope="module")
def probe(tmp_path_factory: pytest.TempPathFactory) -> auto.Stack:
    tmp = Path(tmp_path_factory.mktemp("probe"))
    work = tmp / "project"
    work.mkdir()
    shutil.copy(PROBE / "probe.py", work / "probe.py")
    (work / "Pulumi.yaml").write_text(
        "name: guardrails-probe\nmain: probe.py\n"
        f"runtime:\n  name: python\n  options:\n    virtualenv: {ROOT / '.venv'}\n"
    )
    stack, _ = private_stack(work, "probe", tmp, toolchain_env())
    stack.set_config("renderDir", auto.ConfigValue(str(tmp / "rendered")))
    return stack


def _case(stack: auto.Stack, violation: str, exception: str = "") -> None:
    stack.set_config("violation", auto.ConfigValue(violation))
    stack.set_config("exception", auto.ConfigValue(exception))


def test_a_compliant_program_passes(probe: auto.Stack) -> None:
    _case(probe, "none")
    outcome = preview(probe)
    assert outcome.passed and not outcome.mandatory, outcome.output


@pytest.mark.parametrize("rule", MANDATORY)
def test_each_mandatory_rule_rejects_its_violation(probe: auto.Stack, rule: str) -> None:
    _case(probe, rule)
    outcome = preview(probe)
    assert not outcome.passed, f"{rule} let the preview pass:\n{outcome.output}"
    assert outcome.mandatory == {rule}, outcome.output


def test_a_recorded_exception_lets_the_object_through(probe: auto.Stack) -> None:
    _case(probe, "images-pinned", "images-pinned=vendor ships only :latest (TICKET-12)")
    outcome = preview(probe)
    assert outcome.passed and not outcome.mandatory, outcome.output


def test_digests_are_required_where_the_config_says_so(probe: auto.Stack) -> None:
    _case(probe, "none")
    outcome = preview(probe, [str(PACK / "config" / "prod.json")])
    assert outcome.mandatory == {"images-pinned"}, outcome.output
    assert "must be pinned by digest" in outcome.output


@pytest.mark.parametrize("stack_name", ["dev", "test", "prod"])
def test_every_stack_passes(cluster: Cluster, tmp_path: Path, stack_name: str) -> None:
    app_stack = program_stack(cluster, stack_name, tmp_path)
    config = PACK / "config" / f"{stack_name}.json"
    outcome = preview(app_stack.stack, [str(config)] if config.exists() else [])
    blocking = [f for f in outcome.findings if f[0] == "mandatory"]
    assert not blocking, outcome.output
    assert outcome.passed, outcome.output
