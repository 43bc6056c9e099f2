// Membership gate: a Job runs this file under mongosh before every StatefulSet change of the
// database tier (the StatefulSet depends on the Job). It changes nothing itself, and exits 0 only
// on positive evidence, the same passing answer GATE_CONFIRMATIONS looks in a row:
// - the primary's configuration has no member outside the desired list, and the primary reports
//   that configuration majority-committed (replSetGetConfig {commitmentStatus: true}), so a
//   scale-down deletes only pods the set has already, durably, stopped counting on; or
// - no member pod exists: every candidate name is NXDOMAIN (getaddrinfo ENOTFOUND; first deploy).
// With FCV_LOWEST and FCV_HIGHEST (the feature compatibility versions the image about to roll
// out starts on, components/db_version.py), the primary must also report an FCV in that range
// and no FCV change under way: a member replaced onto data it cannot start on would crash-loop.
// Not evidence: a resolver failure other than ENOTFOUND (EAI_AGAIN: the DNS server did not
// answer), members answering `hello` without a set name (mongod in STARTUP has not loaded its
// stored config yet, e.g. after a mass restart; also a removed or never-initiated member), an
// unreachable member, or a primary whose last reconfig is not committed. Otherwise it keeps
// waiting and, at its deadline, exits 1 with what it saw, which `pulumi up` reports.
const env = process.env;
const desired = env.DESIRED_MEMBERS.split(',');
const candidates = env.CANDIDATE_MEMBERS.split(',');
const deadline = Date.now() + Number(env.GATE_TIMEOUT_MS || 480000);
const intervalMs = Number(env.GATE_INTERVAL_MS || 3000);
const connectMs = Number(env.CONNECT_TIMEOUT_MS || 5000);
const confirmations = Number(env.GATE_CONFIRMATIONS || 3);
const password = require('fs').readFileSync(env.PASSWORD_FILE, 'utf8').trim();
const user = env.ROOT_USER || 'root';
const fcvRange = env.FCV_LOWEST ? [env.FCV_LOWEST, env.FCV_HIGHEST] : null;
// TLS_CA_FILE (dbTls on): TLS, the members' certificates verified with that CA.
const tlsOptions = env.TLS_CA_FILE ? `&tls=true&tlsCAFile=${encodeURIComponent(env.TLS_CA_FILE)}` : '';

// "8.0" < "10.0": release series compared as numbers.
function series(text) {
  return String(text).split('.').slice(0, 2).map(Number);
}
function compare(a, b) {
  const [x, y] = [series(a), series(b)];
  return x[0] - y[0] || x[1] - y[1];
}

// Why the primary's FCV does not fit the image about to roll out, or null.
function fcvProblem(db) {
  if (!fcvRange) return null;
  const fcv = db.runCommand({ getParameter: 1, featureCompatibilityVersion: 1 }).featureCompatibilityVersion;
  const [lowest, highest] = fcvRange;
  if (fcv.targetVersion) {
    return `a feature compatibility version change from ${fcv.version} to ${fcv.targetVersion} is under way`;
  }
  if (compare(fcv.version, lowest) < 0 || compare(fcv.version, highest) > 0) {
    return (
      `the feature compatibility version is ${fcv.version}, and MongoDB ${highest} starts only on ` +
      `${lowest} to ${highest}: the agents set it once every member runs one release (see their status), ` +
      'or dbFeatureCompatibilityVersion holds it'
    );
  }
  return null;
}

function log(message) {
  print(`${new Date().toISOString()} membership-gate: ${message}`);
}

function describe(error) {
  if (error && error.codeName) return `${error.codeName} (${error.code}): ${error.message}`;
  return `${(error && error.name) || 'Error'}: ${(error && error.message) || error}`;
}

// NXDOMAIN (Node reports EAI_NONAME and EAI_NODATA as ENOTFOUND): the name has no record, so
// the pod does not exist. Every other resolver error (EAI_AGAIN, EAI_FAIL, ...) says nothing.
function nameDoesNotExist(error) {
  for (let e = error, depth = 0; e && depth < 5; e = e.cause, depth += 1) {
    if (e.code === 'ENOTFOUND' || /\bgetaddrinfo ENOTFOUND\b/.test(String(e.message))) return true;
  }
  return false;
}

function admin(host, authenticated) {
  const credentials = authenticated ? `${encodeURIComponent(user)}:${encodeURIComponent(password)}@` : '';
  const conn = new Mongo(
    `mongodb://${credentials}${host}/?directConnection=true&authSource=admin&appName=membership-gate` +
      `&serverSelectionTimeoutMS=${connectMs}&connectTimeoutMS=${connectMs}${tlsOptions}`
  );
  return { conn, db: conn.getDB('admin') };
}

// One look at the set: {pass, key, message}; key names what a pass saw, so that only the same
// answer repeated counts as a confirmation.
function look() {
  let primary = null;
  const absent = [];
  const withoutSet = [];
  const unknown = [];
  for (const host of candidates) {
    let c = null;
    try {
      c = admin(host, false);
      const hello = c.db.runCommand({ hello: 1 });
      if (!hello.setName) withoutSet.push(host);
      else if (hello.isWritablePrimary) primary = host;
      else if (hello.primary && !primary) primary = hello.primary;
    } catch (e) {
      if (nameDoesNotExist(e)) absent.push(host);
      else unknown.push(`${host}: ${describe(e)}`);
    } finally {
      if (c) c.conn.close();
    }
  }
  if (absent.length === candidates.length) {
    return { pass: true, key: 'absent', message: 'no member exists (every name is NXDOMAIN): nothing to remove' };
  }
  if (!primary) {
    const seen = [];
    if (withoutSet.length) seen.push(`answering without a set name (STARTUP, removed or not initiated): ${withoutSet.join(', ')}`);
    if (unknown.length) seen.push(`unknown: ${unknown.join('; ')}`);
    return { pass: false, message: `no primary found; ${seen.join('; ') || 'no member answers'}` };
  }
  const p = admin(primary, true);
  try {
    const reply = p.db.runCommand({ replSetGetConfig: 1, commitmentStatus: true });
    const config = reply.config;
    const at = `primary ${primary}, config version ${config.version} term ${config.term}`;
    if (reply.commitmentStatus !== true) {
      return { pass: false, message: `${at} is not majority-committed yet (commitmentStatus ${reply.commitmentStatus})` };
    }
    const hosts = config.members.map((m) => m.host);
    const extra = hosts.filter((h) => !desired.includes(h));
    if (extra.length) {
      return { pass: false, message: `${at} still has ${extra.join(', ')} in the set (the agents remove one per pass)` };
    }
    const fcv = fcvProblem(p.db);
    if (fcv) return { pass: false, message: `${at}: ${fcv}` };
    const message = `${at}, committed: no member outside the desired ${desired.length} is in the set`;
    return { pass: true, key: `${primary} v${config.version} t${config.term} ${[...hosts].sort()}`, message };
  } finally {
    p.conn.close();
  }
}

let last = '';
let streak = 0;
let streakKey = null;
for (;;) {
  let result;
  try {
    result = look();
  } catch (e) {
    result = { pass: false, message: `look failed: ${describe(e)}` };
  }
  streak = result.pass && result.key === streakKey ? streak + 1 : result.pass ? 1 : 0;
  streakKey = result.pass ? result.key : null;
  const message = result.pass ? `${result.message} (${streak} of ${confirmations} looks in a row)` : result.message;
  if (message !== last) log(message);
  last = message;
  if (streak >= confirmations) quit(0);
  if (Date.now() > deadline) {
    log(`gave up: ${message}. Nothing was scaled; see the replset-agent logs of the primary.`);
    quit(1);
  }
  sleep(intervalMs);
}
