"""Rotation of the database credentials without an outage (docs/database-operations.md).

Passwords (dbCredentialsRotation: n). MongoDB keeps one password per user, and every member's
agent authenticates as root, so the new password cannot simply replace the old one in the
Secret: the users on disk still have the old one until someone with it sets the new one. Each
rotation is a generation; the credentials Secret holds root's password of generation n
(`root-password`) and of n-1 (`root-password-previous`). An agent authenticates with the current
one, else the previous one; the primary's agent, holding the previous one, sets root to the
current one (updateUser), and application users are re-keyed by root as before. The previous
value survives in Pulumi's state because each generation lives in one of two RandomPassword
"slots" (generation g in slot g % 2, its `keepers` naming g): bumping n replaces only the slot of
the new generation.

Keyfile (dbKeyfileRotation: stage). mongod (4.2+) reads a keyfile holding a YAML sequence of keys
and accepts a peer when at least one key is common (MongoDB manual, "Rotate Keys for Self-Managed
Replica Sets"), so a key is replaced in two rolls: stage `g-add` (keys of g-1 and g), then stage
`g` (the key of g alone). Keys use the same slots as passwords.

Both counters only move one step at a time from what the live members run (annotations on the
StatefulSet, written once its update passed); anything else is refused before any resource.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pulumi
import pulumi_random as random

from .checks import PROJECT, ConfigError, integer, parsed
from .volumes import ClusterView, statefulset_path

ROTATION_ANNOTATION = "stateful-app/credentials-rotation"
KEYFILE_ANNOTATION = "stateful-app/keyfile-rotation"
# Keys of the credentials Secret beside root-password and keyfile. The generations are recorded
# there too, so a kept Secret (retainData, after a destroy) says which passwords it holds.
PREVIOUS_PASSWORD_KEY = "root-password-previous"
ROTATION_KEY = "credentials-rotation"
KEYFILE_STAGE_KEY = "keyfile-rotation"

CREDENTIALS_ROTATION = integer(0, 1_000_000)
_STAGE = re.compile(r"^([0-9]{1,7})(-add)?$")
STAGE_SYNTAX = "a key generation n (0, 1, ...) or n-add (the keys of n-1 and n; n at least 1)"


@dataclass(frozen=True)
class KeyfileStage:
    """What the keyfile holds: generation g's key, or while adding, g-1's and g's."""

    generation: int
    adding: bool = False

    @staticmethod
    def parse(text: str) -> KeyfileStage:
        match = _STAGE.match(str(text).strip())
        if not match or (match.group(2) and int(match.group(1)) == 0):
            raise ValueError(f"{text!r} is not a keyfile stage")
        return KeyfileStage(int(match.group(1)), bool(match.group(2)))

    def __str__(self) -> str:
        return f"{self.generation}{'-add' if self.adding else ''}"

    def generations(self) -> list[int]:
        """The keys' generations in keyfile order: the older first, so members not rolled yet
        (holding it alone) accept the rolled ones, which authenticate with the first key."""
        return [self.generation - 1, self.generation] if self.adding else [self.generation]

    def next_stages(self) -> list[KeyfileStage]:
        """Where one `up` may go from here: stay; from g add g+1; from g-add finish (g) or go
        back to g-1 (every member still holds g-1's key)."""
        g = self.generation
        if self.adding:
            return [self, KeyfileStage(g), KeyfileStage(g - 1)]
        return [self, KeyfileStage(g + 1, adding=True)]


KEYFILE_STAGE = parsed(KeyfileStage.parse, STAGE_SYNTAX)


def keyfile_text(keys: Sequence[str]) -> str:
    """mongod's keyfile: one key as it is, several as a YAML sequence of quoted strings (a key of
    digits alone would otherwise read as a number)."""
    if len(keys) == 1:
        return keys[0]
    return "".join(f'- "{key}"\n' for key in keys)


def keyfile_keys(text: str) -> list[str]:
    """The keys of a keyfile written by keyfile_text."""
    lines = [line.strip() for line in text.strip().splitlines()]
    if not lines or not lines[0].startswith("- "):
        return [text.strip()]
    return [line[2:].strip().strip("\"'") for line in lines if line.startswith("- ")]


def slot_generations(highest: int) -> dict[int, int]:
    """Slot -> the generation it holds: the highest generation and the one before it."""
    slots = {highest % 2: highest}
    if highest > 0:
        slots[(highest - 1) % 2] = highest - 1
    return slots


def generated(
    name: str, highest: int, length: int, opts: pulumi.ResourceOptions
) -> dict[int, pulumi.Output[str]]:
    """Generation -> a pulumi-random value for the generations `highest` and `highest - 1`.
    Slot 0 keeps the name it had before rotations existed, and generation 0 no keepers, so a
    stack that never rotated keeps its values."""
    values = {}
    for slot, generation in slot_generations(highest).items():
        keepers = {"generation": str(generation)} if generation else None
        values[generation] = random.RandomPassword(
            name if slot == 0 else f"{name}-1", length=length, special=False, keepers=keepers,
            opts=opts,
        ).result  # fmt: skip
    return values


@dataclass(frozen=True)
class Live:
    """What the live StatefulSet records: the password generation and keyfile stage in force,
    and whether its last rollout finished."""

    rotation: int
    keyfile: KeyfileStage
    rolled_out: bool

    @staticmethod
    def of(statefulset: Mapping[str, Any]) -> Live:
        annotations = (statefulset.get("metadata") or {}).get("annotations") or {}
        status = statefulset.get("status") or {}
        replicas = (statefulset.get("spec") or {}).get("replicas", 0)
        rolled_out = status.get("updateRevision") == status.get("currentRevision") and (
            status.get("updatedReplicas", replicas) >= replicas
        )
        try:
            stage = KeyfileStage.parse(annotations.get(KEYFILE_ANNOTATION, "0"))
            rotation = int(annotations.get(ROTATION_ANNOTATION, "0"))
        except ValueError:
            stage, rotation = KeyfileStage(0), 0
        return Live(rotation, stage, rolled_out)


def rotation_problem(live: int, wanted: int) -> str | None:
    if wanted in (live, live + 1):
        return None
    why = "cannot go back (the password it names is gone)" if wanted < live else (
        "moves one generation per `up`, each finished before the next (the users on disk have "
        f"generation {live}'s password, which the Secret must still hold as the previous one)"
    )  # fmt: skip
    return f"the members are at rotation {live}: a rotation {why}; allowed: {live} or {live + 1}"


def keyfile_problem(live: Live, wanted: KeyfileStage) -> str | None:
    allowed = live.keyfile.next_stages()
    if wanted not in allowed:
        return (
            f"the members run keyfile stage {live.keyfile}: from there one `up` may go to "
            f"{' or '.join(map(str, allowed))} (members sharing no key would split the set)"
        )
    if wanted != live.keyfile and not live.rolled_out:
        return (
            f"the members' rollout of keyfile stage {live.keyfile} has not finished: run `up` "
            f"with {live.keyfile} again until every member runs it"
        )
    return None


def check_rotation(
    view: ClusterView,
    namespace: str,
    statefulset: str,
    rotation: int,
    keyfile: str,
    kept_rotation: int | None,
    keys: tuple[str, str] = ("dbCredentialsRotation", "dbKeyfileRotation"),
) -> None:
    """Refuses, before anything is registered, a rotation step the live members (the StatefulSet,
    else a kept credentials Secret's recorded generation) cannot take. A first deploy takes any."""
    live_object = view.get(statefulset_path(namespace, statefulset))
    problems = []
    if live_object is not None:
        live = Live.of(live_object)
        if why := rotation_problem(live.rotation, rotation):
            problems.append(f"{PROJECT}:{keys[0]} = {rotation}: {why}")
        if why := keyfile_problem(live, KeyfileStage.parse(keyfile)):
            problems.append(f"{PROJECT}:{keys[1]} = {keyfile!r}: {why}")
    elif kept_rotation is not None and (why := rotation_problem(kept_rotation, rotation)):
        problems.append(f"{PROJECT}:{keys[0]} = {rotation}: {why} (the kept credentials Secret)")
    if problems:
        raise ConfigError("invalid stack configuration:\n  " + "\n  ".join(problems))
