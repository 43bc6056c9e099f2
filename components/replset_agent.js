// Replica-set agent: the `replset-agent` container of every MongoDB member runs this file under
// mongosh (`mongosh --nodb --quiet --norc replset_agent.js`) as its only process. It loops passes:
// - member 0 initiates the set once every desired member answers and none belongs to a set yet;
// - the primary adds or removes one member per pass to match the desired member list (a file from
//   the members ConfigMap, so a scale change arrives without a restart), removing members before
//   their pods go away (the membership gate Job holds the StatefulSet scale-down until then); a
//   new primary first waits MEMBERS_SETTLE_MS, until its own copy of that file has caught up;
// - the primary gives member 0 the highest priority, so that a rolling update, which replaces
//   member 0 last, moves the primary once (its pod's preStop steps it down);
// - once every member runs a binary of the target feature compatibility version (FCV_FILE, from
//   the same ConfigMap) or newer, the primary sets that FCV (components/db_version.py);
// - every member reports what it sees to a status file read by the container's probes, so an
//   authentication failure or a stale member shows in `kubectl describe pod`;
// - during a password rotation (components/rotation.py) it authenticates as root with the
//   credentials Secret's current password, else its previous one; the primary's agent, once it has
//   seen the new Secret for ROTATION_SETTLE_MS (so the other pods' copies have caught up), sets
//   root to the current password. Readiness stays up throughout; a pod whose copy of the Secret
//   lags behind waits AUTH_GRACE_MS before it reports the failure as blocked.
// Passes are bounded (driver timeouts, maxTimeMS on reconfig, a watchdog that exits the process);
// SIGTERM exits at once. Shell API calls stay out of callbacks (mongosh's async rewriter).
const crypto = require('crypto');
const fs = require('fs');

const env = process.env;
const settings = {
  replicaSet: env.REPLICA_SET,
  self: env.SELF_HOST, // this member's address as listed in the member list
  // This pod's mongod. An IPv4 literal: the entrypoint's temporary mongod binds 127.0.0.1 only,
  // and mongod binds no IPv6 address without --ipv6, while `localhost` may resolve to ::1 first.
  local: env.LOCAL_MONGOD || '127.0.0.1:27017',
  membersFile: env.MEMBERS_FILE,
  fcvFile: env.FCV_FILE, // unset: the FCV is left alone
  passwordFile: env.PASSWORD_FILE,
  previousPasswordFile: env.PREVIOUS_PASSWORD_FILE, // unset or absent: no rotation under way
  // The kubelet refreshes Secret volumes about once a minute, per pod: the primary waits this long
  // before re-keying root, and a pod that authenticates with neither password this long.
  settleMs: Number(env.ROTATION_SETTLE_MS || 120000),
  authGraceMs: Number(env.AUTH_GRACE_MS || 180000),
  // The member list is this pod's copy of a ConfigMap, refreshed by the kubelet about once a minute
  // per pod: a member that became primary waits this long before changing the membership, so it
  // never acts on a list older than the one its predecessor put in force.
  membersSettleMs: Number(env.MEMBERS_SETTLE_MS || 120000),
  user: env.ROOT_USER || 'root',
  statusFile: env.STATUS_FILE || '/tmp/replset-agent.status',
  intervalMs: Number(env.PASS_INTERVAL_MS || 10000),
  passTimeoutMs: Number(env.PASS_TIMEOUT_MS || 90000),
  connectTimeoutMs: Number(env.CONNECT_TIMEOUT_MS || 5000),
  reconfigTimeoutMs: Number(env.RECONFIG_TIMEOUT_MS || 30000),
  backupPasswordFile: env.BACKUP_PASSWORD_FILE, // unset: no backup user
  backupUser: env.BACKUP_USER || 'backup',
};
// TLS_CA_FILE (dbTls on): every connection uses TLS and verifies the member's certificate with
// that CA (host names included), so a wrong or missing CA fails the connection.
const tlsOptions = env.TLS_CA_FILE ? `&tls=true&tlsCAFile=${encodeURIComponent(env.TLS_CA_FILE)}` : '';

function log(level, message) {
  print(`${new Date().toISOString()} replset-agent ${level}: ${message}`);
}

// MongoDB's own words for a failure: codeName and errmsg when the server answered.
function describe(error) {
  if (error && error.codeName) return `${error.codeName} (${error.code}): ${error.message}`;
  return `${(error && error.name) || 'Error'}: ${(error && error.message) || error}`;
}

let lastStatus = '';
function report(state, message) {
  // One line read by the probes: "<state> <message>", state one of ok, waiting, error (this pass
  // failed; retried), blocked (needs a person: readiness fails with the message). Logged on change.
  const line = `${state} ${message}`;
  fs.writeFileSync(`${settings.statusFile}.new`, `${line}\n`);
  fs.renameSync(`${settings.statusFile}.new`, settings.statusFile); // probes never read half a line
  if (line !== lastStatus) log(state === 'ok' || state === 'waiting' ? 'info' : 'ERROR', message);
  lastStatus = line;
}

// password: root's, or none for an unauthenticated connection.
function uri(host, password) {
  const credentials = password
    ? `${encodeURIComponent(settings.user)}:${encodeURIComponent(password)}@`
    : '';
  const t = settings.connectTimeoutMs;
  return (
    `mongodb://${credentials}${host}/?directConnection=true&authSource=admin&appName=replset-agent` +
    `&serverSelectionTimeoutMS=${t}&connectTimeoutMS=${t}&socketTimeoutMS=${settings.passTimeoutMs}` +
    tlsOptions
  );
}

function readPassword() {
  return fs.readFileSync(settings.passwordFile, 'utf8').trim();
}

function readPreviousPassword() {
  if (!settings.previousPasswordFile) return '';
  try {
    return fs.readFileSync(settings.previousPasswordFile, 'utf8').trim();
  } catch (e) {
    if (e.code === 'ENOENT') return ''; // no rotation yet: the Secret has no previous password
    throw e;
  }
}

function desiredMembers() {
  return fs
    .readFileSync(settings.membersFile, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line);
}

// Connections opened in a pass; all are closed at its end.
let open = [];
function connect(host, password) {
  const conn = new Mongo(uri(host, password));
  open.push(conn);
  return conn.getDB('admin');
}
function closeAll() {
  for (const conn of open) {
    try {
      conn.close();
    } catch (e) {
      // already gone
    }
  }
  open = [];
}

// hello without credentials, or null with the reason when the member does not answer.
function probe(host) {
  try {
    return { hello: connect(host, false).runCommand({ hello: 1 }) };
  } catch (e) {
    return { hello: null, reason: describe(e) };
  }
}

const isAuthFailure = (e) => e && (e.code === 18 || e.codeName === 'AuthenticationFailed');

let authFailingSince = null; // when authentication with every password began to fail
let previousSince = null; // when this process, as primary, first needed the previous password
let primarySince = null; // when this process first saw its member primary (null: not primary)

// Root on the local mongod with the current password, else the previous one (a rotation whose
// new password the primary has not set yet). Returns {admin, previous, current} or {error}.
function authenticate() {
  const current = readPassword();
  let error = null;
  for (const password of [current, readPreviousPassword()]) {
    if (!password) continue;
    try {
      const admin = connect(settings.local, password);
      authFailingSince = null;
      return { admin, previous: password !== current, current };
    } catch (e) {
      if (!isAuthFailure(e)) throw e;
      error = e;
    }
  }
  return { error };
}

// On the primary, authenticated with the previous password: once the rotation has settled, root
// gets the current one. Returns the rotation part of the status.
function rotateRoot(admin, auth) {
  if (!auth.previous) {
    previousSince = null;
    return '';
  }
  previousSince ??= Date.now();
  const left = settings.settleMs - (Date.now() - previousSince);
  if (left > 0) {
    return `; root password rotation: the new one is set in ${Math.ceil(left / 1000)} s, once every pod has the new Secret`;
  }
  admin.runCommand({ updateUser: settings.user, pwd: auth.current });
  previousSince = null;
  log('info', `password of ${settings.user} set to the credentials Secret's current one (rotation)`);
  return `; root password rotated`;
}

function initiate(admin, desired) {
  if (desired[0] !== settings.self) return ['waiting', 'waiting for member 0 to initiate the set'];
  for (const host of desired) {
    if (host === settings.self) continue;
    const peer = probe(host);
    if (!peer.hello) return ['waiting', `not initiating: ${host} does not answer (${peer.reason})`];
    if (peer.hello.setName) {
      // Never a second set next to existing data: the set will add this member back itself.
      return ['waiting', `not initiating: ${host} already belongs to set ${peer.hello.setName}`];
    }
    if (!peer.hello.isreplicaset) {
      return ['waiting', `not initiating: ${host} is still initialising (standalone)`];
    }
  }
  const members = desired.map((host, i) => ({ _id: i, host, priority: priorityOf(host, desired) }));
  admin.runCommand({ replSetInitiate: { _id: settings.replicaSet, members } });
  log('info', `initiated ${settings.replicaSet} with ${desired.join(', ')}`);
  return ['ok', `initiated ${settings.replicaSet}`];
}

function diagnoseMember(admin, hello) {
  const status = admin.runCommand({ replSetGetStatus: 1 });
  const me = status.members.find((m) => m.self) || {};
  if (status.tooStale || /too stale/.test(me.infoMessage || '')) {
    return [
      'blocked',
      `${settings.self} is too stale to catch up (${me.stateStr}); recovery: delete this ` +
        "member's claim and pod so it resyncs from an empty volume (README: stale member)",
    ];
  }
  return ['ok', `${me.stateStr || (hello.secondary ? 'SECONDARY' : 'not yet SECONDARY')}`];
}

function nextId(config, desired, host) {
  const taken = new Set(config.members.map((m) => m._id));
  const preferred = desired.indexOf(host);
  if (!taken.has(preferred)) return preferred;
  return Math.max(...taken) + 1;
}

// Priority of a member: member 0 (the one a rolling update replaces last) is preferred as primary.
const priorityOf = (host, desired) => (host === desired[0] ? 2 : 1);

// "8.0" < "10.0": release series compared as numbers.
function compareSeries(a, b) {
  const [x, y] = [a, b].map((v) => String(v).split('.').slice(0, 2).map(Number));
  return x[0] - y[0] || x[1] - y[1];
}

// On the primary, with the membership in force: the FCV of FCV_FILE, set once no member runs an
// older binary (mongod itself refuses an FCV its binary does not support). Returns the FCV part
// of the status.
function ensureFcv(admin, hosts) {
  if (!settings.fcvFile) return '';
  const target = fs.readFileSync(settings.fcvFile, 'utf8').trim();
  const fcv = admin.runCommand({ getParameter: 1, featureCompatibilityVersion: 1 }).featureCompatibilityVersion;
  if (fcv.version === target && !fcv.targetVersion) return `; FCV ${target}`;
  const behind = [];
  for (const host of hosts) {
    try {
      const build = connect(host, false).runCommand({ buildInfo: 1 });
      if (compareSeries(build.version, target) < 0) behind.push(`${host} runs ${build.version}`);
    } catch (e) {
      behind.push(`${host} does not answer (${describe(e)})`);
    }
  }
  if (behind.length) return `; FCV ${fcv.version}, ${target} once no member runs an older release: ${behind.join(', ')}`;
  const command = { setFeatureCompatibilityVersion: target };
  // From 7.0 mongod requires the confirmation (an FCV upgrade cannot be undone without one more).
  if (compareSeries(admin.runCommand({ buildInfo: 1 }).version, '7.0') >= 0) command.confirm = true;
  admin.runCommand(command);
  log('info', `feature compatibility version ${fcv.version} -> ${target}`);
  return `; FCV set to ${target}`;
}

// On the primary: one membership change per pass, removals (other members first) before additions.
function reconcile(admin, desired) {
  const config = admin.runCommand({ replSetGetConfig: 1 }).config;
  const current = config.members.map((m) => m.host);
  const extra = current.filter((h) => !desired.includes(h));
  const missing = desired.filter((h) => !current.includes(h));
  let change;
  const settling = settings.membersSettleMs - (Date.now() - primarySince);
  if ((extra.length || missing.length) && settling > 0) {
    return [
      'ok',
      `PRIMARY; membership change (${[...extra.map((h) => `-${h}`), ...missing.map((h) => `+${h}`)].join(' ')}) ` +
        `in ${Math.ceil(settling / 1000)} s: this member became primary recently, and its copy of the member ` +
        'list may still be older than the one in force',
    ];
  }
  if (extra.length) {
    const others = extra.filter((h) => h !== settings.self).sort().reverse();
    if (!others.length) {
      // Only this member is left to remove: hand over to a member that stays, which removes it.
      admin.runCommand({ replSetStepDown: 60, secondaryCatchUpPeriodSecs: 10 });
      return ['ok', 'stepped down: this member is being removed from the set'];
    }
    config.members = config.members.filter((m) => m.host !== others[0]);
    change = `removed ${others[0]}`;
  } else if (missing.length) {
    const peer = probe(missing[0]);
    if (!peer.hello) return ['waiting', `to add ${missing[0]}: it does not answer (${peer.reason})`];
    if (!peer.hello.isreplicaset && !peer.hello.setName) {
      return ['waiting', `to add ${missing[0]}: it is still initialising (standalone)`];
    }
    const added = { _id: nextId(config, desired, missing[0]), host: missing[0] };
    config.members.push({ ...added, priority: priorityOf(missing[0], desired) });
    change = `added ${missing[0]}`;
  } else if (config.members.some((m) => (m.priority ?? 1) !== priorityOf(m.host, desired))) {
    for (const m of config.members) m.priority = priorityOf(m.host, desired);
    change = `priorities: ${desired[0]} 2, the others 1`;
  } else {
    return ['ok', `PRIMARY; members in force: ${current.join(', ')}${ensureFcv(admin, current)}`];
  }
  config.version += 1;
  admin.runCommand({ replSetReconfig: config, maxTimeMS: settings.reconfigTimeoutMs });
  log('info', `reconfig to version ${config.version}: ${change}`);
  return ['ok', `PRIMARY; ${change}`];
}

// The user the backup CronJob dumps as, with the `backup` role only (roles are reset, so nothing
// else sticks); created, and re-keyed when the password file changes, by the primary. The
// password's SHA-256 in customData says whether it is current without an extra login.
function ensureBackupUser(admin) {
  if (!settings.backupPasswordFile) return;
  const pwd = fs.readFileSync(settings.backupPasswordFile, 'utf8').trim();
  const customData = { passwordSha256: crypto.createHash('sha256').update(pwd).digest('hex') };
  const roles = [{ role: 'backup', db: 'admin' }];
  const user = settings.backupUser;
  const found = admin.runCommand({ usersInfo: { user, db: 'admin' } }).users;
  if (!found.length) {
    admin.runCommand({ createUser: user, pwd, roles, customData });
    log('info', `created user ${user} (role backup)`);
  } else if ((found[0].customData || {}).passwordSha256 !== customData.passwordSha256) {
    admin.runCommand({ updateUser: user, pwd, roles, customData });
    log('info', `updated the password of user ${user}`);
  }
}

function pass() {
  const desired = desiredMembers();
  const local = probe(settings.local);
  if (!local.hello) return ['waiting', `mongod does not answer yet (${local.reason})`];
  if (!local.hello.setName && !local.hello.isreplicaset) {
    // The image's entrypoint runs a temporary standalone (no --replSet) to create the root user.
    return ['waiting', 'mongod is initialising (the entrypoint standalone)'];
  }
  const auth = authenticate();
  if (!auth.admin) {
    authFailingSince ??= Date.now();
    const message =
      `authentication as ${settings.user} failed: ${describe(auth.error)}. The password in the ` +
      'credentials Secret does not match the users on this data volume (README: credentials)';
    if (Date.now() - authFailingSince < settings.authGraceMs) {
      // A rotation reaches pods at different times: this pod's copy of the Secret may lag.
      return ['waiting', `${message}; waiting for an updated credentials Secret`];
    }
    return ['blocked', message];
  }
  const admin = auth.admin;
  const hello = admin.runCommand({ hello: 1 });
  if (!hello.setName) {
    // No set in hello: never initiated (NotYetInitialized), or removed from the set by a
    // scale-down (InvalidReplicaSetConfig: "... we are not a member of it").
    try {
      admin.runCommand({ replSetGetStatus: 1 });
    } catch (e) {
      if (e.codeName === 'InvalidReplicaSetConfig') return ['ok', 'REMOVED from the set'];
      if (e.codeName !== 'NotYetInitialized') throw e;
    }
    return initiate(admin, desired);
  }
  if (hello.setName !== settings.replicaSet) {
    return ['blocked', `member belongs to set ${hello.setName}, expected ${settings.replicaSet}`];
  }
  if (!hello.isWritablePrimary) {
    previousSince = null;
    primarySince = null;
    const [state, message] = diagnoseMember(admin, hello);
    const note = auth.previous ? '; root has the previous password until the primary sets the new one' : '';
    return [state, message + note];
  }
  primarySince ??= Date.now();
  const rotated = rotateRoot(admin, auth);
  ensureBackupUser(admin);
  const [state, found] = reconcile(admin, desired);
  const message = found + rotated;
  return env.USERS_FILE && state === 'ok' ? withUsers(admin, message) : [state, message];
}

function runPass() {
  const watchdog = setTimeout(() => {
    report('error', `pass exceeded ${settings.passTimeoutMs} ms; exiting so the container restarts`);
    process.exit(3);
  }, settings.passTimeoutMs);
  try {
    const [state, message] = pass();
    report(state, message);
  } catch (e) {
    report('error', `pass failed: ${describe(e)}`);
  } finally {
    clearTimeout(watchdog);
    closeAll();
  }
}

// Application users (replset_users.js): created and reconciled by the primary's agent.
if (env.USERS_FILE) load(env.USERS_SCRIPT || `${__dirname}/replset_users.js`);

process.on('SIGTERM', () => {
  log('info', 'SIGTERM: exiting');
  process.exit(0);
});
log('info', `started for ${settings.self} in ${settings.replicaSet}`);
for (;;) {
  runPass();
  sleep(settings.intervalMs);
}
