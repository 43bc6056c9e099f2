"""Deploys the stateful web application for the selected stack (dev, test, prod)."""

import pulumi
from pulumi.runtime.config import CONFIG, get_config_env

from components import StatefulApp, db_tls, db_version, rotation, volumes
from components.database import DATA_VOLUME, DatabaseTierArgs, credentials_secret_name
from components.inputs import camel
from components.kept_credentials import cluster_reader, secret_data_reader
from components.outputs import declared_outputs
from components.server_version import check_server_version
from components.settings import load, project_config
from components.tls_secret import check_tls_secret

# Every key of the stack (not only the known ones), so unknown keys are rejected by name.
raw = project_config({**get_config_env(), **CONFIG.get()})
settings = load(raw, pulumi.get_stack())
provider = pulumi.Config("kubernetes")
provider_config = {k: v for k in ("kubeconfig", "context") if (v := provider.get(k))}
# The user's TLS Secret must exist and hold a certificate and key before anything is created.
if settings.lb_tls_secret:
    read_tls = secret_data_reader(provider_config, "to check lbTlsSecret")
    tls_data = read_tls(settings.namespace, settings.lb_tls_secret)
    check_tls_secret(tls_data, settings.namespace, settings.lb_tls_secret)
# Likewise the database's (ca.crt, tls.crt, tls.key): its CA goes to the applications.
db_tls_secret = None
if settings.db_tls_secret:
    read_db_tls = secret_data_reader(provider_config, "to check dbTlsSecret")
    db_tls_data = read_db_tls(settings.namespace, settings.db_tls_secret)
    db_tls_secret = db_tls.check_secret(db_tls_data, settings.namespace, settings.db_tls_secret)
# A stack that keeps its data kept the credentials Secret too: reuse it
# (components/kept_credentials.py).
kept = None
if settings.retain_data:
    kept = cluster_reader(provider_config)(settings.namespace, credentials_secret_name("db"))
# The API server must be new enough for every field the tiers rely on (server_version.py).
view = volumes.cluster_view(provider_config)
check_server_version(view)
# An image the live members cannot move to (two releases up, below the FCV) is refused here.
db_args = DatabaseTierArgs(settings.namespace, **settings.args_for(DatabaseTierArgs))
db_version.check_upgrade(view, settings.namespace, "db", db_args, "dbImage")
# A rotation step the live members cannot take (two at once, backwards) is refused here too.
rotation.check_rotation(
    view,
    settings.namespace,
    "db",
    settings.db_credentials_rotation,
    settings.db_keyfile_rotation,
    kept.credentials_rotation if kept else None,
)
# Size changes against the live claims: refused here, before any resource, when they cannot be
# honoured; a raised size grows the member claims and the program's own (components/volumes.py).
storage = volumes.plan(
    view,
    settings.namespace,
    db=(DATA_VOLUME, "db", settings.db_storage_size),
    owned=StatefulApp.owned_claims(settings),
    dry_run=pulumi.runtime.is_dry_run(),
)
for note in storage.notes:
    pulumi.log.info(note)
app = StatefulApp(
    "app",
    settings,
    kept_credentials=kept,
    db_growth=storage.db,
    db_oplog_mb=storage.db_oplog_mb,
    db_tls_secret=db_tls_secret,
    grown_claims=storage.owned,
)

# The stack's outputs are StatefulApp's declared ones; a CA only where there is one to trust.
unset = {
    "ca_certificate": not settings.lb_tls_generate,
    "db_ca_certificate": settings.db_tls == db_tls.DbTlsMode.DISABLED,
}
for output in declared_outputs(StatefulApp):
    if not unset.get(output):
        pulumi.export(camel(output), getattr(app, output))
