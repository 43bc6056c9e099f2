"""The oldest Kubernetes the program deploys to, checked against the API server before anything
is registered.

Why 1.32: the database tier relies on the StatefulSet's
`persistentVolumeClaimRetentionPolicy.whenScaled: Delete` (a member scaled away loses its claim,
so it can never come back too stale). That field is beta from 1.27, where its feature gate
(StatefulSetAutoDeletePVC) can be off, and an API server without it drops the field silently;
it is GA, always on, from 1.32. An older server is refused by name instead of running without it.
"""

from __future__ import annotations

import re

from .checks import ConfigError
from .volumes import ClusterView

MINIMUM = (1, 32)
VERSION_PATH = "/version"
_VERSION = re.compile(r"^v?(\d+)\.(\d+)")


def check_server_version(view: ClusterView) -> str | None:
    """The API server's gitVersion; raises ConfigError when it is older than MINIMUM. None when
    the server does not say (a mocked cluster that has no /version): nothing to check."""
    found = view.get(VERSION_PATH)
    version = str((found or {}).get("gitVersion") or "")
    if not version:
        return None
    parsed = _VERSION.match(version)
    if not parsed:
        raise ConfigError(f"the Kubernetes API server reports version {version!r}, not vX.Y.Z")
    if (int(parsed[1]), int(parsed[2])) < MINIMUM:
        minimum = ".".join(map(str, MINIMUM))
        raise ConfigError(
            f"the Kubernetes API server is {version}: this program needs {minimum} or newer "
            "(StatefulSet persistentVolumeClaimRetentionPolicy is GA there; see "
            "components/server_version.py); allowed: v1.32 or newer"
        )
    return version
