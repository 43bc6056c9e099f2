"""MongoDB release series, feature compatibility versions (FCV) and the upgrade path.

What MongoDB enforces (mongod's startup check of the FCV document in admin.system.version; the
release notes' upgrade procedures), and what this module turns into refusals before anything
changes:
- A binary starts only on data whose FCV lies from the previous long-term release to its own
  series (8.0 accepts 7.0 to 8.0, 8.2 accepts 8.0 to 8.2, 6.0 accepts 5.0 to 6.0); otherwise it
  exits with "UPGRADE PROBLEM: Found an invalid featureCompatibilityVersion document" (code 62)
  and crash-loops. So a jump of two releases (6.0 -> 8.0) and a downgrade below the FCV
  (8.0 -> 7.0 with FCV 8.0) never start.
- An upgraded set keeps its old FCV until setFeatureCompatibilityVersion raises it (with
  `confirm: true` from 7.0); the next upgrade then needs it raised. The agents do that once every
  member runs the new binary (components/replset_agent.js), unless the stack holds the FCV
  (dbFeatureCompatibilityVersion, e.g. to keep a downgrade possible while a new release settles,
  as the MongoDB operator's featureCompatibilityVersion field does).

The running version is read from the live StatefulSet (an annotation this tier writes, else its
mongod image's tag); the FCV the agents were given is another annotation. The membership gate
also checks the FCV the primary actually reports before any member is replaced.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .checks import PROJECT, ConfigError
from .volumes import ClusterView, statefulset_path

if TYPE_CHECKING:  # database.py imports this module
    from .database import DatabaseTierArgs

VERSION_ANNOTATION = "stateful-app/mongodb-version"
FCV_ANNOTATION = "stateful-app/feature-compatibility-version"
# The images ship mongosh from 6.0 on (5.0 has only the legacy shell), and every probe, the agent
# and the gate run under mongosh.
OLDEST = "6.0"
SERIES_SYNTAX = "a MongoDB release series major.minor such as 8.0"

_SERIES = re.compile(r"^([0-9]+)\.([0-9]+)$")
# The tag of a MongoDB image: 8.0.4, 8.0.4-noble, 7.0 (a series tag), windowsservercore-... not.
_TAG_VERSION = re.compile(r"^([0-9]+)\.([0-9]+)(?:\.[0-9]+)?(?:-[A-Za-z0-9.]+)?$")


@dataclass(frozen=True, order=True)
class Series:
    """A release series (major.minor): what FCVs and the upgrade rules speak of."""

    major: int
    minor: int

    @staticmethod
    def parse(text: str) -> Series:
        match = _SERIES.match(str(text).strip())
        if not match:
            raise ValueError(f"{text!r} is not {SERIES_SYNTAX}")
        return Series(int(match.group(1)), int(match.group(2)))

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}"

    @property
    def lowest_fcv(self) -> Series:
        """The oldest FCV this binary starts on: the previous long-term release (x.0; 4.4 for
        5.0), or the same major's x.0 for a minor release such as 8.2."""
        if self.minor:
            return Series(self.major, 0)
        return Series(4, 4) if self.major == 5 else Series(self.major - 1, 0)

    def accepts(self, fcv: Series) -> bool:
        """Whether this binary starts on data at `fcv`."""
        return self.lowest_fcv <= fcv <= self


def image_series(image: str) -> Series | None:
    """The series an image's tag names (mongo:8.0.4, repo/mongo:7.0.14-jammy@sha256:...), or None
    (a digest alone, or a tag such as 8 that names no series)."""
    name = image.split("@", 1)[0]
    last = name.rsplit("/", 1)[-1]
    if ":" not in last:
        return None
    match = _TAG_VERSION.match(last.rsplit(":", 1)[1])
    return Series(int(match.group(1)), int(match.group(2))) if match else None


def series_problem(text: Any) -> str | None:
    """Why text is not a supported series, or None."""
    try:
        series = Series.parse(str(text))
    except ValueError:
        return f"must be {SERIES_SYNTAX}"
    if series < Series.parse(OLDEST):
        return f"must be {OLDEST} or newer (older images ship no mongosh, which the tier runs)"
    return None


def upgrade_path(running: Series, target: Series) -> list[Series]:
    """The series to deploy in turn from `running` to `target` (both included)."""
    path = [target]
    while path[-1].lowest_fcv > running:
        path.append(path[-1].lowest_fcv)
    return [running, *reversed(path)] if path[-1] != running else list(reversed(path))


@dataclass(frozen=True)
class Live:
    """What the live members' StatefulSet says: the series they run and the FCV the agents
    were given (None: not recorded, e.g. a StatefulSet from before these annotations)."""

    series: Series | None
    fcv: Series | None

    @staticmethod
    def of(statefulset: Mapping[str, Any]) -> Live:
        annotations = (statefulset.get("metadata") or {}).get("annotations") or {}

        def parsed(text: str | None) -> Series | None:
            try:
                return Series.parse(text) if text else None
            except ValueError:
                return None

        series = parsed(annotations.get(VERSION_ANNOTATION))
        if series is None:
            spec = (statefulset.get("spec") or {}).get("template", {}).get("spec") or {}
            images = [c.get("image", "") for c in spec.get("containers") or []]
            found = [s for s in map(image_series, images) if s]
            series = found[0] if found else None
        return Live(series, parsed(annotations.get(FCV_ANNOTATION)))


def upgrade_problem(live: Live, new: Series) -> str | None:
    """Why deploying binary `new` over `live` members is refused (the
    first deploy, or an unknown running series, is never refused here: the gate checks the
    FCV the primary reports), or None."""
    running = live.series
    if running is None:
        return None
    if new > running and not new.accepts(running):
        steps = " -> ".join(map(str, upgrade_path(running, new)))
        return (
            f"is MongoDB {new}, the members run {running}: MongoDB {new} starts only on data "
            f"of {new.lowest_fcv} to {new}, so upgrade one release at a time ({steps}), each "
            f"`up` finished and the feature compatibility version raised (the agents raise it "
            f"once every member runs the new release) before the next"
        )
    recorded = live.fcv
    if recorded is not None and not new.accepts(recorded):
        if new < running:
            return (
                f"is MongoDB {new}, below the members' feature compatibility version "
                f"{recorded}: first set dbFeatureCompatibilityVersion to {new} with the current "
                f"image and run `up` (the agents lower it), then change the image"
            )
        return (
            f"is MongoDB {new}, which starts only on data of {new.lowest_fcv} to {new}; the "
            f"members' feature compatibility version is {recorded}: raise it first "
            f"(dbFeatureCompatibilityVersion unset lets the agents raise it)"
        )
    return None


def check_upgrade(
    view: ClusterView, namespace: str, statefulset: str, args: DatabaseTierArgs, key: str
) -> None:
    """Refuses, before anything is registered, an image the live members cannot move to (the
    program calls it with the tier's args; `key` names the setting in the message). A missing
    StatefulSet (first deploy, or after a destroy that kept the claims: the gate then checks the
    FCV the data holds once members run) is never refused here."""
    live = view.get(statefulset_path(namespace, statefulset))
    if live and (why := upgrade_problem(Live.of(live), args.series())):
        raise ConfigError(
            f"invalid stack configuration:\n  {PROJECT}:{key} = {args.image!r}: {why}"
        )
