"""The oldest Kubernetes the program deploys to (components/server_version.py): an older API
server is refused by its version, before any resource is registered."""

import re

import pytest

from components.server_version import VERSION_PATH
from components.settings import ConfigError
from mocking import FakeCluster, run_program


def server(version: str) -> FakeCluster:
    return FakeCluster({VERSION_PATH: {"major": "1", "gitVersion": version}})


@pytest.mark.parametrize("version", ["v1.31.9", "v1.27.0", "v0.99.1"])
def test_an_older_api_server_is_refused_before_anything_is_registered(version: str) -> None:
    cluster = server(version)
    with pytest.raises(ConfigError) as error:
        run_program("dev", cluster=cluster)
    assert f"API server is {version}" in str(error.value)
    assert "allowed: v1.32 or newer" in str(error.value)
    assert cluster.recorder and cluster.recorder.kubernetes() == [], "nothing registered"


@pytest.mark.parametrize("version", ["v1.32.0", "v1.34.4", "v1.33.5-eks-1a2b3c4", "v2.0.0"])
def test_a_supported_api_server_deploys(version: str) -> None:
    program = run_program("dev", cluster=server(version))
    assert program.mocks.named("StatefulSet", "db")


def test_a_version_it_cannot_read_is_an_error_not_a_pass() -> None:
    with pytest.raises(ConfigError, match=re.escape("reports version 'unknown', not vX.Y.Z")):
        run_program("dev", cluster=server("unknown"))
