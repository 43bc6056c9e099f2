// Membership gate: a Job runs this file under mongosh before every StatefulSet change of the
// database tier (the StatefulSet depends on the Job). It exits 0 once no member outside the desired
// list is in the replica set's configuration, so a scale-down deletes only pods that the agents
// have already removed from the set (never more voting members gone than the set tolerates). It
// changes nothing itself. It also exits 0 when no member pod exists yet (first deploy: every
// candidate name is unknown to DNS) or no set is initiated yet (nothing to remove). Otherwise it
// keeps waiting and, at its deadline, exits 1 with what it saw, which `pulumi up` reports.
const env = process.env;
const desired = env.DESIRED_MEMBERS.split(',');
const candidates = env.CANDIDATE_MEMBERS.split(',');
const deadline = Date.now() + Number(env.GATE_TIMEOUT_MS || 480000);
const intervalMs = Number(env.GATE_INTERVAL_MS || 3000);
const connectMs = Number(env.CONNECT_TIMEOUT_MS || 5000);
const password = require('fs').readFileSync(env.PASSWORD_FILE, 'utf8').trim();
const user = env.ROOT_USER || 'root';

function log(message) {
  print(`${new Date().toISOString()} membership-gate: ${message}`);
}

function describe(error) {
  if (error && error.codeName) return `${error.codeName} (${error.code}): ${error.message}`;
  return `${(error && error.name) || 'Error'}: ${(error && error.message) || error}`;
}

function admin(host, authenticated) {
  const credentials = authenticated ? `${encodeURIComponent(user)}:${encodeURIComponent(password)}@` : '';
  const conn = new Mongo(
    `mongodb://${credentials}${host}/?directConnection=true&authSource=admin&appName=membership-gate` +
      `&serverSelectionTimeoutMS=${connectMs}&connectTimeoutMS=${connectMs}`
  );
  return { conn, db: conn.getDB('admin') };
}

// One look at the set: [done, message].
function look() {
  let primary = null;
  let answered = 0;
  let known = 0;
  let inSet = 0;
  const reasons = [];
  for (const host of candidates) {
    let c = null;
    try {
      c = admin(host, false);
      const hello = c.db.runCommand({ hello: 1 });
      answered += 1;
      known += 1;
      if (hello.setName) inSet += 1;
      if (hello.isWritablePrimary && hello.setName) primary = host;
      else if (hello.primary && !primary) primary = hello.primary;
    } catch (e) {
      const reason = describe(e);
      if (!/ENOTFOUND|EAI_NONAME|EAI_AGAIN/.test(reason)) known += 1;
      reasons.push(`${host}: ${reason}`);
    } finally {
      if (c) c.conn.close();
    }
  }
  if (known === 0) return [true, 'no member exists yet: nothing to remove'];
  if (answered === known && inSet === 0) return [true, 'no replica set is initiated yet: nothing to remove'];
  if (!primary) {
    return [false, `no primary found (${answered} of ${known} existing members answer): ${reasons.join('; ')}`];
  }
  const p = admin(primary, true);
  try {
    const config = p.db.runCommand({ replSetGetConfig: 1 }).config;
    const extra = config.members.map((m) => m.host).filter((h) => !desired.includes(h));
    if (!extra.length) return [true, `no member outside the desired ${desired.length} is in the set`];
    return [false, `primary ${primary} still has ${extra.join(', ')} in the set (the agents remove one per pass)`];
  } finally {
    p.conn.close();
  }
}

let last = '';
for (;;) {
  let done = false;
  let message;
  try {
    [done, message] = look();
  } catch (e) {
    message = `look failed: ${describe(e)}`;
  }
  if (message !== last) log(message);
  last = message;
  if (done) quit(0);
  if (Date.now() > deadline) {
    log(`gave up: ${message}. Nothing was scaled; see the replset-agent logs of the primary.`);
    quit(1);
  }
  sleep(intervalMs);
}
