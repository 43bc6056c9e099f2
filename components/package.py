"""The components as the Pulumi component package `stateful-app` (served by provider/__main__.py).

The schema is inferred by the Python SDK's component provider from the components' annotations
and docstrings (pulumi.provider.experimental). One fix on top: for an integer input, the SDK (3.272,
and upstream's main branch) calls int() on the value, which raises for an Output, so an integer
wired from another component's output (LoadBalancerTier's webPort from WebTier's servicePort)
would fail. ComponentPackage keeps such inputs as Outputs of ints.
"""

import sys
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from pulumi import ComponentResource, Output
from pulumi.provider import main
from pulumi.provider.experimental.analyzer import PropertyDefinition, PropertyType
from pulumi.provider.experimental.component import ComponentProvider

from .app import StatefulApp
from .assets import AssetTier
from .database import DatabaseTier
from .loadbalancer import LoadBalancerTier
from .web import WebTier

PACKAGE_NAME = "stateful-app"
"""Pulumi package name: the components' type tokens are stateful-app:index:<Class>."""
PACKAGE_COMPONENTS: list[type[ComponentResource]] = [
    AssetTier,
    WebTier,
    LoadBalancerTier,
    DatabaseTier,
    StatefulApp,
]
DISTRIBUTION = "stateful-app-components"


def package_version() -> str:
    """The installed distribution's version (the package's version in its schema)."""
    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:  # running from the repository without installing
        return "0.0.0"


def _integer(value: Any) -> int | None:
    return None if value is None else int(value)


class ComponentPackage(ComponentProvider):
    """The SDK's component provider, with integer inputs that may be Outputs."""

    def __init__(self) -> None:
        super().__init__(PACKAGE_COMPONENTS, PACKAGE_NAME, version=package_version())

    def map_input_properties(  # type: ignore[override]
        self,
        inputs: dict[str, Any],
        properties: dict[str, PropertyDefinition],
        mapping: dict[str, str],
        component_name: str,
        property_path: str,
    ) -> dict[str, Any]:
        wired = {
            name: value
            for name, value in inputs.items()
            if isinstance(value, Output)
            and name in properties
            and properties[name].type == PropertyType.INTEGER
        }
        placeholders = {**inputs, **dict.fromkeys(wired, 0)}
        mapped = dict(
            super().map_input_properties(
                placeholders, properties, mapping, component_name, property_path
            )
        )
        for name, value in wired.items():
            mapped[mapping[name]] = value.apply(_integer)
        return mapped


def serve() -> None:
    """Runs the provider: the engine passes its address as the first argument."""
    main(ComponentPackage(), sys.argv[1:])
