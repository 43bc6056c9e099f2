"""The cluster as a program run under Pulumi mocks sees it: whatever the unit test says it holds.

Before it registers anything, the program reads a few objects from the cluster: a credentials
Secret kept by an earlier deploy (components/kept_credentials.py), the TLS Secret `lbTlsSecret`
names, and the claims, StatefulSet and StorageClass a size change concerns
(components/volumes.py). Under `pulumi.runtime.set_mocks` no cluster is contacted and no
kubeconfig is needed: each read becomes a call to the test's `Mocks.call` instead, so the test
decides what exists.

    GET_TOKEN     args {"path": "/api/v1/namespaces/<ns>/secrets/<name>"} (any API path)
                  answer {"object": <the object as the API server returns it>} when it exists;
                  any other answer ({}, or the args echoed back) means it does not exist
    DELETE_TOKEN  args {"path": ..., "body": <DeleteOptions>}; the answer is ignored

So mocks whose `call` returns {} model an empty cluster (a first deploy). `secret()` and
`kept_credentials()` build the objects a test hands back (docs/components.md, "Testing your
own program").
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import Any

import pulumi
from pulumi.runtime.mocks import MockMonitor
from pulumi.runtime.settings import get_monitor

from .app_users import PASSWORD_KEY_PREFIX
from .mongo import PASSWORD_KEY

GET_TOKEN = "stateful-app:cluster:get"
DELETE_TOKEN = "stateful-app:cluster:delete"


def under_mocks() -> bool:
    """Whether the program runs under pulumi.runtime.set_mocks (no cluster is read then)."""
    return isinstance(get_monitor(), MockMonitor)


def secret_path(namespace: str, name: str) -> str:
    return f"/api/v1/namespaces/{namespace}/secrets/{name}"


def secret(namespace: str, name: str, data: Mapping[str, str]) -> dict[str, Any]:
    """A Secret object as the API server returns it, from plain (not base64) values."""
    encoded = {key: base64.b64encode(value.encode()).decode() for key, value in data.items()}
    return {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {"namespace": namespace, "name": name},
        "data": encoded,
    }


def kept_credentials(
    namespace: str,
    root_password: str,
    keyfile: str,
    user_passwords: Mapping[str, str] | None = None,
    name: str = "db-credentials",
) -> dict[str, Any]:
    """The credentials Secret a stack that keeps its data leaves behind on destroy."""
    data = {PASSWORD_KEY: root_password, "keyfile": keyfile}
    data.update({PASSWORD_KEY_PREFIX + user: pw for user, pw in (user_passwords or {}).items()})
    return secret(namespace, name, data)


class MockedView:
    """components.volumes.ClusterView answered by the test's mocks."""

    def get(self, path: str) -> dict[str, Any] | None:
        answer = pulumi.runtime.invoke(GET_TOKEN, {"path": path}).value or {}
        found = answer.get("object") if isinstance(answer, Mapping) else None
        return dict(found) if isinstance(found, Mapping) else None

    def delete(self, path: str, body: Mapping[str, Any]) -> None:
        pulumi.runtime.invoke(DELETE_TOKEN, {"path": path, "body": dict(body)})
