"""Deploys the stateful web application for the selected stack (dev, test, prod)."""

import pulumi
from pulumi.runtime.config import CONFIG, get_config_env

from components import StatefulApp, db_version, volumes
from components.database import DATA_VOLUME, DatabaseTierArgs, credentials_secret_name
from components.kept_secret import cluster_reader, secret_data_reader
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
# A stack that keeps its data kept the credentials Secret too: reuse it (components/kept_secret.py).
kept = None
if settings.retain_data:
    kept = cluster_reader(provider_config)(settings.namespace, credentials_secret_name("db"))
# The API server must be new enough for every field the tiers rely on (server_version.py).
view = volumes.cluster_view(provider_config)
check_server_version(view)
# An image the live members cannot move to (two releases up, below the FCV) is refused here.
db_args = DatabaseTierArgs(settings.namespace, **settings.args_for(DatabaseTierArgs))
db_version.check_upgrade(view, settings.namespace, "db", db_args, "dbImage")
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
    kept_db_credentials=kept,
    db_growth=storage.db,
    db_oplog_mb=storage.db_oplog_mb,
    grown_claims=storage.owned,
)

pulumi.export("namespace", app.namespace)
pulumi.export("url", app.url)
if settings.lb_tls_generate:  # the generated CA, for clients to trust (docs/https.md)
    pulumi.export("caCertificate", app.ca_certificate)
pulumi.export("address", app.address)
pulumi.export("webService", app.web_service)
pulumi.export("assetsService", app.assets_service)
pulumi.export("assetsClaim", app.assets_claim)
pulumi.export("lbService", app.lb_service)
pulumi.export("dbService", app.db_service)
pulumi.export("dbHosts", app.db_hosts)
pulumi.export("dbReplicaSet", app.db_replica_set)
pulumi.export("dbConnectionString", app.db_connection_string)
