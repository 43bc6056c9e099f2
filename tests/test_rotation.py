"""Credential and keyfile rotation (components/rotation.py): the stages' rules, the rendered
credentials Secret, StatefulSet and gate per generation under mocks, and the program refusing a
step the live members cannot take. The agent's side runs in tests/test_agent_rotation.py."""

import base64
from dataclasses import replace
from typing import Any

import pytest
import yaml
from pulumi.runtime import rpc

from components import kept_credentials, rotation
from components.checks import ConfigError
from components.database import (
    PREVIOUS_PASSWORD_FILE,
    USER_PASSWORDS_DIR,
    DatabaseTier,
    DatabaseTierArgs,
    KeptCredentials,
)
from components.rotation import KeyfileStage
from components.settings import MONGO_IMAGE
from mocking import FakeCluster, RecordingMocks, random_result, resolve, run, run_program


def _args(**overrides: object) -> DatabaseTierArgs:
    return replace(DatabaseTierArgs(namespace="ns", image=MONGO_IMAGE, members=3), **overrides)  # type: ignore[arg-type]


def _generated(name: str, generation: int, length: int = 32) -> str:
    """What RandomPassword `name` yields under mocks for a generation (slot keepers)."""
    keepers = {"generation": str(generation)} if generation else None
    return random_result(name, keepers, length)


def _credentials(mocks: RecordingMocks) -> dict[str, str]:
    """The credentials Secret's data, which must reach the engine as a secret."""
    data = mocks.named("Secret", "db-credentials").inputs["stringData"]
    assert data.get(rpc._special_sig_key) == rpc._special_secret_sig, "stringData is secret"
    return dict(data["value"])


def _pod_template(mocks: RecordingMocks) -> dict[str, Any]:
    return mocks.named("StatefulSet", "db").inputs["spec"]["template"]


def _env(container: dict[str, Any]) -> dict[str, str]:
    return {e["name"]: e.get("value") for e in container.get("env", [])}


def _gate_env(mocks: RecordingMocks) -> dict[str, str]:
    (job,) = mocks.of_kind("Job")
    return _env(job.inputs["spec"]["template"]["spec"]["containers"][0])


# -- the rules


def test_keyfile_stages_move_one_roll_at_a_time() -> None:
    assert KeyfileStage.parse("0").next_stages() == [KeyfileStage(0), KeyfileStage(1, True)]
    adding = KeyfileStage.parse("1-add")
    assert adding.generations() == [0, 1], "the old key first: members not rolled yet use it"
    assert adding.next_stages() == [adding, KeyfileStage(1), KeyfileStage(0)]
    for bad in ("0-add", "add", "-1", "1-finish", ""):
        with pytest.raises(ValueError, match="is not a keyfile stage"):
            KeyfileStage.parse(bad)


def test_a_keyfile_of_two_keys_is_the_yaml_sequence_mongod_reads() -> None:
    keys = ["a" * 756, "0123456789" * 75]
    text = rotation.keyfile_text(keys)
    assert yaml.safe_load(text) == keys, "a sequence of strings, digits too"
    assert rotation.keyfile_keys(text) == keys
    assert rotation.keyfile_text(keys[:1]) == keys[0], "one key stays a plain keyfile"
    assert rotation.keyfile_keys(keys[0]) == keys[:1]


def test_rotation_steps_allowed_from_the_live_generation() -> None:
    assert rotation.rotation_problem(2, 2) is None and rotation.rotation_problem(2, 3) is None
    assert "allowed: 2 or 3" in str(rotation.rotation_problem(2, 4))
    assert "cannot go back" in str(rotation.rotation_problem(2, 1))


def test_a_keyfile_step_waits_for_the_previous_rollout() -> None:
    unfinished = rotation.Live(0, KeyfileStage(1, True), rolled_out=False)
    assert "has not finished" in str(rotation.keyfile_problem(unfinished, KeyfileStage(1)))
    assert rotation.keyfile_problem(unfinished, KeyfileStage(1, True)) is None, "re-run it"
    done = replace(unfinished, rolled_out=True)
    assert rotation.keyfile_problem(done, KeyfileStage(1)) is None
    assert "split the set" in str(rotation.keyfile_problem(done, KeyfileStage(2, True)))


# -- the rendered objects


def test_without_rotation_the_credentials_are_as_before(mocks: RecordingMocks) -> None:
    run(lambda: DatabaseTier("db", _args()))
    passwords = {r.name: r.inputs for r in mocks.resources if r.type.startswith("random:")}
    assert set(passwords) == {"db-root-password", "db-keyfile", "db-user-app"}
    assert all("keepers" not in inputs for inputs in passwords.values()), "nothing replaced"
    data = _credentials(mocks)
    assert set(data) == {"root-password", "keyfile", "user-app"}, data.keys()
    assert "annotations" not in _pod_template(mocks)["metadata"]
    assert "CREDENTIALS_ROTATION" not in _gate_env(mocks)


def test_a_rotation_keeps_the_previous_root_password_and_rolls_no_member(
    mocks: RecordingMocks,
) -> None:
    run(lambda: DatabaseTier("db", _args()))
    before = _pod_template(mocks)
    for n in (1, 2):
        mocks.resources.clear()
        tier = run(lambda: DatabaseTier("db", _args(credentials_rotation=n)))  # noqa: B023
        data = _credentials(mocks)
        slots = {n % 2: n, (n - 1) % 2: n - 1}
        names = {g: "db-root-password" + ("-1" if slot else "") for slot, g in slots.items()}
        assert data["root-password"] == _generated(names[n], n), f"rotation {n}"
        assert data["root-password-previous"] == _generated(names[n - 1], n - 1)
        app = data["user-app"]
        assert app == _generated("db-user-app", n), "the application user gets a new one"
        assert f":{app}@" in resolve(tier.connection_string)
        assert data["credentials-rotation"] == str(n)
        assert _pod_template(mocks) == before, "a password rotation restarts no member"
        statefulset = mocks.named("StatefulSet", "db").inputs["metadata"]["annotations"]
        assert statefulset[rotation.ROTATION_ANNOTATION] == str(n)
        assert _gate_env(mocks)["CREDENTIALS_ROTATION"] == str(n), "the gate runs again"
    agent = _pod_template(mocks)["spec"]["containers"][1]
    assert _env(agent)["PREVIOUS_PASSWORD_FILE"] == PREVIOUS_PASSWORD_FILE
    mounts = {m["mountPath"] for m in agent["volumeMounts"]}
    assert PREVIOUS_PASSWORD_FILE.rsplit("/", 1)[0] == USER_PASSWORDS_DIR in mounts
    assert all("secretKeyRef" not in str(e) for e in agent["env"]), "no password in the env"


def test_keyfile_stages_render_both_keys_then_the_new_one_and_roll(mocks: RecordingMocks) -> None:
    old, new = _generated("db-keyfile", 0, 756), _generated("db-keyfile-1", 1, 756)
    run(lambda: DatabaseTier("db", _args(keyfile_rotation="1-add")))
    keyfile = _credentials(mocks)["keyfile"]
    assert yaml.safe_load(keyfile) == [old, new], "old key first, new key beside it"
    template = _pod_template(mocks)
    assert template["metadata"]["annotations"] == {rotation.KEYFILE_ANNOTATION: "1-add"}
    mocks.resources.clear()
    run(lambda: DatabaseTier("db", _args(keyfile_rotation="1")))
    assert _credentials(mocks)["keyfile"] == new, "the new key alone"
    assert _pod_template(mocks)["metadata"]["annotations"] == {rotation.KEYFILE_ANNOTATION: "1"}


def test_kept_credentials_supply_the_generations_they_hold(mocks: RecordingMocks) -> None:
    kept = KeptCredentials(
        root_password="KeptRoot1",
        keyfile=rotation.keyfile_text(["OldKey", "NewKey"]),
        user_passwords={"app": "KeptApp1"},
        credentials_rotation=1,
        previous_root_password="KeptRoot0",
        keyfile_stage="1-add",
    )
    same = dict(credentials_rotation=1, keyfile_rotation="1", kept_credentials=kept)
    run(lambda: DatabaseTier("db", _args(**same)))
    data = _credentials(mocks)
    assert data["root-password"] == "KeptRoot1"
    assert data["root-password-previous"] == "KeptRoot0"
    assert data["user-app"] == "KeptApp1"
    assert data["keyfile"] == "NewKey", "finishing keeps the kept new key"
    mocks.resources.clear()
    run(lambda: DatabaseTier("db", _args(**{**same, "credentials_rotation": 2})))
    data = _credentials(mocks)
    assert data["root-password"] == _generated("db-root-password", 2)
    assert data["root-password-previous"] == "KeptRoot1", "what the users on disk have"
    assert data["user-app"] == _generated("db-user-app", 2)


# -- the program against the live members


def _live(rotation_n: int, stage: str, rolled_out: bool = True) -> FakeCluster:
    status = {"currentRevision": "a", "updateRevision": "a" if rolled_out else "b"}
    statefulset = {
        "metadata": {
            "annotations": {
                rotation.ROTATION_ANNOTATION: str(rotation_n),
                rotation.KEYFILE_ANNOTATION: stage,
            }
        },
        "spec": {"replicas": 1},
        "status": status,
    }
    return FakeCluster(
        objects={"/apis/apps/v1/namespaces/stateful-app-dev/statefulsets/db": statefulset}
    )


def test_the_program_refuses_two_rotations_at_once_before_registering_anything() -> None:
    cluster = _live(1, "0")
    with pytest.raises(ConfigError) as error:
        run_program(
            "dev", {"dbCredentialsRotation": "3", "dbKeyfileRotation": "1"}, cluster=cluster
        )
    message = str(error.value)
    assert "stateful-app:dbCredentialsRotation = 3" in message and "allowed: 1 or 2" in message
    assert "stateful-app:dbKeyfileRotation = '1'" in message and "0 or 1-add" in message
    assert not cluster.recorder or not cluster.recorder.resources, "nothing registered"
    program = run_program("dev", {"dbCredentialsRotation": "2", "dbKeyfileRotation": "1-add"},
                          cluster=_live(1, "0"))  # fmt: skip
    assert program.mocks.named("StatefulSet", "db")


def test_the_program_refuses_finishing_a_keyfile_stage_not_rolled_out() -> None:
    with pytest.raises(ConfigError, match="keyfile stage 1-add has not finished"):
        run_program("dev", {"dbKeyfileRotation": "1"}, cluster=_live(0, "1-add", rolled_out=False))


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def test_a_kept_secret_says_which_generations_it_holds() -> None:
    data = {
        "root-password": _b64("Root2"),
        "root-password-previous": _b64("Root1"),
        "keyfile": _b64(rotation.keyfile_text(["Key0", "Key1"])),
        "credentials-rotation": _b64("2"),
        "keyfile-rotation": _b64("1-add"),
        "user-app": _b64("App2"),
    }
    kept = kept_credentials.from_secret_data(data, "ns/db-credentials")
    assert kept.root_passwords() == {2: "Root2", 1: "Root1"}
    assert kept.keys() == {0: "Key0", 1: "Key1"} and kept.user_passwords == {"app": "App2"}
    with pytest.raises(RuntimeError, match="records no valid rotation"):
        kept_credentials.from_secret_data({**data, "keyfile-rotation": _b64("0-add")}, "ns/x")


def test_prod_over_a_kept_secret_refuses_skipping_a_generation() -> None:
    data = {
        "root-password": _b64("KeptRoot1"),
        "keyfile": _b64("k" * 756),
        "credentials-rotation": _b64("1"),
    }
    with pytest.raises(ConfigError, match=r"dbCredentialsRotation = 3: .* allowed: 1 or 2"):
        run_program(
            "prod",
            {"dbCredentialsRotation": "3"},
            cluster=FakeCluster(secrets={"db-credentials": data}),
        )
    program = run_program(
        "prod",
        {"dbCredentialsRotation": "2"},
        cluster=FakeCluster(secrets={"db-credentials": data}),
    )
    stored = program.mocks.named("Secret", "db-credentials").inputs["stringData"]["value"]
    assert stored["root-password-previous"] == "KeptRoot1", "the users on the kept volumes have it"
    assert stored["root-password"] not in ("KeptRoot1", ""), "a new generation"
