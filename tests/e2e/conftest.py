"""End-to-end fixtures (see harness.py)."""

from e2e.harness import cluster

__all__ = ["cluster"]
