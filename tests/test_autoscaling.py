"""Web autoscaling: the text form of `webAutoscaling`, its checks, and the HPA it makes."""

import pytest

from components.autoscaling import Autoscaling, parse_autoscaling
from components.settings import ConfigError
from components.web import WebTier, WebTierArgs
from mocking import RecordingMocks, run, run_program

IMAGE = "nginxinc/nginx-unprivileged:1.27.3-alpine"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("min=2,max=10,cpu=70", Autoscaling(2, 10, 70)),
        (" min=1 , max=1, cpu=100, scaleDown=15 ", Autoscaling(1, 1, 100, 15)),
        ("cpu=1,max=3,min=3", Autoscaling(3, 3, 1)),
    ],
)
def test_text_form(text: str, expected: Autoscaling) -> None:
    parsed = parse_autoscaling(text)
    assert parsed == expected
    assert parse_autoscaling(parsed.text()) == parsed, "round-trips"


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("min=5,max=2,cpu=50", "min 5 is above max 2"),
        ("min=1,max=3,cpu=0", "cpu 0 is outside 1-100"),
        ("min=1,max=3,cpu=101", "cpu 101 is outside 1-100"),
        ("min=0,max=3,cpu=50", "min and max must be from 1 to 1000 pods"),
        ("min=1,max=3", "cpu missing"),
        ("min=1,max=3,cpu=50%", "'cpu=50%': cpu must be an integer"),
        (
            "min=1,max=3,cpu=50,memory=80",
            "'memory=80': expected min=..., max=..., cpu=..., scaleDown=...",
        ),
        ("min=1,max=3,cpu=50,scaleDown=4000", "scaleDown 4000 is outside 0-3600 seconds"),
    ],
)
def test_bad_values_are_named(text: str, why: str) -> None:
    with pytest.raises(ValueError) as error:
        parse_autoscaling(text)
    assert why in str(error.value)


def test_the_program_makes_an_hpa_and_leaves_replicas_to_it() -> None:
    program = run_program("dev", {"webAutoscaling": "min=2,max=6,cpu=70,scaleDown=60"})
    deployment = program.mocks.named("Deployment", "web").inputs["spec"]
    assert "replicas" not in deployment, "up would fight the HPA over the replica count"
    hpa = program.mocks.named("HorizontalPodAutoscaler", "web").inputs
    assert hpa["apiVersion"] == "autoscaling/v2"
    spec = hpa["spec"]
    assert spec["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": "web"}
    assert (spec["minReplicas"], spec["maxReplicas"]) == (2, 6)
    target = spec["metrics"][0]["resource"]
    assert target == {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": 70}}
    assert spec["behavior"]["scaleDown"]["stabilizationWindowSeconds"] == 60


def test_without_autoscaling_the_replica_count_is_fixed() -> None:
    program = run_program("dev", {"webReplicas": "3"})
    assert program.mocks.named("Deployment", "web").inputs["spec"]["replicas"] == 3
    assert program.mocks.of_kind("HorizontalPodAutoscaler") == []


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("min=5,max=2,cpu=50", "min 5 is above max 2"),
        ("min=1,max=3,cpu=101", "cpu 101 is outside 1-100"),
        ("max=3", "min, cpu missing"),
    ],
)
def test_bad_autoscaling_config_names_the_key(value: str, why: str) -> None:
    with pytest.raises(ConfigError) as error:
        run_program("dev", {"webAutoscaling": value})
    message = str(error.value)
    assert f"stateful-app:webAutoscaling = {value!r}: {why}" in message, message
    assert "must be min=<pods>,max=<pods>,cpu=<percent 1-100>" in message, message


def test_the_component_takes_the_typed_form(mocks: RecordingMocks) -> None:
    args = WebTierArgs(namespace="ns", image=IMAGE, autoscaling=Autoscaling(1, 4, 80))
    run(lambda: WebTier("web", args))
    assert mocks.named("HorizontalPodAutoscaler", "web").inputs["spec"]["maxReplicas"] == 4
    with pytest.raises(ValueError, match=r"autoscaling=.*min 4 is above max 1"):
        bad = WebTierArgs(namespace="ns", image=IMAGE, autoscaling=Autoscaling(4, 1, 80))
        run(lambda: WebTier("web2", bad))
