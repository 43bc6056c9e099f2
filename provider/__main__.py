"""Serves the components as the Pulumi component package `stateful-app`: run by the engine through
the Python language host, in the plugin's virtualenv holding the stateful-app-components
distribution (requirements.txt). The schema is inferred from the components' type annotations and
docstrings (see stateful_app_components.package)."""

from stateful_app_components.package import serve

if __name__ == "__main__":
    serve()
