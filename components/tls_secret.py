"""Checks the TLS Secret a stack names (lbTlsSecret) before anything is created: it must exist in
the stack's namespace and hold a PEM certificate and key (tls.crt, tls.key), as cert-manager and
`kubectl create secret tls` write them. Only the key names and the certificate's PEM header are
looked at; the key itself is never read into the program."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping

from .checks import PROJECT, ConfigError

KEYS = ("tls.crt", "tls.key")
PEM_CERTIFICATE = b"-----BEGIN CERTIFICATE-----"


def tls_secret_problem(data: Mapping[str, str] | None) -> str | None:
    """Why a Secret's base64 data (None: no such Secret) cannot serve HTTPS, or None."""
    if data is None:
        return "does not exist"
    missing = [key for key in KEYS if not data.get(key)]
    if missing:
        return f"lacks {' and '.join(missing)}"
    try:
        certificate = base64.b64decode(data["tls.crt"], validate=True)
    except (binascii.Error, ValueError):
        return "tls.crt is not base64"
    if PEM_CERTIFICATE not in certificate:
        return "tls.crt holds no PEM certificate"
    return None


def check_tls_secret(data: Mapping[str, str] | None, namespace: str, name: str) -> None:
    """Raises a ConfigError naming lbTlsSecret when the Secret cannot serve HTTPS."""
    if problem := tls_secret_problem(data):
        raise ConfigError(
            "invalid stack configuration:\n"
            f"  {PROJECT}:lbTlsSecret = {name!r}: Secret {namespace}/{name} {problem}; it must be "
            "a kubernetes.io/tls Secret with tls.crt and tls.key in the stack's namespace "
            "(cert-manager, or `kubectl create secret tls`: see docs/https.md)"
        )
