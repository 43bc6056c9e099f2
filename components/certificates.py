"""A generated certificate authority and server certificate for dev/test HTTPS (pulumi-tls).

The CA signs one server certificate for the given names; both keys are ECDSA P-256 and live only
in the stack's state (encrypted, secret outputs) and in the kubernetes.io/tls Secret the load
balancer mounts. The CA certificate is exported so clients can trust it. Each certificate is
replaced by the first `pulumi up` inside its early-renewal window (pulumi-tls marks it due), and
the load balancer reloads the changed Secret without a restart (components/nginx.py TLS_RELOAD).
Production should name a Secret of its own instead (e.g. one cert-manager keeps renewed).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import pulumi
import pulumi_kubernetes as k8s

from . import builders
from .checks import BOOLEAN, OBJECT_NAME, Namer, Problem, Rule, checked, one_of
from .outputs import register_declared

CA_VALIDITY_HOURS = 5 * 365 * 24
SERVER_VALIDITY_HOURS = 90 * 24
# Renewed by the first `up` in the last third of the server certificate's life (cert-manager's
# default rhythm), and a CA a year before it expires (the old one stays trusted until then).
SERVER_RENEWAL_HOURS = 30 * 24
CA_RENEWAL_HOURS = 365 * 24


class TlsMode(StrEnum):
    """Whether the load balancer serves HTTPS."""

    DISABLED = "disabled"
    """Plain HTTP only."""
    ENABLED = "enabled"
    """HTTPS, with a certificate from tls_secret or generated (one of them is required)."""


_HOST = re.compile(
    r"^([a-z0-9*]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*|[0-9a-f:.]+)$"
)


def _hosts_problem(value: Any) -> str | None:
    hosts = [host.strip() for host in str(value).split(",")]
    if not all(hosts) or not all(_HOST.match(host) for host in hosts):
        return "must be host names or IP addresses, separated by commas"
    return None


HOSTS = Rule("host names or IP addresses, separated by commas", _hosts_problem)


@dataclass(frozen=True)
class LoadBalancerTlsArgs:
    """Where the load balancer's certificate comes from (the stack keys lbTls*): the rules that
    tie those keys together, checked before anything is created."""

    mode: TlsMode = checked(TlsMode.DISABLED, one_of(TlsMode))
    """disabled, or enabled (needs secret or generate)."""
    secret: str | None = checked(None, OBJECT_NAME)
    """An existing kubernetes.io/tls Secret in the namespace (tls.crt, tls.key)."""
    generate: bool = checked(False, BOOLEAN)
    """Generate a CA and a server certificate with pulumi-tls (dev/test)."""
    hosts: str | None = checked(None, HOSTS)
    """generate: more host names or IP addresses for the certificate, comma-separated."""
    hsts: bool = checked(False, BOOLEAN)
    """Strict-Transport-Security on HTTPS answers."""
    https_node_port: int | None = None
    """A fixed HTTPS node port."""

    @staticmethod
    def cross_problems(args: Mapping[str, Any], name: Namer) -> list[Problem]:
        secret, generate, hosts = args["secret"], args["generate"], args["hosts"]
        if args["mode"] != TlsMode.ENABLED:
            given = {
                "secret": secret,
                "generate": generate or None,
                "hosts": hosts,
                "hsts": args["hsts"] or None,
                "https_node_port": args["https_node_port"],
            }
            why = f"is only allowed with {name('mode')}=enabled"
            return [Problem(f, v, why) for f, v in given.items() if v is not None]
        if secret is None and not generate:
            why = (
                f"needs a certificate source: {name('secret')} (an existing kubernetes.io/tls "
                f"Secret) or {name('generate')}=true"
            )
            return [Problem("mode", str(args["mode"]), why)]
        problems = []
        if secret is not None and generate:
            why = f"must be false when {name('secret')} is set"
            problems.append(Problem("generate", generate, why))
        if hosts is not None and not generate:
            problems.append(Problem("hosts", hosts, f"is only used with {name('generate')}"))
        return problems


def split_hosts(hosts: Sequence[str]) -> tuple[list[str], list[str]]:
    """(DNS names, IP addresses) of the subject alternative names, in order, without repeats."""
    names: list[str] = []
    addresses: list[str] = []
    for host in dict.fromkeys(hosts):
        try:
            addresses.append(str(ipaddress.ip_address(host)))
        except ValueError:
            names.append(host)
    return names, addresses


@dataclass
class GeneratedCertificateArgs:
    namespace: pulumi.Input[str]
    """Namespace of the Secret."""
    secret_name: str
    """Kubernetes name of the kubernetes.io/tls Secret (stable: the Ingress or Gateway names it
    too)."""
    hosts: Sequence[str]
    """Host names and IP addresses the server certificate is valid for (the first is its CN)."""
    labels: dict[str, str]
    """Labels of the Secret."""
    client_auth: bool = False
    """Also valid for TLS clients (extended key usage clientAuth): a MongoDB member presents its
    server certificate on its connections to the other members."""


class GeneratedCertificate(pulumi.ComponentResource):
    """CA + server certificate (pulumi-tls) and the Secret holding the server's tls.crt/tls.key."""

    secret_name: pulumi.Output[str]
    """Name of the kubernetes.io/tls Secret."""
    ca_certificate: pulumi.Output[str]
    """The CA certificate (PEM) clients trust."""
    certificate: pulumi.Output[str]
    """The server certificate (PEM)."""

    def __init__(
        self, name: str, args: GeneratedCertificateArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None:
        if not args.hosts:
            raise ValueError("hosts: the server certificate needs at least one host name")
        try:
            import pulumi_tls as tls
        except ImportError:
            raise RuntimeError(
                "generated certificates need pulumi-tls: "
                "pip install 'stateful-app-components[generated-tls]'"
            ) from None
        super().__init__("stateful-app:index:GeneratedCertificate", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)
        subject = {"organization": "stateful-app"}
        ca_key = tls.PrivateKey(f"{name}-ca-key", algorithm="ECDSA", ecdsa_curve="P256", opts=child)
        ca = tls.SelfSignedCert(
            f"{name}-ca",
            private_key_pem=ca_key.private_key_pem,
            is_ca_certificate=True,
            set_subject_key_id=True,
            subject=tls.SelfSignedCertSubjectArgs(common_name=f"{name} CA", **subject),
            validity_period_hours=CA_VALIDITY_HOURS,
            early_renewal_hours=CA_RENEWAL_HOURS,
            allowed_uses=["cert_signing", "crl_signing"],
            opts=child,
        )
        key = tls.PrivateKey(f"{name}-key", algorithm="ECDSA", ecdsa_curve="P256", opts=child)
        dns_names, ip_addresses = split_hosts(args.hosts)
        request = tls.CertRequest(
            f"{name}-request",
            private_key_pem=key.private_key_pem,
            subject=tls.CertRequestSubjectArgs(common_name=args.hosts[0][:64], **subject),
            dns_names=dns_names,
            ip_addresses=ip_addresses,
            opts=child,
        )
        cert = tls.LocallySignedCert(
            f"{name}-cert",
            cert_request_pem=request.cert_request_pem,
            ca_private_key_pem=ca_key.private_key_pem,
            ca_cert_pem=ca.cert_pem,
            validity_period_hours=SERVER_VALIDITY_HOURS,
            early_renewal_hours=SERVER_RENEWAL_HOURS,
            set_subject_key_id=True,
            allowed_uses=[
                "digital_signature",
                "key_encipherment",
                "server_auth",
                *(["client_auth"] if args.client_auth else []),
            ],
            opts=child,
        )
        secret = k8s.core.v1.Secret(
            f"{name}-secret",
            metadata=builders.metadata(args.secret_name, args.namespace, args.labels),
            type="kubernetes.io/tls",
            string_data={
                "tls.crt": cert.cert_pem,
                "tls.key": key.private_key_pem,  # a secret output of pulumi-tls
                "ca.crt": ca.cert_pem,
            },
            opts=child,
        )
        self.secret_name = secret.metadata.name
        self.ca_certificate = ca.cert_pem
        self.certificate = cert.cert_pem
        register_declared(self)
