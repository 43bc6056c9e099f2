"""Reads back the database credentials Secret that a stack with kept data left behind on
`pulumi destroy`, so the next `pulumi up` reuses the credentials the users on the kept volumes
were created with (the exported connection string stays the same).

Why a read outside Pulumi: `Secret.get` fails the whole deployment when the object is absent, and
importing a RandomPassword by value records the password in plain text as the import ID in the
state. This is one GET through the same kubeconfig and context the kubernetes provider uses
(`kubernetes:kubeconfig` / `kubernetes:context` config, else KUBECONFIG or ~/.kube/config), made
by components.kube_get (~30 ms; the `kubernetes` client, ~0.5 s to import, only for kubeconfigs
that reader does not cover); it runs in preview too and changes nothing. A missing namespace or
Secret means a first deploy. The values become secret Outputs at once and are never printed.
Under Pulumi mocks the read is answered by the test's mocks instead (components/mocked_cluster.py).
"""

from __future__ import annotations

import base64
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from . import kube_get, mocked_cluster
from .app_users import PASSWORD_KEY_PREFIX
from .backup import BACKUP_PASSWORD_KEY, BACKUP_SECRET_NAME
from .database import KeptCredentials
from .mongo import PASSWORD_KEY
from .rotation import KEYFILE_STAGE_KEY, PREVIOUS_PASSWORD_KEY, ROTATION_KEY, KeyfileStage

Reader = Callable[[str, str], KeptCredentials | None]
DataReader = Callable[[str, str], Mapping[str, str] | None]
"""(namespace, name) -> a Secret's base64 data, or None when the namespace or Secret is absent."""


def secret_data_reader(provider_config: Mapping[str, str], purpose: str) -> DataReader:
    """Reads Secrets with the kubernetes provider's configuration (a mapping of its config keys),
    or, under Pulumi mocks, from the test's mocks; purpose ("to reuse kept credentials") goes
    into the error messages."""
    if mocked_cluster.under_mocks():
        view = mocked_cluster.MockedView()

        def read_mocked(namespace: str, name: str) -> Mapping[str, str] | None:
            found = view.get(mocked_cluster.secret_path(namespace, name))
            return None if found is None else dict(found.get("data") or {})

        return read_mocked
    return kube_secret_reader(provider_config, purpose)


def kube_secret_reader(provider_config: Mapping[str, str], purpose: str) -> DataReader:
    """secret_data_reader through the cluster, always."""
    kubeconfig, context = provider_config.get("kubeconfig"), provider_config.get("context")

    def read(namespace: str, name: str) -> Mapping[str, str] | None:
        where = f"Secret {namespace}/{name}"
        try:
            try:
                secret = kube_get.get_json(
                    mocked_cluster.secret_path(namespace, name), kubeconfig, context
                )
            except kube_get.Unsupported:
                secret = _read_with_client(kubeconfig, context, namespace, name)
        except kube_get.HttpError as e:
            if e.status == 404:
                return None
            raise RuntimeError(f"reading {where} {purpose} failed: {e}") from None
        except Exception as e:  # no kubeconfig, cluster unreachable: say which step failed
            raise RuntimeError(f"cannot reach the cluster {purpose} ({where}): {e}") from None
        return secret.get("data") or {}

    return read


def cluster_reader(
    provider_config: Mapping[str, str], read_data: DataReader | None = None
) -> Reader:
    """A reader of kept credentials using the kubernetes provider's configuration (or the mocks,
    see secret_data_reader; read_data overrides both)."""
    read_data = read_data or secret_data_reader(provider_config, "to look for kept credentials")

    def read(namespace: str, name: str) -> KeptCredentials | None:
        data = read_data(namespace, name)
        if data is None:
            return None
        kept = from_secret_data(data, f"{namespace}/{name}")
        # The backup user's password lives in a Secret of its own (the backup Job sees only it).
        backup = read_data(namespace, BACKUP_SECRET_NAME) or {}
        if not backup.get(BACKUP_PASSWORD_KEY):
            return kept
        return replace(kept, backup_password=_decode(backup, BACKUP_PASSWORD_KEY))

    return read


def _read_with_client(
    kubeconfig: str | None, context: str | None, namespace: str, name: str
) -> dict[str, Any]:
    """The same GET through the `kubernetes` client (the kept-credentials extra), for kubeconfigs
    that need what components.kube_get leaves out (auth-provider, proxy-url, ...)."""
    try:
        from kubernetes import client, config
        from kubernetes.client.exceptions import ApiException
    except ImportError:
        raise RuntimeError(
            "this kubeconfig needs the kubernetes Python client: "
            "pip install 'stateful-app-components[kept-credentials]'"
        ) from None
    with tempfile.TemporaryDirectory(prefix="kubeconfig-") as scratch:
        if kubeconfig and not kube_get.is_path(kubeconfig):  # content: the client reads files
            Path(scratch, "config").write_text(kubeconfig)
            kubeconfig = str(Path(scratch, "config"))
        api = client.CoreV1Api(config.new_client_from_config(kubeconfig, context))
        try:
            secret = api.read_namespaced_secret(name, namespace)
        except ApiException as e:
            raise kube_get.HttpError(e.status, e.reason) from None
    return {"data": secret.data}


def _decode(data: Mapping[str, str], key: str) -> str:
    return base64.b64decode(data[key]).decode()


def from_secret_data(data: Mapping[str, str], where: str) -> KeptCredentials:
    """Credentials from a Secret's base64 data; a Secret missing a key is an error, not a reset."""
    missing = [key for key in (PASSWORD_KEY, "keyfile") if not data.get(key)]
    if missing:
        raise RuntimeError(f"kept Secret {where} lacks {', '.join(missing)}: restore or delete it")
    decode = lambda key: _decode(data, key)  # noqa: E731
    users = {
        key.removeprefix(PASSWORD_KEY_PREFIX): decode(key)
        for key in data
        if key.startswith(PASSWORD_KEY_PREFIX)
    }
    rotation = decode(ROTATION_KEY) if data.get(ROTATION_KEY) else "0"
    stage = decode(KEYFILE_STAGE_KEY) if data.get(KEYFILE_STAGE_KEY) else "0"
    try:
        generation, stage = int(rotation), str(KeyfileStage.parse(stage))
    except ValueError:
        raise RuntimeError(f"kept Secret {where} records no valid rotation: restore it") from None
    return KeptCredentials(
        root_password=decode(PASSWORD_KEY),
        keyfile=decode("keyfile"),
        user_passwords=users,
        credentials_rotation=generation,
        previous_root_password=(
            decode(PREVIOUS_PASSWORD_KEY) if data.get(PREVIOUS_PASSWORD_KEY) else None
        ),
        keyfile_stage=stage,
    )
