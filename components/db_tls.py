"""TLS for the database tier (docs/database-tls.md): the stack keys dbTls*, the certificate
source (a CA and server certificate generated with pulumi-tls, or a Secret the user names), and
the pure builders the tier hooks in when TLS is on: mongod's arguments, the mongosh options of
the probes, the PEM file mongod reads, the URI options of clients and the Secret check.

Members still authenticate to each other with the keyfile (--keyFile, clusterAuthMode keyFile):
TLS encrypts and authenticates the servers; x.509 member authentication is out of scope.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from urllib.parse import quote

import pulumi

from .checks import BOOLEAN, OBJECT_NAME, PROJECT, ConfigError, Namer, Problem, checked, one_of
from .tls_secret import PEM_CERTIFICATE


class DbTlsMode(StrEnum):
    """Whether database traffic (members and clients) uses TLS."""

    DISABLED = "disabled"
    """Plain connections (mongod --tlsMode disabled)."""
    PREFERRED = "preferred"
    """mongod --tlsMode preferTLS: members talk TLS to each other and every client of the tier
    uses it; plain connections are still accepted (a step while outside clients move over)."""
    REQUIRED = "required"
    """mongod --tlsMode requireTLS: plain connections are refused."""


MONGOD_TLS_MODES = {DbTlsMode.PREFERRED: "preferTLS", DbTlsMode.REQUIRED: "requireTLS"}
# The Secret's keys, as cert-manager and the generated certificate write them.
CA_KEY, CERT_KEY, KEY_KEY = "ca.crt", "tls.crt", "tls.key"
SECRET_KEYS = (CA_KEY, CERT_KEY, KEY_KEY)
# In the pods: the CA from the Secret (every mongosh of the tier verifies the members with it),
# and the certificate and key concatenated into the one PEM file mongod reads, written by the
# init container into a memory emptyDir with mode 0400 (a Secret volume has neither the
# concatenation nor that mode under fsGroup).
CA_DIR = "/etc/mongo-tls-ca"
CA_FILE = f"{CA_DIR}/{CA_KEY}"
SECRET_DIR = "/etc/mongo-tls-secret"
PEM_DIR = "/etc/mongo-tls"
PEM_FILE = f"{PEM_DIR}/server.pem"
PEM_COPY = (
    f"cat {SECRET_DIR}/{CERT_KEY} {SECRET_DIR}/{KEY_KEY} > {PEM_FILE} && chmod 0400 {PEM_FILE}"
)
# Pod template annotation: the server certificate's digest. A new certificate (pulumi-tls renewal,
# cert-manager renewal seen by the next `up`) changes the template, so the StatefulSet rolls the
# members one at a time; each reads the new files at its start (docs/database-tls.md).
CERTIFICATE_ANNOTATION = "stateful-app/db-tls-certificate-sha256"
CA_ENV = "TLS_CA_FILE"  # the agent, gate and backup scripts add TLS options when it is set


@dataclass(frozen=True)
class DatabaseTlsArgs:
    """Where the database's certificate comes from (the stack keys dbTls*): the rules that tie
    those keys together, checked before anything is created."""

    mode: DbTlsMode = checked(DbTlsMode.DISABLED, one_of(DbTlsMode))
    """disabled, preferred or required (both need secret or generate)."""
    secret: str | None = checked(None, OBJECT_NAME)
    """An existing Secret in the namespace with ca.crt, tls.crt and tls.key."""
    generate: bool = checked(False, BOOLEAN)
    """Generate a CA and a server certificate for the members with pulumi-tls."""

    @staticmethod
    def cross_problems(args: Mapping[str, Any], name: Namer) -> list[Problem]:
        secret, generate = args["secret"], args["generate"]
        if args["mode"] == DbTlsMode.DISABLED:
            why = f"is only allowed with {name('mode')}=preferred or required"
            given = {"secret": secret, "generate": generate or None}
            return [Problem(f, v, why) for f, v in given.items() if v is not None]
        if secret is None and not generate:
            why = (
                f"needs a certificate source: {name('secret')} (an existing Secret with "
                f"{', '.join(SECRET_KEYS)}) or {name('generate')}=true"
            )
            return [Problem("mode", str(args["mode"]), why)]
        if secret is not None and generate:
            return [Problem("generate", generate, f"must be false when {name('secret')} is set")]
        return []


@dataclass(frozen=True)
class DatabaseTls:
    """What the database tier needs when TLS is on (built by StatefulApp from the settings)."""

    mode: DbTlsMode
    """preferred or required."""
    secret_name: pulumi.Input[str]
    """The Secret holding ca.crt, tls.crt and tls.key."""
    ca_certificate: pulumi.Input[str]
    """The CA certificate (PEM): copied into each connection Secret as ca.crt for clients."""
    certificate_digest: pulumi.Input[str]
    """sha256 of the server certificate (the pod template annotation that rolls the members)."""
    client_ca_file: str
    """Where applications find ca.crt (the URI's tlsCAFile): WebTier mounts it there."""

    def __post_init__(self) -> None:
        if self.mode not in MONGOD_TLS_MODES:
            raise ValueError(
                f"mode={str(self.mode)!r}: must be one of {', '.join(MONGOD_TLS_MODES)} "
                "(no DatabaseTls at all for disabled)"
            )


def mongod_args(mode: DbTlsMode) -> list[str]:
    """mongod's TLS arguments. Clients present no certificate (they authenticate with SCRAM), so
    connections without one are allowed; one that is presented (a member's, on its outgoing
    connections) must still verify against the CA."""
    return [
        "--tlsMode",
        MONGOD_TLS_MODES[mode],
        "--tlsCertificateKeyFile",
        PEM_FILE,
        "--tlsCAFile",
        CA_FILE,
        "--tlsAllowConnectionsWithoutCertificates",
    ]


def mongosh_command(command: Sequence[str], ca_file: str = CA_FILE) -> list[str]:
    """A `mongosh ...` command (a probe, the preStop hook) connecting with TLS and verifying the
    member's certificate with the CA; any other command is returned unchanged."""
    if not command or command[0] != "mongosh":
        return list(command)
    return ["mongosh", "--tls", "--tlsCAFile", ca_file, *command[1:]]


def uri_options(ca_file: str) -> str:
    """Connection-string options of a client that verifies the members with ca_file."""
    return f"tls=true&tlsCAFile={quote(ca_file, safe='/')}"


def client_uri(uri: str, ca_file: str) -> str:
    """An application's mongodb:// URI (which has a query already) made to use TLS."""
    return f"{uri}&{uri_options(ca_file)}"


def server_hosts(
    object_name: str, namespace: str, cluster_domain: str, max_members: int
) -> list[str]:
    """The server certificate's names: every member any scale can create (so a scale change
    re-issues nothing), the headless Service's names, and the loopback names the probes and the
    agent use (mongosh's default host is 127.0.0.1; the agent's own mongod is localhost)."""
    service = f"{object_name}.{namespace}.svc.{cluster_domain}"
    members = [f"{object_name}-{i}.{service}" for i in range(max_members)]
    return [*members, service, f"{object_name}.{namespace}.svc", "localhost", "127.0.0.1", "::1"]


def certificate_digest(certificate_pem: str | None) -> str:
    """The certificate's SHA-256. None only under unit-test mocks that echo inputs and so never
    compute pulumi-tls's certPem: the digest of nothing then, rather than a crash."""
    return hashlib.sha256((certificate_pem or "").encode()).hexdigest()


def secret_problem(data: Mapping[str, str] | None) -> str | None:
    """Why a Secret's base64 data (None: no such Secret) cannot serve the database, or None."""
    if data is None:
        return "does not exist"
    missing = [key for key in SECRET_KEYS if not data.get(key)]
    if missing:
        return f"lacks {' and '.join(missing)}"
    for key in (CA_KEY, CERT_KEY):
        try:
            text = base64.b64decode(data[key], validate=True)
        except (binascii.Error, ValueError):
            return f"{key} is not base64"
        if PEM_CERTIFICATE not in text:
            return f"{key} holds no PEM certificate"
    return None


def check_secret(data: Mapping[str, str] | None, namespace: str, name: str) -> dict[str, str]:
    """The Secret's CA certificate and the server certificate's digest; a ConfigError naming
    dbTlsSecret when the Secret cannot serve the database."""
    if problem := secret_problem(data):
        raise ConfigError(
            "invalid stack configuration:\n"
            f"  {PROJECT}:dbTlsSecret = {name!r}: Secret {namespace}/{name} {problem}; it must "
            f"hold {', '.join(SECRET_KEYS)} (PEM) in the stack's namespace, e.g. a cert-manager "
            "Certificate whose names cover every member (see docs/database-tls.md)"
        )
    assert data is not None
    ca = base64.b64decode(data[CA_KEY]).decode()
    certificate = base64.b64decode(data[CERT_KEY]).decode()
    return {"ca_certificate": ca, "certificate_digest": certificate_digest(certificate)}
