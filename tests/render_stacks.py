"""Renders every stack's objects under the unit tests' mocks to one canonical JSON document.

A tool for refactors that must not change behaviour: render before and after, compare.

    .venv/bin/python tests/render_stacks.py > /tmp/before.json
    ... change ...
    .venv/bin/python tests/render_stacks.py | diff /tmp/before.json -

Per case (each stack file, plus a few overrides that reach the branches no stack file takes):
every registered resource with its inputs, whether it is retained on delete and what it depends
on, and the stack's exports.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pulumi

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1])]

from mocking import STACKS, resolve, run_program  # noqa: E402

# Overrides on the dev stack that exercise what the three stack files leave out.
VARIANTS: dict[str, dict[str, str]] = {
    "dev+shared-nfs": {
        "assetStorage": "shared",
        "assetNfsServer": "10.0.0.5",
        "assetNfsPath": "/exports/assets",
        "assetReplicas": "2",
    },
    "dev+shared-class": {"assetStorage": "shared", "assetStorageClass": "nfs-client"},
    "dev+clusterip": {
        "lbServiceType": "ClusterIP",
        "lbNodePort": "",
        "networkPolicies": "false",
        "assetSeedFiles": "false",
        "assetPath": "/static/",
    },
    "dev+placement": {
        "webNodeSelector": "pool=web",
        "dbTolerations": "dedicated=db:NoSchedule,spot",
        "lbPriorityClassName": "high",
        "assetNodeSelector": "zone=a",
        "namespace": "shop",
        "clusterDomain": "example.internal",
        "lbUpstreamTimeout": "9",
    },
}


def render(stack: str, overrides: dict[str, str] | None = None) -> dict[str, Any]:
    exports: dict[str, Any] = {}
    real_export = pulumi.export
    pulumi.export = lambda name, value: exports.__setitem__(name, value)  # type: ignore[assignment]
    try:
        program = run_program(stack, overrides)
    finally:
        pulumi.export = real_export
    mocks = program.mocks
    return {
        "resources": sorted(
            (
                {
                    "type": r.type,
                    "name": r.name,
                    "inputs": r.inputs,
                    "retainOnDelete": r.name in mocks.retained_on_delete,
                    "dependsOn": sorted(mocks.depends_on.get(r.name, [])),
                }
                for r in mocks.resources
            ),
            key=lambda r: (r["type"], r["name"]),
        ),
        "exports": {name: resolve(value) for name, value in sorted(exports.items())},
    }


def main() -> None:
    cases = {stack: render(stack) for stack in STACKS}
    cases.update({name: render("dev", overrides) for name, overrides in VARIANTS.items()})
    json.dump(cases, sys.stdout, indent=1, sort_keys=True, default=str)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
