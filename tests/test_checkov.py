"""checkov, all of its Kubernetes checks, on every stack's objects (tests/checkov_scan.py)."""

from __future__ import annotations

import pytest

from checkov_scan import StackScan, scan
from mocking import STACKS

# Dev and test pin images by tag on purpose (docs/guard-rails.md): no digest, so checkov also
# wants pull policy Always. Nothing else may fail there.
TAG_PINNED = {"CKV_K8S_43", "CKV_K8S_15"}
MAX_SKIPPED_CHECKS = 3


@pytest.fixture(scope="module")
def scans() -> dict[str, StackScan]:
    return scan(STACKS)


def _unexpected(result: StackScan, allowed: set[str]) -> list[str]:
    return [f"{f.check} {f.resource}" for f in result.failed if f.check not in allowed]


def test_prod_fails_no_check(scans: dict[str, StackScan]) -> None:
    prod = scans["prod"]
    assert prod.passed > 300, "checkov really ran its Kubernetes checks"
    assert not _unexpected(prod, set()), _unexpected(prod, set())


def test_prod_skips_at_most_three_checks_each_with_a_reason(scans: dict[str, StackScan]) -> None:
    skipped = scans["prod"].skipped
    assert len({f.check for f in skipped}) <= MAX_SKIPPED_CHECKS, skipped
    assert all(f.reason.strip() for f in skipped), skipped


@pytest.mark.parametrize("stack", ["dev", "test"])
def test_tag_pinned_stacks_fail_only_the_digest_checks(
    scans: dict[str, StackScan], stack: str
) -> None:
    result = scans[stack]
    assert not _unexpected(result, TAG_PINNED), _unexpected(result, TAG_PINNED)
    assert not result.skipped
