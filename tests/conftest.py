"""Unit-test fixtures (helpers live in tests/mocking.py, shared with the benchmark)."""

import pytest

from mocking import RecordingMocks, fresh_mocks


@pytest.fixture
def mocks() -> RecordingMocks:
    """Fresh recording mocks for one test; nothing registered yet."""
    return fresh_mocks()
