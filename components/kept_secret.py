"""Reads back the database credentials Secret that a stack with kept data left behind on
`pulumi destroy`, so the next `pulumi up` reuses the credentials the users on the kept volumes
were created with (the exported connection string stays the same).

Why a read outside Pulumi: `Secret.get` fails the whole deployment when the object is absent, and
importing a RandomPassword by value records the password in plain text as the import ID in the
state. This is one GET through the same kubeconfig and context the kubernetes provider uses
(`kubernetes:kubeconfig` / `kubernetes:context` config, else KUBECONFIG or ~/.kube/config); it
runs in preview too and changes nothing. A missing namespace or Secret means a first deploy. The
values become secret Outputs at once and are never printed.
"""

from __future__ import annotations

import base64
import os
import tempfile
from collections.abc import Callable, Mapping

from .database import RetainedCredentials
from .mongo import PASSWORD_KEY

Reader = Callable[[str, str], RetainedCredentials | None]


def _client(kubeconfig: str | None, context: str | None):  # type: ignore[no-untyped-def]
    from kubernetes import client, config  # imported here: only prod-like stacks need it

    if kubeconfig and not os.path.exists(kubeconfig):  # inline kubeconfig content
        with tempfile.NamedTemporaryFile("w", suffix=".kubeconfig", delete=False) as f:
            f.write(kubeconfig)
        try:
            api = config.new_client_from_config(config_file=f.name, context=context)
        finally:
            os.unlink(f.name)
    else:
        api = config.new_client_from_config(config_file=kubeconfig, context=context)
    return client.CoreV1Api(api)


def cluster_reader(provider_config: Mapping[str, str]) -> Reader:
    """A reader using the kubernetes provider's configuration (a mapping of its config keys)."""

    def read(namespace: str, name: str) -> RetainedCredentials | None:
        from kubernetes.client.exceptions import ApiException

        where = f"Secret {namespace}/{name}"
        try:
            api = _client(provider_config.get("kubeconfig"), provider_config.get("context"))
            secret = api.read_namespaced_secret(name, namespace)
        except ApiException as e:
            if e.status == 404:
                return None
            raise RuntimeError(
                f"reading {where} to reuse kept credentials failed: HTTP {e.status} {e.reason}"
            ) from None
        except Exception as e:  # no kubeconfig, cluster unreachable: say which step failed
            raise RuntimeError(
                f"cannot reach the cluster to look for kept credentials ({where}): {e}"
            ) from None
        return from_secret_data(secret.data or {}, f"{namespace}/{name}")

    return read


def from_secret_data(data: Mapping[str, str], where: str) -> RetainedCredentials:
    """Credentials from a Secret's base64 data; a Secret missing a key is an error, not a reset."""
    missing = [key for key in (PASSWORD_KEY, "keyfile") if not data.get(key)]
    if missing:
        raise RuntimeError(f"kept Secret {where} lacks {', '.join(missing)}: restore or delete it")
    decode = lambda key: base64.b64decode(data[key]).decode()  # noqa: E731
    return RetainedCredentials(root_password=decode(PASSWORD_KEY), keyfile=decode("keyfile"))
