"""Every mongosh the database tier runs (mongod's entrypoint and probes, the agent, the gate, the
database backup) reads a global configuration file that forbids telemetry (issue 17 item 9)."""

import json
from typing import Any

import yaml

from components import mongo
from mocking import Registered, run_program

PROD = {"dbBackupSchedule": "0 3 * * *", "assetBackupSchedule": "30 3 * * *"}


def pod_specs(resources: list[Registered]) -> list[tuple[str, dict[str, Any]]]:
    specs = []
    for r in resources:
        spec = r.inputs.get("spec", {})
        if r.kind == "CronJob":
            spec = spec["jobTemplate"]["spec"]
        if r.kind in ("StatefulSet", "Job", "CronJob", "Deployment"):
            specs.append((r.name, spec["template"]["spec"]))
    return specs


def runs_mongosh(container: dict[str, Any]) -> bool:
    """Its command, probes or script start a mongosh (backup_db.sh does; the mongo image's
    entrypoint does for a first start, so every mongod container counts)."""
    text = json.dumps(container)
    return "mongosh" in text or "backup_db.sh" in text or container["name"] == "mongod"


def test_every_mongosh_reads_a_config_that_forbids_telemetry() -> None:
    program = run_program("prod", PROD)
    config_maps = {c.k8s_name or f"{c.name}-abc123": c for c in program.mocks.of_kind("ConfigMap")}
    checked = []
    for owner, spec in pod_specs(program.mocks.kubernetes()):
        volumes = {v["name"]: v for v in spec.get("volumes", [])}
        for container in spec["containers"]:
            if not runs_mongosh(container):
                continue
            (mount,) = [
                m for m in container.get("volumeMounts", [])
                if m["mountPath"] == mongo.MONGOSH_GLOBAL_CONFIG
            ]  # fmt: skip
            assert mount.get("readOnly"), (owner, container["name"])
            source = config_maps[volumes[mount["name"]]["configMap"]["name"]]
            conf = yaml.safe_load(source.inputs["data"][mount["subPath"]])
            assert conf == {"mongosh": {"forceDisableTelemetry": True}}, (owner, conf)
            checked.append(f"{owner}/{container['name']}")
    assert sorted(checked) == sorted(
        [
            "app-db-statefulset/mongod",
            "app-db-statefulset/replset-agent",
            "app-db-membership-gate/membership-gate",
            "app-db-backup/backup",
        ]
    ), checked
