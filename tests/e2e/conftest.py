"""End-to-end fixtures (see harness.py)."""

import pytest

from e2e.harness import cluster

__all__ = ["cluster"]

# Needs a machine on which no cluster runs yet (it compares the machine before `up` with after
# `down`); every other module starts the shared cluster, so it runs first whatever the modules'
# names (test_autoscaling.py sorts before test_cluster.py and used to make it skip).
FIRST = "test_cluster.py::test_down_leaves_the_machine_as_it_found_it"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: not item.nodeid.endswith(FIRST))
