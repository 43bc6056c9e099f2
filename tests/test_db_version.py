"""Release series, the FCVs a binary starts on, and the refusals before an image change
(components/db_version.py); the program-level check runs __main__.py against a live StatefulSet."""

from __future__ import annotations

from typing import Any

import pytest

from components.checks import ConfigError
from components.db_version import (
    FCV_ANNOTATION,
    VERSION_ANNOTATION,
    Live,
    Series,
    image_series,
    upgrade_path,
    upgrade_problem,
)
from components.volumes import statefulset_path
from mocking import FakeCluster, run_program

S = Series.parse


@pytest.mark.parametrize(
    ("image", "series"),
    [
        ("mongo:7.0.14", "7.0"),
        ("mongo:8.0.4-noble", "8.0"),
        ("registry.local:5000/team/mongo:6.0.19@sha256:" + "a" * 64, "6.0"),
        ("mongo:8.2", "8.2"),
        ("mongo:8", None),
        ("mongo@sha256:" + "a" * 64, None),
        ("registry.local:5000/mongo", None),
    ],
)
def test_the_series_an_image_tag_names(image: str, series: str | None) -> None:
    assert image_series(image) == (S(series) if series else None)


@pytest.mark.parametrize(
    ("binary", "lowest"), [("8.0", "7.0"), ("8.2", "8.0"), ("6.0", "5.0"), ("5.0", "4.4")]
)
def test_a_binary_starts_from_the_previous_long_term_release(binary: str, lowest: str) -> None:
    assert S(binary).lowest_fcv == S(lowest)
    assert S(binary).accepts(S(lowest)) and S(binary).accepts(S(binary))
    assert not S(binary).accepts(Series(S(lowest).major - 1, 0))


def test_the_upgrade_path_names_every_release_in_between() -> None:
    assert upgrade_path(S("6.0"), S("8.0")) == [S("6.0"), S("7.0"), S("8.0")]
    assert upgrade_path(S("7.0"), S("8.2")) == [S("7.0"), S("8.0"), S("8.2")]
    assert upgrade_path(S("7.0"), S("8.0")) == [S("7.0"), S("8.0")]


@pytest.mark.parametrize(
    ("running", "fcv", "new", "says"),
    [
        ("6.0", "6.0", "8.0", "one release at a time (6.0 -> 7.0 -> 8.0)"),
        ("8.0", "8.0", "7.0", "first set dbFeatureCompatibilityVersion to 7.0"),
        ("8.0", "7.0", "8.2", "raise it first"),
    ],
)
def test_refused_moves(running: str, fcv: str, new: str, says: str) -> None:
    why = upgrade_problem(Live(S(running), S(fcv)), S(new))
    assert why and says in why, why


@pytest.mark.parametrize(
    ("running", "fcv", "new"),
    [
        ("7.0", "7.0", "8.0"),  # one release up
        ("8.0", "7.0", "7.0"),  # a downgrade once the FCV was lowered
        ("7.0", "7.0", "7.0"),  # a patch release
        ("7.0", None, "8.0"),  # no FCV recorded: the gate checks the real one
    ],
)
def test_allowed_moves(running: str, fcv: str | None, new: str) -> None:
    assert upgrade_problem(Live(S(running), S(fcv) if fcv else None), S(new)) is None


def _members(image: str, annotations: dict[str, str] | None = None) -> dict[str, Any]:
    return {
        "metadata": {"name": "db", "uid": "u1", "annotations": annotations or {}},
        "spec": {"template": {"spec": {"containers": [{"name": "mongod", "image": image}]}}},
    }


def test_live_series_from_the_annotation_else_the_image() -> None:
    annotated = _members(
        "mongo@sha256:" + "b" * 64, {VERSION_ANNOTATION: "7.0", FCV_ANNOTATION: "6.0"}
    )
    assert Live.of(annotated) == Live(S("7.0"), S("6.0"))
    assert Live.of(_members("mongo:6.0.19")) == Live(S("6.0"), None)


def test_the_program_refuses_two_releases_up_before_registering_anything() -> None:
    path = statefulset_path("stateful-app-dev", "db")
    cluster = FakeCluster({path: _members("mongo:6.0.19", {FCV_ANNOTATION: "6.0"})})
    with pytest.raises(ConfigError) as error:
        run_program("dev", {"dbImage": "mongo:8.0.4"}, cluster=cluster)
    message = str(error.value)
    assert "stateful-app:dbImage = 'mongo:8.0.4'" in message and "6.0 -> 7.0 -> 8.0" in message
    assert not cluster.recorder or not cluster.recorder.resources, "nothing registered"


def test_the_program_deploys_one_release_up() -> None:
    path = statefulset_path("stateful-app-dev", "db")
    cluster = FakeCluster({path: _members("mongo:7.0.14", {FCV_ANNOTATION: "7.0"})})
    program = run_program("dev", {"dbImage": "mongo:8.0.4"}, cluster=cluster)
    members = program.mocks.named("ConfigMap", "db-members").inputs["data"]
    assert members["feature-compatibility-version"] == "8.0\n", "raised once every member runs 8.0"
