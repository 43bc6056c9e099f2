"""The component package: the schema Pulumi infers from the components (what
`pulumi package get-schema provider` prints), and components built from the dict of inputs the
package's provider hands them, as for a caller in another Pulumi language."""

import dataclasses
import fnmatch
import json
import re
import tomllib
from typing import Any

import pulumi
import pytest

from components import (
    AntiAffinity,
    AssetTierArgs,
    DatabaseTierArgs,
    LoadBalancerTierArgs,
    ServiceType,
    Settings,
    StorageMode,
    WebTier,
    WebTierArgs,
)
from components.app import StatefulApp
from components.assets import AssetTier
from components.database import DatabaseTier
from components.inputs import camel
from components.loadbalancer import LoadBalancerTier
from components.outputs import declared_outputs
from components.package import PACKAGE_NAME, ComponentPackage
from components.settings import NGINX_IMAGE, ConfigError
from mocking import ROOT, RecordingMocks, resolve, run

IMAGE = NGINX_IMAGE
ARGS = {
    "AssetTier": AssetTierArgs,
    "WebTier": WebTierArgs,
    "LoadBalancerTier": LoadBalancerTierArgs,
    "DatabaseTier": DatabaseTierArgs,
    "StatefulApp": Settings,
}
# Each component's outputs, from the one declaration (its annotated attributes): the schema must
# infer exactly these, typed and described.
OUTPUTS = {
    component.__name__: {camel(output) for output in declared_outputs(component)}
    for component in (AssetTier, WebTier, LoadBalancerTier, DatabaseTier, StatefulApp)
}
# Inputs another tier's outputs are wired into: they must accept Outputs (not plain-only).
WIRABLE = {
    "WebTier": {"namespace", "databaseSecretName", "replicas"},
    "LoadBalancerTier": {
        "namespace",
        "webService",
        "webPort",
        "webHealthPath",
        "prefixService",
        "prefixPort",
    },
    "AssetTier": {"namespace"},
    "DatabaseTier": {"namespace"},
}


@pytest.fixture(scope="module")
def provider() -> ComponentPackage:
    return ComponentPackage()


@pytest.fixture(scope="module")
def schema(provider: ComponentPackage) -> dict[str, Any]:
    assert provider.schema is not None
    return json.loads(provider.schema)


def _camel(name: str) -> str:
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), name)


def _typed(prop: dict[str, Any]) -> bool:
    return "type" in prop or "$ref" in prop


def _resource(schema: dict[str, Any], component: str) -> dict[str, Any]:
    return schema["resources"][f"{PACKAGE_NAME}:index:{component}"]


def test_every_component_is_in_the_schema(schema: dict[str, Any]) -> None:
    assert set(schema["resources"]) == {f"stateful-app:index:{c}" for c in ARGS}
    for component in ARGS:
        resource = _resource(schema, component)
        assert resource["isComponent"] is True and resource["description"]


@pytest.mark.parametrize("component", sorted(ARGS))
def test_every_input_is_typed_described_and_required_only_without_default(
    schema: dict[str, Any], component: str
) -> None:
    resource = _resource(schema, component)
    fields = dataclasses.fields(ARGS[component])
    assert set(resource["inputProperties"]) == {_camel(f.name) for f in fields}
    for name, prop in resource["inputProperties"].items():
        assert _typed(prop), f"{component}.{name} has no type"
        assert prop.get("description"), f"{component}.{name} has no description"
    without_default = {
        _camel(f.name)
        for f in fields
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    }
    # StatefulApp takes the stack-config defaults for everything, namespace included.
    expected = set() if component == "StatefulApp" else without_default
    assert set(resource.get("requiredInputs", [])) == expected


@pytest.mark.parametrize("component", sorted(OUTPUTS))
def test_every_output_is_typed_and_described(schema: dict[str, Any], component: str) -> None:
    properties = _resource(schema, component)["properties"]
    assert set(properties) == OUTPUTS[component]
    for name, prop in properties.items():
        assert _typed(prop) and prop.get("description"), f"{component}.{name}"
    lists = [p for p in properties.values() if p.get("type") == "array"]
    assert all(p["items"]["type"] == "string" for p in lists)


@pytest.mark.parametrize(("component", "inputs"), sorted(WIRABLE.items()))
def test_wired_inputs_accept_outputs(
    schema: dict[str, Any], component: str, inputs: set[str]
) -> None:
    properties = _resource(schema, component)["inputProperties"]
    assert all(not properties[name].get("plain") for name in inputs)


@pytest.mark.parametrize(
    ("enum", "values"),
    [
        ("StorageMode", tuple(StorageMode)),
        ("ServiceType", tuple(ServiceType)),
        ("AntiAffinity", tuple(AntiAffinity)),
    ],
)
def test_choices_are_enums(schema: dict[str, Any], enum: str, values: tuple[str, ...]) -> None:
    spec = schema["types"][f"stateful-app:index:{enum}"]
    assert spec["type"] == "string"
    assert [v["value"] for v in spec["enum"]] == list(values)
    assert all(v.get("description") for v in spec["enum"])


def test_secret_outputs_say_so(schema: dict[str, Any]) -> None:
    # The schema has no secret flag for inferred outputs; the Output itself is secret (e2e checks
    # it stays secret through a StackReference), and the description tells SDK users.
    assert (
        "secret"
        in _resource(schema, "DatabaseTier")["properties"]["connectionString"]["description"]
    )
    assert (
        "secret"
        in _resource(schema, "StatefulApp")["properties"]["dbConnectionString"]["description"]
    )


def test_component_from_the_package_inputs(
    provider: ComponentPackage, mocks: RecordingMocks
) -> None:
    # What construct does for a caller in another language: camelCase names, numbers as floats.
    definition = provider._component_defs["WebTier"]
    inputs = provider.map_inputs(
        {"namespace": "ns", "image": IMAGE, "replicas": 3.0, "databaseSecretName": "db-conn"},
        definition,
    )
    tier = run(lambda: WebTier("web", inputs))  # type: ignore[arg-type]
    spec = mocks.named("Deployment", "web").inputs["spec"]
    assert spec["replicas"] == 3 and resolve(tier.service_name) == "web"
    volume = next(v for v in spec["template"]["spec"]["volumes"] if v["name"] == "database")
    assert volume["secret"]["secretName"] == "db-conn"


def test_composition_from_the_package_inputs_applies_stack_defaults(
    provider: ComponentPackage, mocks: RecordingMocks
) -> None:
    definition = provider._component_defs["StatefulApp"]
    inputs = provider.map_inputs(
        {"namespace": "shop", "assetNodeLabel": "storage-node=true", "lbServiceType": "ClusterIP"},
        definition,
    )
    app = run(lambda: StatefulApp("shop", inputs))  # type: ignore[arg-type]
    assert resolve(app.namespace) == "shop"
    assert mocks.named("Deployment", "web").inputs["spec"]["replicas"] == 2  # webReplicas default
    assert mocks.named("Service", "lb").inputs["spec"]["type"] == "ClusterIP"


def test_composition_rejects_bad_package_inputs_by_name(provider: ComponentPackage) -> None:
    definition = provider._component_defs["StatefulApp"]
    inputs = provider.map_inputs({"dbMembers": 4.0, "assetNodeLabel": "a=b"}, definition)
    with pytest.raises(ConfigError, match="dbMembers = 4: must be an odd integer"):
        StatefulApp("shop", inputs)  # type: ignore[arg-type]


def test_integer_inputs_wired_from_outputs(
    provider: ComponentPackage, mocks: RecordingMocks
) -> None:
    # As from another language: webPort is WebTier's servicePort, an Output (the SDK's own
    # provider calls int() on it and fails); numbers arrive as floats.
    definition = provider._component_defs["LoadBalancerTier"]
    inputs = provider.map_inputs(
        {
            "namespace": "ns",
            "image": IMAGE,
            "webService": pulumi.Output.from_input("web"),
            "webPort": pulumi.Output.from_input(8081.0),
            "prefixService": "assets",
            "prefixPort": 80.0,
        },
        definition,
    )
    run(lambda: LoadBalancerTier("lb", inputs))  # type: ignore[arg-type]
    config = next(r for r in mocks.of_kind("ConfigMap") if "nginx.conf" in r.inputs["data"])
    assert "server web.ns.svc.cluster.local:8081 " in config.inputs["data"]["nginx.conf"]


def test_the_distribution_ships_every_file_the_components_read() -> None:
    """A data file the package reads at import or run time (a pod's script, a bundled asset) that
    pyproject's package-data does not list is missing from `pip install` (found once in e2e)."""
    setup = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    patterns = setup["package-data"]["stateful_app_components"]
    package = ROOT / "components"
    data = [
        str(path.relative_to(package))
        for path in package.rglob("*")
        if path.is_file() and path.suffix not in (".py", ".pyc") and "__pycache__" not in path.parts
    ]
    missing = [f for f in data if not any(fnmatch.fnmatch(f, p) for p in patterns)]
    assert data and not missing, f"not in package-data: {missing}"
