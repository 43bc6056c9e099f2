"""Container requests and limits: the compact text form stack config holds, and its checks.

Text form (the same for every tier's `<tier>Resources` key): ``cpu=<request>/<limit>,
memory=<request>/<limit>``; a single value sets request and limit alike (Guaranteed QoS for that
resource); a resource left out keeps the tier's default. Examples:
``cpu=100m/1,memory=256Mi/512Mi``, ``memory=1Gi``.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from fractions import Fraction

import pulumi_kubernetes as k8s

from .inputs import package_inputs

# Kubernetes' quantity grammar (apimachinery resource.Quantity): a decimal number, then a binary
# suffix, a decimal suffix or a decimal exponent.
_QUANTITY = re.compile(
    r"^([0-9]+(?:\.[0-9]*)?|\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][-+]?[0-9]+)?$"
)
_SUFFIXES = {
    "n": Fraction(1, 10**9),
    "u": Fraction(1, 10**6),
    "m": Fraction(1, 1000),
    "": Fraction(1),
    "k": Fraction(10**3),
    "M": Fraction(10**6),
    "G": Fraction(10**9),
    "T": Fraction(10**12),
    "P": Fraction(10**15),
    "E": Fraction(10**18),
    **{
        suffix: Fraction(1024 ** (i + 1))
        for i, suffix in enumerate(("Ki", "Mi", "Gi", "Ti", "Pi", "Ei"))
    },
}
RESOURCE_NAMES = ("cpu", "memory")
SYNTAX = "cpu=<request>[/<limit>],memory=<request>[/<limit>] (e.g. cpu=100m/1,memory=256Mi/512Mi)"


def quantity(text: str) -> Fraction:
    """The value of a Kubernetes quantity (100m -> 1/10, 1Gi -> 2**30); ValueError otherwise."""
    match = _QUANTITY.match(text.strip())
    if not match:
        raise ValueError(f"{text!r} is not a Kubernetes quantity such as 100m, 1, 256Mi or 1Gi")
    number, suffix = Fraction(match.group(1)), match.group(2) or ""
    if suffix[:1] in ("e", "E"):
        return number * Fraction(10) ** int(suffix[1:])
    return number * _SUFFIXES[suffix]


@package_inputs()
@dataclass(frozen=True)
class Resources:
    """CPU and memory requests and limits of one container (Kubernetes quantities)."""

    cpu_request: str
    """CPU the scheduler reserves, e.g. 50m."""
    memory_request: str
    """Memory the scheduler reserves, e.g. 32Mi."""
    cpu_limit: str
    """CPU the container is throttled at, e.g. 500m."""
    memory_limit: str
    """Memory the container is killed at (OOM), e.g. 128Mi."""
    ephemeral_storage_request: str = "64Mi"
    """Node disk outside volumes the scheduler reserves: logs, and emptyDirs on disk such as
    /tmp (64Mi at most)."""
    ephemeral_storage_limit: str = "256Mi"
    """Node disk outside volumes at which the kubelet evicts the pod, instead of letting it fill
    the node's disk."""

    def args(self) -> k8s.core.v1.ResourceRequirementsArgs:
        return k8s.core.v1.ResourceRequirementsArgs(
            requests={
                "cpu": self.cpu_request,
                "memory": self.memory_request,
                "ephemeral-storage": self.ephemeral_storage_request,
            },
            limits={
                "cpu": self.cpu_limit,
                "memory": self.memory_limit,
                "ephemeral-storage": self.ephemeral_storage_limit,
            },
        )

    def problem(self) -> str | None:
        """Why Kubernetes would reject these values (bad quantity, request above limit), or None."""
        for resource in RESOURCE_NAMES:
            request, limit = (
                getattr(self, f"{resource}_request"),
                getattr(self, f"{resource}_limit"),
            )
            try:
                above = quantity(request) > quantity(limit)
            except ValueError as error:
                return f"{resource}: {error}"
            if above:
                return f"{resource} request {request} is above its limit {limit}"
        return None

    @property
    def guaranteed(self) -> bool:
        """Requests equal limits for CPU and memory: what Guaranteed QoS asks of each container."""
        return all(
            quantity(getattr(self, f"{r}_request")) == quantity(getattr(self, f"{r}_limit"))
            for r in RESOURCE_NAMES
        )

    def as_guaranteed(self) -> "Resources":
        """The same limits, with requests raised to them."""
        return replace(self, cpu_request=self.cpu_limit, memory_request=self.memory_limit)

    def text(self) -> str:
        """The stack-config form of these values."""
        cpu, memory = (
            f"{self.cpu_request}/{self.cpu_limit}",
            f"{self.memory_request}/{self.memory_limit}",
        )
        return f"cpu={cpu},memory={memory}"


def parse_resources(text: str, default: Resources) -> Resources:
    """Resources from the text form over `default`; ValueError names the bad item."""
    result = default
    for item in (part.strip() for part in text.split(",")):
        if not item:
            continue
        name, sep, values = item.partition("=")
        name = name.strip()
        if not sep or name not in RESOURCE_NAMES:
            raise ValueError(f"{item!r}: expected cpu=... or memory=...")
        request, _, limit = values.partition("/")
        request, limit = request.strip(), (limit.strip() or request.strip())
        for value in (request, limit):
            quantity(value)  # raises naming the value
        result = replace(result, **{f"{name}_request": request, f"{name}_limit": limit})
    if problem := result.problem():
        raise ValueError(problem)
    return result


def checked(value: Resources | Mapping[str, str], field_name: str) -> Resources:
    """Component args' resources (a Resources, or the package's plain dict), or a ValueError
    naming the args field and what is wrong."""
    resources = value if isinstance(value, Resources) else Resources(**value)
    if problem := resources.problem():
        raise ValueError(f"{field_name}={resources.text()!r}: {problem}")
    return resources
