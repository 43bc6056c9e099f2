"""kube-score v1.20.0 on the prod stack's objects (tests/kube_score_scan.py): at most 10 critical
findings, each of a kind reasoned in docs/kube-score.md; no container without ephemeral-storage
requests and limits, and no container with identical readiness and liveness probes, on any stack.
The first run builds kube-score (toolchain/build-kube-score.sh, minutes); later ones take seconds.
"""

from __future__ import annotations

import pytest

from components import builders
from components.settings import MONGO_IMAGE
from kube_score_scan import CRITICAL, Finding, kube_score_binary, scan
from mocking import STACKS

MAX_CRITICAL = 10
# Critical on prod, on purpose: every image is pinned by digest there, so IfNotPresent pulls
# exactly the image asked for, and Always would make each pod start depend on the registry.
REASONED = {"container-image-pull-policy"}


@pytest.fixture(scope="module")
def findings() -> dict[str, list[Finding]]:
    binary = kube_score_binary()
    return {stack: scan(stack, binary) for stack in STACKS}


def test_prod_has_at_most_ten_critical_findings_all_reasoned(
    findings: dict[str, list[Finding]],
) -> None:
    critical = [f for f in findings["prod"] if f.grade == CRITICAL]
    assert critical, "kube-score really ran (digest-pinned prod keeps its pull-policy findings)"
    assert len(critical) <= MAX_CRITICAL, [str(f) for f in critical]
    unreasoned = [str(f) for f in critical if f.check not in REASONED]
    assert not unreasoned, unreasoned


@pytest.mark.parametrize("stack", STACKS)
def test_every_container_has_ephemeral_storage_and_distinct_probes(
    findings: dict[str, list[Finding]], stack: str
) -> None:
    flagged = [
        str(f)
        for f in findings[stack]
        if f.check
        in ("container-ephemeral-storage-request-and-limit", "pod-probes", "pod-probes-identical")
    ]
    assert not flagged, flagged


def test_scheduled_jobs_pull_digest_pinned_images_always() -> None:
    digest = MONGO_IMAGE + "@sha256:" + "a" * 64
    assert builders.scheduled_pull_policy(digest) == "Always"
    assert builders.scheduled_pull_policy(MONGO_IMAGE) == "IfNotPresent", "a tag could move"
    local = "stateful-app.local/nginx-debian:1.30.6@sha256:" + "b" * 64
    assert builders.scheduled_pull_policy(local) == "IfNotPresent", "no registry has a local image"
