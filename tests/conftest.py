"""Unit-test fixtures (helpers live in tests/mocking.py, shared with the benchmark)."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from mocking import RecordingMocks, fresh_mocks
from replset_harness import Pods, simulated_pods


@pytest.fixture
def mocks() -> RecordingMocks:
    """Fresh recording mocks for one test; nothing registered yet."""
    return fresh_mocks()


@pytest.fixture
def pods(tmp_path: Path) -> Iterator[Pods]:
    """A simulated replica set and its pods (tests/replset_harness.py), stopped afterwards."""
    with simulated_pods(tmp_path) as pods:
        yield pods
