"""Horizontal autoscaling of a Deployment (autoscaling/v2 HorizontalPodAutoscaler on CPU).

Text form (the `webAutoscaling` key): ``min=<pods>,max=<pods>,cpu=<percent>[,scaleDown=<seconds>]``,
e.g. ``min=2,max=10,cpu=70``. ``cpu`` is the average CPU use the HPA aims at, in percent of the
pods' CPU request; ``scaleDown`` is how long the HPA waits on lower recommendations before it
removes pods (Kubernetes' default 300 s; a test stack may shorten it).

With an HPA, the Deployment leaves `replicas` out: the HPA owns it, so a later `up` neither
resets it nor shows a change (see docs/autoscaling.md).
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pulumi
import pulumi_kubernetes as k8s

from . import builders
from .checks import Rule
from .inputs import package_inputs

SYNTAX = (
    "min=<pods>,max=<pods>,cpu=<percent 1-100>[,scaleDown=<seconds>] (e.g. min=2,max=10,cpu=70)"
)
MAX_PODS = 1000
MAX_WINDOW_S = 3600  # the API server's limit for a stabilization window
_ITEMS = {
    "min": "min_replicas",
    "max": "max_replicas",
    "cpu": "cpu_percent",
    "scaleDown": "scale_down_s",
}
_OPTIONAL = ("scaleDown",)


@package_inputs()
@dataclass(frozen=True)
class Autoscaling:
    """Bounds and CPU target of a HorizontalPodAutoscaler."""

    min_replicas: int
    """Fewest pods the autoscaler keeps."""
    max_replicas: int
    """Most pods the autoscaler makes."""
    cpu_percent: int
    """Average CPU use aimed at, in percent of the pods' CPU request (1-100)."""
    scale_down_s: int = 300
    """Seconds of lower recommendations before pods are removed (the stabilization window)."""

    def problem(self) -> str | None:
        """Why these values are not allowed, or None."""
        for item, name in _ITEMS.items():
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int):
                return f"{item} {value!r} is not an integer"
        if not 1 <= self.min_replicas <= MAX_PODS or not 1 <= self.max_replicas <= MAX_PODS:
            return f"min and max must be from 1 to {MAX_PODS} pods"
        if self.min_replicas > self.max_replicas:
            return f"min {self.min_replicas} is above max {self.max_replicas}"
        if not 1 <= self.cpu_percent <= 100:
            return f"cpu {self.cpu_percent} is outside 1-100 (percent of the CPU request)"
        if not 0 <= self.scale_down_s <= MAX_WINDOW_S:
            return f"scaleDown {self.scale_down_s} is outside 0-{MAX_WINDOW_S} seconds"
        return None

    def text(self) -> str:
        """The stack-config form of these values."""
        return ",".join(f"{item}={getattr(self, name)}" for item, name in _ITEMS.items())


def parse_autoscaling(text: str) -> Autoscaling:
    """Autoscaling from the text form; ValueError names the bad item."""
    values: dict[str, int] = {}
    for item in (part.strip() for part in text.split(",")):
        if not item:
            continue
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or name not in _ITEMS:
            raise ValueError(f"{item!r}: expected {', '.join(f'{n}=...' for n in _ITEMS)}")
        try:
            values[_ITEMS[name]] = int(value.strip())
        except ValueError:
            raise ValueError(f"{item!r}: {name} must be an integer") from None
    if missing := [i for i, name in _ITEMS.items() if i not in _OPTIONAL and name not in values]:
        raise ValueError(f"{', '.join(missing)} missing")
    autoscaling = Autoscaling(**values)
    if problem := autoscaling.problem():
        raise ValueError(problem)
    return autoscaling


def coerce_autoscaling(value: Autoscaling | Mapping[str, Any] | str) -> Autoscaling:
    """Autoscaling from a Python caller, the component package's plain dict or the stack
    config's text form; ValueError says what is wrong."""
    if isinstance(value, str):
        return parse_autoscaling(value)
    autoscaling = value if isinstance(value, Autoscaling) else Autoscaling(**value)
    if problem := autoscaling.problem():
        raise ValueError(problem)
    return autoscaling


def _check(value: Any) -> str | None:
    try:
        coerce_autoscaling(value)
    except (TypeError, ValueError) as error:
        return f"{error}; must be {SYNTAX}"
    return None


AUTOSCALING = Rule(SYNTAX, _check)
"""The rule of an autoscaling field (None, the default, means a fixed replica count)."""


def horizontal_autoscaler(
    name: str,
    parent: pulumi.Resource,
    namespace: pulumi.Input[str],
    deployment: k8s.apps.v1.Deployment,
    object_name: str,
    labels: dict[str, str],
    autoscaling: Autoscaling,
) -> k8s.autoscaling.v2.HorizontalPodAutoscaler:
    """The HPA `object_name` scaling `deployment` (named so too) between the bounds on average
    CPU use."""
    return k8s.autoscaling.v2.HorizontalPodAutoscaler(
        name,
        metadata=builders.metadata(object_name, namespace, labels),
        spec=k8s.autoscaling.v2.HorizontalPodAutoscalerSpecArgs(
            scale_target_ref=k8s.autoscaling.v2.CrossVersionObjectReferenceArgs(
                api_version="apps/v1", kind="Deployment", name=deployment.metadata.name
            ),
            min_replicas=autoscaling.min_replicas,
            max_replicas=autoscaling.max_replicas,
            metrics=[
                k8s.autoscaling.v2.MetricSpecArgs(
                    type="Resource",
                    resource=k8s.autoscaling.v2.ResourceMetricSourceArgs(
                        name="cpu",
                        target=k8s.autoscaling.v2.MetricTargetArgs(
                            type="Utilization", average_utilization=autoscaling.cpu_percent
                        ),
                    ),
                )
            ],
            behavior=k8s.autoscaling.v2.HorizontalPodAutoscalerBehaviorArgs(
                scale_down=k8s.autoscaling.v2.HPAScalingRulesArgs(
                    stabilization_window_seconds=autoscaling.scale_down_s
                )
            ),
        ),
        opts=pulumi.ResourceOptions(parent=parent, depends_on=[deployment]),
    )
