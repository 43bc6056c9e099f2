"""Backup CronJobs, claims and restore templates (components/backup.py) under mocks: what prod's
schedules register, and nothing without a schedule."""

from typing import Any

from restore import restore_job

from components.backup import SCRIPTS
from mocking import Registered, run_program

PROD = {"dbBackupSchedule": "0 3 * * *", "assetBackupSchedule": "30 3 * * *"}


def pod(cron_job: Registered) -> dict[str, Any]:
    spec: dict[str, Any] = cron_job.inputs["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    return spec


def env(container: dict[str, Any]) -> dict[str, str]:
    return {e["name"]: e.get("value", "") for e in container.get("env", [])}


def volumes(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {v["name"]: v for v in spec["volumes"]}


def mounts(container: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {m["name"]: m for m in container["volumeMounts"]}


def test_no_schedule_no_backups() -> None:
    m = run_program("dev").mocks
    assert not m.of_kind("CronJob")
    assert not [c for c in m.of_kind("PersistentVolumeClaim") if "backups" in c.k8s_name]
    agent = pod_containers(m.named("StatefulSet", "db"))["replset-agent"]
    assert "BACKUP_PASSWORD_FILE" not in env(agent)


def pod_containers(sts: Registered) -> dict[str, dict[str, Any]]:
    return {c["name"]: c for c in sts.inputs["spec"]["template"]["spec"]["containers"]}


def test_prod_dumps_nightly_as_the_backup_user_and_fails_loudly() -> None:
    program = run_program("prod")
    m = program.mocks
    cron = m.named("CronJob", "db-backup")
    spec = cron.inputs["spec"]
    assert spec["schedule"] == PROD["dbBackupSchedule"] and not spec.get("suspend")
    assert spec["concurrencyPolicy"] == "Forbid"
    assert spec["failedJobsHistoryLimit"] >= 1, "a failed Job stays listed"
    assert spec["jobTemplate"]["spec"]["backoffLimit"] == 0, "no retry hides a failure"
    (container,) = pod(cron)["containers"]
    mongod = pod_containers(m.named("StatefulSet", "db"))["mongod"]
    assert container["image"] == mongod["image"], "the stack's own MongoDB image"
    assert container["command"] == ["sh", "/backup-scripts/backup_db.sh"]
    values = env(container)
    assert values["BACKUP_USER"] == "backup" and values["RETAIN"] == "7"
    assert values["HOSTS"].split(",") == program.outputs["db_hosts"]
    vols = volumes(pod(cron))
    assert vols["credentials"]["secret"]["secretName"] == "db-backup-credentials"
    assert vols["backups"]["persistentVolumeClaim"]["claimName"] == "db-backups"
    assert not mounts(container)["backups"].get("readOnly")
    scripts = next(c for c in m.of_kind("ConfigMap") if c.name == "app-db-backup-scripts")
    assert set(scripts.inputs["data"]) == {p.name for p in SCRIPTS.iterdir()} | {"mongosh.conf"}


def test_the_agents_get_the_backup_password_and_the_policies_let_backups_in() -> None:
    m = run_program("prod").mocks
    sts = m.named("StatefulSet", "db")
    agent = pod_containers(sts)["replset-agent"]
    assert env(agent)["BACKUP_PASSWORD_FILE"] == "/etc/backup-credentials/backup-password"
    assert mounts(agent)["backup-credentials"]["readOnly"] is True
    data = m.named("Secret", "db-backup-credentials").inputs["stringData"]
    assert "4dabf18193072939515e22adb298388d" in data, "the whole data is a secret"
    assert len(data["value"]["backup-password"]) == 32, "a RandomPassword of 32"
    template = m.named("CronJob", "db-backup").inputs["spec"]["jobTemplate"]["spec"]["template"]
    labels = template["metadata"]["labels"]
    egress = m.named("NetworkPolicy", "allow-db-backup").inputs["spec"]
    assert egress["podSelector"]["matchLabels"].items() <= labels.items()
    ingress = m.named("NetworkPolicy", "allow-db-from-backup").inputs["spec"]
    assert ingress["ingress"][0]["from"][0]["podSelector"]["matchLabels"].items() <= labels.items()
    db_labels = sts.inputs["spec"]["template"]["metadata"]["labels"]
    assert ingress["podSelector"]["matchLabels"].items() <= db_labels.items()


def test_restores_are_suspended_templates_that_need_a_confirmation() -> None:
    m = run_program("prod").mocks
    db = m.named("CronJob", "db-restore")
    assert db.inputs["spec"]["suspend"] is True
    (container,) = pod(db)["containers"]
    assert env(container) | {"ARCHIVE": "", "CONFIRM": ""} == env(container)
    assert volumes(pod(db))["credentials"]["secret"]["secretName"] == "db-credentials"
    assert mounts(container)["backups"]["readOnly"] is True
    files = m.named("CronJob", "assets-restore")
    (container,) = pod(files)["containers"]
    assert not mounts(container)["assets"].get("readOnly"), "a restore writes the asset volume"
    copy = pod(m.named("CronJob", "assets-backup"))
    assert volumes(copy)["assets"]["persistentVolumeClaim"] == {
        "claimName": "assets-data",
        "readOnly": True,
    }


def test_backup_claims_are_kept_with_the_data() -> None:
    prod, dev = run_program("prod").mocks, run_program("dev", PROD).mocks
    for claim in ("app-db-backups", "app-assets-backups", "app-db-backup-credentials"):
        assert claim in prod.retained_on_delete
        assert claim not in dev.retained_on_delete, "dev data (and backups) are disposable"


def test_make_restore_builds_its_job_from_the_suspended_template() -> None:
    """scripts/restore.py's Job, from the restore CronJob prod registers."""
    template = run_program("prod").mocks.named("CronJob", "assets-restore").manifest()
    template["metadata"]["uid"] = "0b6f-uid"  # what `kubectl get` returns and the mocks do not
    job = restore_job(template, "assets", "assets-20261203T033000Z", "assets-20261203T033000Z", "1")
    assert job["metadata"]["name"] == "assets-restore-1" and job["kind"] == "Job"
    (owner,) = job["metadata"]["ownerReferences"]
    assert (owner["kind"], owner["name"], owner["uid"]) == ("CronJob", "assets-restore", "0b6f-uid")
    assert owner["blockOwnerDeletion"], "a destroy takes the finished Job (and its pod) first"
    (container,) = job["spec"]["template"]["spec"]["containers"]
    values = env(container)
    assert values["BACKUP"] == values["CONFIRM"] == "assets-20261203T033000Z"
    assert [e["name"] for e in container["env"]].count("CONFIRM") == 1
    original = pod(run_program("prod").mocks.named("CronJob", "assets-restore"))["containers"][0]
    assert env(original)["CONFIRM"] == "", "the template itself never restores"
