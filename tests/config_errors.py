"""Stack config as the key tests load it, and the error load() gives for bad values."""

from typing import Any

from components.settings import ConfigError, Settings, load


def load_dev(**raw: Any) -> Settings:
    """The dev stack's settings from raw keys (with the asset node label the dev stack sets)."""
    return load({"assetNodeLabel": "storage-node=true", **raw}, "dev")


def config_error(**raw: Any) -> str:
    """The message load_dev refuses raw with; fails the test if it accepts it."""
    try:
        load_dev(**raw)
    except ConfigError as error:
        return str(error)
    raise AssertionError(f"accepted: {raw}")
