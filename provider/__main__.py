"""Serves the components as the Pulumi component package `stateful-app` (run by the engine through
the Python language host, with the plugin's virtualenv holding the stateful-app-components
distribution)."""

from importlib.metadata import version

from pulumi.provider.experimental import component_provider_host

from stateful_app_components import PACKAGE_COMPONENTS, PACKAGE_NAME

if __name__ == "__main__":
    component_provider_host(
        PACKAGE_COMPONENTS, name=PACKAGE_NAME, version=version("stateful-app-components")
    )
