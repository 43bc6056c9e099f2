"""Pure builders for the MongoDB replica set: member host names, connection string, probes and
the replica-set agent that initiates and reconciles membership automatically.

Why it cannot deadlock Pulumi's wait for the StatefulSet: nothing waits for the StatefulSet to be
Ready. Every member runs the agent as a sidecar from its first second; the headless Service
publishes not-ready addresses, so members resolve each other before any is Ready. Member 0
initiates the set once all desired members answer and none belongs to a set; from then on the
primary's agent adds and removes members (one per pass, as MongoDB requires) to match the member
list in a ConfigMap that is mounted as a directory, so a scale change reaches running pods without
restarting them. Readiness (primary or secondary) follows from that, and Pulumi's wait ends.
"""

from __future__ import annotations

PORT = 27017
ROOT_USER = "root"
MEMBERS_DIR = "/etc/replset"
MEMBERS_FILE = "members"


def member_hosts(statefulset: str, service: str, namespace: str, members: int) -> list[str]:
    """Stable DNS names of the members: <sts>-<i>.<service>.<namespace>.svc.cluster.local:port."""
    return [
        f"{statefulset}-{i}.{service}.{namespace}.svc.cluster.local:{PORT}" for i in range(members)
    ]


def connection_string(hosts: list[str], password: str, replica_set: str) -> str:
    """A mongodb:// URI listing every member, authenticating as root against admin."""
    return (
        f"mongodb://{ROOT_USER}:{password}@{','.join(hosts)}/"
        f"?replicaSet={replica_set}&authSource=admin"
    )


def mongod_args(replica_set: str) -> list[str]:
    return [
        "--replSet",
        replica_set,
        "--bind_ip_all",
        "--port",
        str(PORT),
        "--keyFile",
        "/keyfile/keyfile",
        "--auth",
    ]


# mongosh scripts run without credentials: hello and ping need none.
PING = ["mongosh", "--quiet", "--norc", "--eval", "db.adminCommand('ping').ok || quit(1)"]
READY = [
    "mongosh",
    "--quiet",
    "--norc",
    "--eval",
    "const h = db.hello(); quit(h.isWritablePrimary || h.secondary ? 0 : 1)",
]

# Copies the keyfile from the Secret into an emptyDir owned by mongod with mode 0400: mongod
# refuses a keyfile readable by the group, which is how Secret volumes with fsGroup appear.
KEYFILE_COPY = "cp /keyfile-secret/keyfile /keyfile/keyfile && chmod 0400 /keyfile/keyfile"

AGENT_LOOP = (
    "while true; do mongosh --quiet --norc --nodb /scripts/agent.js "
    "|| echo 'agent: pass failed, retrying'; sleep 10; done"
)

_AGENT_TEMPLATE = r"""
// Replica-set agent: one idempotent pass; the container loops it every 10 seconds.
const fs = require('fs');
const rsName = process.env.REPLICA_SET;
const password = process.env.MONGO_INITDB_ROOT_PASSWORD;
const self = process.env.SELF_HOST;
const ordinal = Number(process.env.POD_NAME.split('-').pop());
const desired = fs.readFileSync('@MEMBERS@', 'utf8').split('\n').filter((h) => h);

function admin(host) {
  try {
    const conn = new Mongo(`mongodb://${host}/?directConnection=true&serverSelectionTimeoutMS=3000`);
    const db = conn.getDB('admin');
    db.auth('@USER@', password);
    return db;
  } catch (e) {
    return null;
  }
}
const memberId = (host) => Number(host.split('.')[0].split('-').pop());

const local = admin('localhost:@PORT@');
if (!local) quit(0); // mongod is still starting
const hello = local.runCommand({ hello: 1 });

if (!hello.setName) {
  // Not in a set. Only member 0 initiates, and only when every desired member answers and none
  // belongs to a set already: never a second set beside existing data.
  if (ordinal !== 0) quit(0);
  for (const host of desired.filter((h) => h !== self)) {
    const peer = admin(host);
    if (!peer || peer.runCommand({ hello: 1 }).setName) quit(0);
  }
  const members = desired.map((host) => ({ _id: memberId(host), host }));
  printjson(local.runCommand({ replSetInitiate: { _id: rsName, members } }));
  quit(0);
}
if (!hello.isWritablePrimary) quit(0); // only the primary reconciles

const config = local.runCommand({ replSetGetConfig: 1 }).config;
const current = config.members.map((m) => m.host);
const extra = current.filter((h) => !desired.includes(h));
const missing = desired.filter((h) => !current.includes(h));
if (extra.includes(self)) {
  local.runCommand({ replSetStepDown: 60 }); // a member that stays will remove this one
  quit(0);
}
let change = null;
if (extra.length) {
  config.members = config.members.filter((m) => m.host !== extra[0]);
  change = `remove ${extra[0]}`;
} else if (missing.length && admin(missing[0])) {
  config.members.push({ _id: memberId(missing[0]), host: missing[0] });
  change = `add ${missing[0]}`;
}
if (change) {
  config.version += 1;
  const result = local.runCommand({ replSetReconfig: config });
  print(`agent: ${change}: ${result.ok ? 'ok' : result.errmsg}`);
}
"""
AGENT_JS = (
    _AGENT_TEMPLATE.replace("@MEMBERS@", f"{MEMBERS_DIR}/{MEMBERS_FILE}")
    .replace("@USER@", ROOT_USER)
    .replace("@PORT@", str(PORT))
)
