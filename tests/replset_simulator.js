// A SIMULATED MongoDB replica set that speaks the wire protocol, for testing the replica-set agent
// under the real mongosh CLI (no MongoDB server can run on these machines).
//
//   node tests/replset_simulator.js <members> <init-ms> [replica-set-name]
// Control: JSON lines on stdin ({"op": ...}), one JSON reply line per request on stdout.
//
// Each simulated member i listens on two loopback ports: `host` (the pod address peers use) and
// `local` (the pod's own 127.0.0.1:27017, used by the agent and the probes; IPv4 only, like mongod
// without --ipv6 and the entrypoint's temporary mongod). What it models:
// - Wire protocol: OP_QUERY handshake (legacy hello) answered with OP_REPLY, then OP_MSG. Failures
//   are {ok: 0, errmsg, code, codeName}, so the driver (and mongosh) throw.
// - SCRAM-SHA-256 (RFC 7677, as mongod does it): a wrong password fails with AuthenticationFailed.
//   Every command but hello/ping/buildInfo/sasl*/endSessions needs authentication.
// - The official image's first start: on an empty volume the member first runs the entrypoint's
//   temporary standalone, on `local` only, without --replSet or auth (hello says
//   isWritablePrimary: true, no setName); the root user appears halfway through; then the real
//   mongod starts on both ports. A kept volume skips this (users and config persist).
// - replSetInitiate (every member answers and none has a config), replSetGetConfig,
//   replSetReconfig (primary only; version must grow; at most one voting member added or removed;
//   the previous config committed; a majority of the new config's voting members reachable; with
//   maxTimeMS it fails with MaxTimeMSExpired when the new config cannot be committed, without it
//   it hangs, like mongod), replSetGetStatus, replSetStepDown (needs a caught-up electable
//   secondary), new members voting only once SECONDARY (newlyAdded).
// - replSetGetConfig {commitmentStatus: true} (primary only): whether a majority of the config's
//   voting members are reachable and hold it (mongod also requires the current term's commit
//   point; here terms do not exist).
// - A STARTUP window (start with startupMs): a restarted member with a stored config answers
//   hello without a set name, replSetGet* with NotYetInitialized, and takes no part in heartbeats
//   or elections until the window ends, like mongod before it has loaded its stored config.
// - A member holding back configs (op holdConfig): it takes no newer config by heartbeat, so a
//   reconfig is not majority-committed while enough members hold.
// - Heartbeats every TICK ms: configs propagate to reachable members; members left out of the
//   newest config become REMOVED; a primary that cannot see a majority steps down; an election
//   among reachable voting members with the newest config, only with a majority up.
// - An oplog window: a member whose last write is older than the primary's oldest oplog entry
//   stays RECOVERING ("too stale") until its data is wiped.
// - Users, roles, authorization and a small document store: tests/replset_simulator_users.js (its
//   header lists what it models and what not).
// - Binary versions and the feature compatibility version (FCV): each start names the member's
//   binary (op start {version}, default 7.0.14; buildInfo and maxWireVersion follow it); a fresh
//   volume gets the binary's series as FCV, an initial sync the primary's; a binary starts only
//   on an FCV from the previous long-term series to its own (else it exits at start with
//   "UPGRADE PROBLEM", as mongod does with code 62); a secondary whose binary cannot run the FCV
//   it replicates exits too. getParameter {featureCompatibilityVersion} and
//   setFeatureCompatibilityVersion (primary only; confirm: true required from 7.0; the target
//   must be the binary's series or its previous long-term one) work like mongod's, instantly
//   (no FCV transition state, no targetVersion).
// - Priorities: elections prefer the highest priority (0 is never elected), and a caught-up
//   secondary of higher priority than the primary takes over after an election's time.
// - TLS (mongod --tlsMode requireTLS), when SIM_TLS_CERT and SIM_TLS_KEY name PEM files: every
//   port of every member then listens with Node's tls module and presents that certificate, so
//   a client must speak TLS and verify it (a plain or wrongly-trusting client fails its
//   handshake). Clients present no certificate (--tlsAllowConnectionsWithoutCertificates).
// - Keyfiles (internal authentication): each start names the member's keyfile keys (op start
//   {keys}; default one key every member shares), one or two, as mongod reads them (a third:
//   the member exits at start). A member authenticates to a peer with its first key, refused with
//   its second, and accepts either of its own (mongod's src/mongo/client/authenticate.cpp and
//   db/auth/security_key.cpp), so two members talk iff they share a key. Members that do not are
//   unreachable to each other: no heartbeats (configs), no replication, no votes; a member sees
//   the primary only if they share a key, and a primary steps down when it reaches no majority.
// What it does NOT model: of keyfiles, the SCRAM-SHA-1 exchange itself between members (sharing
// a key is the whole test), a keyfile read after start (mongod reads it once), clients
// authenticating as __system with a key, and two primaries in one set (the set has one primary:
// a member reaching a majority that does not include the primary cannot be elected; there are
// no terms); DNS (tests/replset_resolver.js answers the gate's names), real storage, queries
// beyond that file's, arbiters, write concerns, network partitions other than a member being
// stopped or sharing no key with another, preferTLS (plain and TLS on
// one port), TLS between members (heartbeats are in-process), client certificates or x.509
// authentication, compression, exhaust cursors, sessions beyond accepting lsid, election and
// initial-sync timing (each takes 3 ticks, 0.3 s, whatever the data), and name resolution for
// the agent (members are 127.0.0.1 ports; the agent's own mongod is an IPv4 literal). ConfigMap
// and Secret refreshes that reach pods at different times are the harness's part
// (tests/replset_harness.py: per-pod copies).
'use strict';
const net = require('net');
const tls = require('tls');
const fs = require('fs');
const crypto = require('crypto');
const path = require('path');
const readline = require('readline');
const { BSON } = require(path.join(__dirname, 'mongosh', 'node_modules', 'bson'));
const usersModule = require(path.join(__dirname, 'replset_simulator_users.js'));

const TICK_MS = 100;
const ELECTION_TICKS = 3;
const INITIAL_SYNC_TICKS = 3;
const OPLOG_WINDOW = 1000; // ops the primary keeps
const ITERATIONS = 15000; // mongod 7.0's scramSHA256IterationCount default
const DEFAULT_VERSION = '7.0.14';
const WIRE_VERSIONS = { '6.0': 17, '7.0': 21, '8.0': 25 };
const DEFAULT_KEYS = ['simulated-keyfile-key']; // one key every member shares unless a start says

// Release series, and which FCVs a binary runs on (as components/db_version.py states mongod's rule).
const seriesOf = (version) => String(version).split('.').slice(0, 2).join('.');
const seriesKey = (s) => s.split('.').map(Number);
const compareSeries = (a, b) => {
  const [x, y] = [seriesKey(a), seriesKey(b)];
  return x[0] - y[0] || x[1] - y[1];
};
function lowestFcv(series) {
  const [major, minor] = seriesKey(series);
  if (minor) return `${major}.0`;
  return major === 5 ? '4.4' : `${major - 1}.0`;
}
const runsOn = (version, fcv) =>
  compareSeries(lowestFcv(seriesOf(version)), fcv) <= 0 && compareSeries(fcv, seriesOf(version)) <= 0;

const [memberCount, initMs] = process.argv.slice(2, 4).map(Number);
const tlsOptions = process.env.SIM_TLS_CERT
  ? { cert: fs.readFileSync(process.env.SIM_TLS_CERT), key: fs.readFileSync(process.env.SIM_TLS_KEY) }
  : null;
const setName = process.argv[4] || 'rs0'; // mongod --replSet
const log = (...a) => process.stderr.write(`[sim] ${a.join(' ')}\n`);

// ---------------------------------------------------------------- errors and SCRAM
const CODES = {
  BadValue: 2,
  UserNotFound: 11,
  Unauthorized: 13,
  RoleNotFound: 31,
  Location51003: 51003,
  AuthenticationFailed: 18,
  AlreadyInitialized: 23,
  MaxTimeMSExpired: 50,
  CommandNotFound: 59,
  NodeNotFound: 74,
  NoReplicationEnabled: 76,
  InvalidReplicaSetConfig: 93,
  NotYetInitialized: 94,
  NewReplicaSetConfigurationIncompatible: 103,
  ConfigurationInProgress: 109,
  ExceededTimeLimit: 262,
  NotWritablePrimary: 10107,
  Location7369100: 7369100, // setFeatureCompatibilityVersion without confirm
  Location51003: 51003, // createUser of an existing user
};
class CommandError extends Error {
  constructor(codeName, errmsg) {
    super(errmsg);
    this.codeName = codeName;
  }
}
const fail = (codeName, errmsg) => {
  throw new CommandError(codeName, errmsg);
};

const hmac = (key, text) => crypto.createHmac('sha256', key).update(text).digest();
const sha256 = (data) => crypto.createHash('sha256').update(data).digest();
function scramUser(password) {
  const salt = crypto.randomBytes(28);
  const salted = crypto.pbkdf2Sync(password, salt, ITERATIONS, 32, 'sha256');
  return {
    salt,
    storedKey: sha256(hmac(salted, 'Client Key')),
    serverKey: hmac(salted, 'Server Key'),
  };
}
const users = usersModule({ fail, scramUser, BSON }); // users, roles, documents
const scramFields = (text) =>
  Object.fromEntries(text.split(',').map((kv) => [kv[0], kv.slice(2)]));

// ---------------------------------------------------------------- members
class Member {
  constructor(id) {
    this.id = id;
    this.up = false;
    this.mode = 'stopped'; // stopped | init | replset
    this.data = { users: {}, config: null, lastOp: 0, fcv: null }; // what survives a restart (the volume)
    this.version = DEFAULT_VERSION; // the binary of the current (or last) start
    this.crashed = null; // why the last start exited, like a crash-looping container
    this.state = 'STARTUP';
    this.tooStale = false;
    this.syncTicks = 0;
    this.servers = {};
    this.sockets = new Set();
    this.hangs = [];
    this.keys = DEFAULT_KEYS; // the keyfile's keys (op start {keys}), read at each start
  }
  get host() {
    return `127.0.0.1:${this.ports.host}`;
  }
}
const members = Array.from({ length: memberCount }, (_, i) => new Member(i));
const byHost = (host) => members.find((m) => m.host === host);
// Internal authentication (mongod's keyfile): a member authenticates to a peer with the first key
// of its keyfile and, refused, with the second (src/mongo/client/authenticate.cpp); the peer
// accepts either of its own two (security_key.cpp). So two members talk iff they share a key.
const shareKey = (a, b) => a === b || a.keys.some((k) => b.keys.includes(k));
// Up, loaded, and (seen `from` a member) able to authenticate with it: else its heartbeats fail.
const reachable = (host, from = null) => {
  const m = byHost(host);
  return Boolean(m && m.up && m.mode === 'replset' && !loading(m) && (!from || shareKey(from, m)));
};
// In the STARTUP window: up, but its stored config is not loaded yet.
const loading = (m) => Boolean(m.startupUntil && Date.now() < m.startupUntil);
let primaryChanges = [];
let noPrimarySince = null;
let longestNoPrimaryMs = 0;
let electionCountdown = null;

// Voting members of a config: newly added members vote once they reached SECONDARY.
const voters = (config) => config.members.filter((m) => (m.votes ?? 1) > 0 && !m.newlyAdded);
const majority = (config) => Math.floor(voters(config).length / 2) + 1;
const upVoters = (config, from = null) => voters(config).filter((m) => reachable(m.host, from));
const primary = () => members.find((m) => m.up && m.mode === 'replset' && m.state === 'PRIMARY');
// The primary as member `from` sees it: none when they share no key.
const primaryFor = (from) => {
  const p = primary();
  return p && shareKey(from, p) ? p : null;
};
const newestConfig = (from = null) =>
  members
    .filter((m) => m.up && m.mode === 'replset' && m.data.config && (!from || shareKey(from, m)))
    .map((m) => m.data.config)
    .sort((a, b) => b.version - a.version)[0] || null;
const committed = (config, from = null) =>
  voters(config).filter((v) => {
    const m = byHost(v.host);
    return reachable(v.host, from) && m.data.config && m.data.config.version >= config.version;
  }).length >= majority(config);

const priorityOf = (config, host) => (config.members.find((c) => c.host === host)?.priority ?? 1);
let takeoverCountdown = null;

function setPrimary(member) {
  for (const m of members) if (m.state === 'PRIMARY' && m !== member) m.state = 'SECONDARY';
  if (member) member.state = 'PRIMARY';
  primaryChanges.push({ at: Date.now(), primary: member ? member.host : null });
  log(`primary: ${member ? member.id : 'none'}`);
}

function tick() {
  const config = newestConfig();
  for (const m of members) {
    if (!m.up || m.mode !== 'replset' || loading(m)) continue;
    const seen = newestConfig(m); // heartbeats reach only members sharing a key
    const inNewest = seen && seen.members.some((c) => c.host === m.host);
    if (seen && m.data.config && m.data.config.version < seen.version && !m.holdConfig) {
      m.data.config = structuredClone(seen); // heartbeat carries the newer config
    }
    if (seen && !m.data.config && inNewest && primaryFor(m)) {
      m.data.config = structuredClone(seen); // a fresh member listed by the primary syncs
      m.data.fcv = primaryFor(m).data.fcv;
      m.state = 'STARTUP2';
      m.syncTicks = INITIAL_SYNC_TICKS;
    }
    if (!m.data.config) continue;
    if (!m.data.config.members.some((c) => c.host === m.host)) {
      if (m.state === 'PRIMARY') setPrimary(null);
      m.state = 'REMOVED';
      continue;
    }
    const p = primaryFor(m);
    if (m.state === 'REMOVED' || m.state === 'STARTUP') m.state = 'RECOVERING';
    if (m.state === 'STARTUP2' && --m.syncTicks <= 0) {
      m.state = 'SECONDARY';
      m.data.lastOp = p ? p.data.lastOp : m.data.lastOp;
    }
    if (m.state === 'RECOVERING' && p && !m.tooStale) {
      if (m.data.lastOp < p.data.lastOp - OPLOG_WINDOW) {
        m.tooStale = true;
        log(`member ${m.id} is too stale to catch up`);
      } else m.state = 'SECONDARY';
    }
    if (m.state === 'RECOVERING' && !p && !m.tooStale) m.state = 'SECONDARY';
    if (m.state === 'SECONDARY' && p) {
      m.data.lastOp = p.data.lastOp;
      users.replicate(p, m);
      if (m.data.fcv !== p.data.fcv) {
        m.data.fcv = p.data.fcv;
        if (!runsOn(m.version, m.data.fcv)) crash(m, `binary ${m.version} cannot run the replicated feature compatibility version ${m.data.fcv}`);
      }
    }
    if (m.state === 'SECONDARY' || m.state === 'PRIMARY') {
      for (const cfg of [m.data.config, config]) {
        const entry = cfg && cfg.members.find((c) => c.host === m.host);
        if (entry) delete entry.newlyAdded; // mongod drops newlyAdded once the member is SECONDARY
      }
    }
  }
  const p = primary();
  if (p && upVoters(p.data.config, p).length < majority(p.data.config)) {
    log(`primary ${p.id} lost the majority, stepping down`);
    setPrimary(null);
  }
  priorityTakeover();
  if (primary()) {
    noPrimarySince = null;
    electionCountdown = null;
  } else if (config) {
    noPrimarySince ??= Date.now();
    longestNoPrimaryMs = Math.max(longestNoPrimaryMs, Date.now() - noPrimarySince);
    electionCountdown = electionCountdown === null ? ELECTION_TICKS : electionCountdown - 1;
    if (electionCountdown <= 0) elect(config);
  }
  for (const m of members) {
    m.hangs = m.hangs.filter((h) => !h());
  }
}

function electable(config) {
  return upVoters(config)
    .map((v) => byHost(v.host))
    .filter((m) => m.state === 'SECONDARY' && m.data.config.version === config.version)
    .filter((m) => priorityOf(config, m.host) > 0)
    .filter((m) => !m.stepDownUntil || m.stepDownUntil < Date.now());
}

function elect(config) {
  electionCountdown = null;
  if (upVoters(config).length < majority(config)) return; // no majority: no election
  // A candidate needs the votes of a majority it can authenticate to.
  const candidates = electable(config)
    .filter((m) => upVoters(config, m).length >= majority(config))
    .sort(
      (a, b) =>
        priorityOf(config, b.host) - priorityOf(config, a.host) || b.data.lastOp - a.data.lastOp || a.id - b.id
    );
  if (candidates.length) setPrimary(candidates[0]);
}

// A caught-up secondary with a higher priority than the primary calls an election (mongod's
// priority takeover), after an election's time.
function priorityTakeover() {
  const p = primary();
  const config = p && p.data.config;
  const better = config
    ? electable(config).filter(
        (m) => shareKey(m, p) && priorityOf(config, m.host) > priorityOf(config, p.host) && m.data.lastOp >= p.data.lastOp
      )
    : [];
  if (!better.length) {
    takeoverCountdown = null;
    return;
  }
  takeoverCountdown = takeoverCountdown === null ? ELECTION_TICKS : takeoverCountdown - 1;
  if (takeoverCountdown > 0) return;
  takeoverCountdown = null;
  better.sort((a, b) => priorityOf(config, b.host) - priorityOf(config, a.host) || a.id - b.id);
  log(`priority takeover by ${better[0].id}`);
  setPrimary(better[0]);
}

// ---------------------------------------------------------------- commands
function hello(m, cmd, conn) {
  const base = {
    helloOk: true,
    maxBsonObjectSize: 16777216,
    maxMessageSizeBytes: 48000000,
    maxWriteBatchSize: 100000,
    localTime: new Date(),
    logicalSessionTimeoutMinutes: 30,
    connectionId: conn.id,
    minWireVersion: 0,
    maxWireVersion: WIRE_VERSIONS[seriesOf(m.version)] ?? 21,
    readOnly: false,
  };
  if (cmd.saslSupportedMechs) base.saslSupportedMechs = ['SCRAM-SHA-256'];
  const writable = { isWritablePrimary: true, ismaster: true };
  if (m.mode === 'init') return { ...writable, ...base, ok: 1 };
  const config = m.data.config;
  const inConfig = config && config.members.some((c) => c.host === m.host);
  if (!config || !inConfig || loading(m)) {
    // Uninitiated, loading (STARTUP) and REMOVED members answer alike (an "RSGhost" to drivers).
    const info = 'Does not have a valid replica set config';
    return { isWritablePrimary: false, ismaster: false, secondary: false, info, isreplicaset: true, ...base, ok: 1 };
  }
  const p = primaryFor(m);
  return {
    isWritablePrimary: m.state === 'PRIMARY',
    ismaster: m.state === 'PRIMARY',
    secondary: m.state === 'SECONDARY',
    setName: config._id,
    setVersion: config.version,
    hosts: config.members.map((c) => c.host),
    primary: p && p.data.config.members.some((c) => c.host === p.host) ? p.host : undefined,
    me: m.host,
    ...base,
    ok: 1,
  };
}

function requireReplSet(m) {
  if (m.mode !== 'replset') fail('NoReplicationEnabled', 'This node was not started with replication enabled.');
}

function requirePrimary(m) {
  if (m.state !== 'PRIMARY') fail('NotWritablePrimary', 'not primary');
}

function checkConfigShape(config, rsName) {
  if (config._id !== rsName) {
    fail('InvalidReplicaSetConfig', `Attempting to initiate a replica set with name ${config._id}, but command line reports ${rsName}; rejecting`);
  }
  const ids = new Set(config.members.map((c) => c._id));
  if (ids.size !== config.members.length) fail('InvalidReplicaSetConfig', 'duplicate member _id');
}

function replSetInitiate(m, cmd) {
  requireReplSet(m);
  if (m.data.config) fail('AlreadyInitialized', 'already initialized');
  const config = { ...structuredClone(cmd.replSetInitiate), version: 1, term: 0 };
  checkConfigShape(config, setName);
  if (!config.members.some((c) => c.host === m.host)) {
    fail('InvalidReplicaSetConfig', 'No host described in new configuration maps to this node');
  }
  for (const c of config.members) {
    const peer = byHost(c.host);
    if (!reachable(c.host, m) || (peer.data.config && peer !== m)) {
      fail('NodeNotFound', `replSetInitiate quorum check failed because not all proposed set members responded affirmatively: ${c.host} failed`);
    }
  }
  for (const c of config.members) byHost(c.host).data.config = structuredClone(config);
  m.state = 'SECONDARY';
  for (const c of config.members) byHost(c.host).state = 'SECONDARY';
  setPrimary(m);
  return { ok: 1 };
}

function replSetReconfig(m, cmd) {
  requireReplSet(m);
  requirePrimary(m);
  const current = m.data.config;
  const next = structuredClone(cmd.replSetReconfig);
  checkConfigShape(next, current._id);
  if (next.version <= current.version) {
    fail('NewReplicaSetConfigurationIncompatible', `New replica set configuration version must be greater than old, but ${next.version} is not greater than ${current.version}`);
  }
  if (!next.members.some((c) => c.host === m.host)) {
    fail('InvalidReplicaSetConfig', 'No host described in new configuration maps to this node');
  }
  const before = new Set(voters(current).map((c) => c.host));
  const after = next.members.filter((c) => (c.votes ?? 1) > 0).map((c) => c.host);
  const added = after.filter((h) => !before.has(h));
  const removed = [...before].filter((h) => !after.includes(h));
  if (added.length + removed.length > 1) {
    fail('NewReplicaSetConfigurationIncompatible', 'Non force replica set reconfig can only add or remove at most 1 voting member.');
  }
  if (!committed(current, m)) {
    fail('ConfigurationInProgress', 'Cannot run replSetReconfig because the node is currently updating its configuration');
  }
  for (const c of next.members) if (added.includes(c.host)) c.newlyAdded = true;
  const responding = upVoters(next, m).length;
  if (responding < majority(next)) {
    fail('NodeNotFound', `Quorum check failed because not enough voting nodes responded; required ${majority(next)} but only ${responding} responded`);
  }
  m.data.config = next;
  log(`reconfig to version ${next.version}: ${next.members.map((c) => byHost(c.host)?.id).join(',')}`);
  tick();
  if (committed(next, m)) return { ok: 1 };
  // mongod waits for the new config to be committed by a majority (bounded only by maxTimeMS).
  return { wait: () => committed(next, m), maxTimeMS: cmd.maxTimeMS, timeout: 'MaxTimeMSExpired' };
}

function replSetStepDown(m, cmd) {
  requireReplSet(m);
  requirePrimary(m);
  const electable = upVoters(m.data.config, m)
    .map((v) => byHost(v.host))
    .filter((x) => x !== m && x.state === 'SECONDARY' && x.data.lastOp >= m.data.lastOp);
  if (!electable.length) fail('ExceededTimeLimit', 'No electable secondaries caught up as of now');
  m.stepDownUntil = Date.now() + Number(cmd.replSetStepDown) * 1000;
  setPrimary(null);
  return { ok: 1 };
}

const STATE_CODES = { STARTUP: 0, PRIMARY: 1, SECONDARY: 2, RECOVERING: 3, STARTUP2: 5, REMOVED: 10 };

function replSetGetStatus(m) {
  requireReplSet(m);
  if (!m.data.config || loading(m)) fail('NotYetInitialized', 'no replset config has been received');
  if (m.state === 'REMOVED') {
    fail('InvalidReplicaSetConfig', 'Our replica set config is invalid or we are not a member of it');
  }
  const status = (c) => {
    const x = byHost(c.host);
    const self = x === m;
    const health = self || reachable(c.host, m) ? 1 : 0;
    return {
      _id: c._id,
      name: c.host,
      health,
      state: STATE_CODES[x.state] ?? 0,
      stateStr: health ? x.state : '(not reachable/healthy)',
      optime: { ts: new BSON.Timestamp({ t: x.data.lastOp, i: 1 }), t: 1 },
      self,
      ...(self && m.tooStale ? { infoMessage: 'too stale to catch up' } : {}),
    };
  };
  return {
    set: m.data.config._id,
    myState: STATE_CODES[m.state] ?? 0,
    tooStale: m.tooStale || undefined, // as mongod reports it (jstests/replsets/too_stale_secondary.js)
    members: m.data.config.members.map(status),
    ok: 1,
  };
}

function runCommand(m, cmd, conn) {
  const name = Object.keys(cmd)[0];
  const open = ['hello', 'isMaster', 'ismaster', 'ping', 'buildInfo', 'buildinfo', 'saslStart', 'saslContinue', 'endSessions'];
  // The temporary standalone runs without --auth; the real mongod with --auth and --keyFile.
  if (!open.includes(name) && m.mode === 'replset' && !conn.user) {
    fail('Unauthorized', `Command ${name} requires authentication`);
  }
  if (m.mode === 'replset') users.authorize(m, name, cmd, conn);
  switch (name) {
    case 'hello':
    case 'isMaster':
    case 'ismaster':
      return hello(m, cmd, conn);
    case 'ping':
    case 'endSessions':
      return { ok: 1 };
    case 'buildInfo':
    case 'buildinfo': {
      const versionArray = [...m.version.split('.').map(Number), 0].slice(0, 4);
      return { version: m.version, versionArray, bits: 64, maxBsonObjectSize: 16777216, ok: 1 };
    }
    case 'getParameter':
      if (!cmd.featureCompatibilityVersion) fail('BadValue', 'only featureCompatibilityVersion is simulated');
      return { featureCompatibilityVersion: { version: m.data.fcv }, ok: 1 };
    case 'setFeatureCompatibilityVersion':
      return setFcv(m, cmd);
    case 'saslStart':
      return saslStart(m, cmd, conn);
    case 'saslContinue':
      return saslContinue(m, cmd, conn);
    case 'replSetInitiate':
      return replSetInitiate(m, cmd);
    case 'replSetGetConfig':
      requireReplSet(m);
      if (!m.data.config || loading(m)) fail('NotYetInitialized', 'no replset config has been received');
      if (!cmd.commitmentStatus) return { config: cleanConfig(m.data.config), ok: 1 };
      requirePrimary(m); // mongod: "only supported on the primary"
      return { config: cleanConfig(m.data.config), commitmentStatus: committed(m.data.config, m), ok: 1 };
    case 'replSetReconfig':
      return replSetReconfig(m, cmd);
    case 'replSetStepDown':
      return replSetStepDown(m, cmd);
    case 'replSetGetStatus':
      return replSetGetStatus(m);
    default:
      if (users.handlers[name]) return users.handlers[name](m, cmd);
      fail('CommandNotFound', `no such command: '${name}'`);
  }
}
function setFcv(m, cmd) {
  requireReplSet(m);
  requirePrimary(m);
  const target = String(cmd.setFeatureCompatibilityVersion);
  const own = seriesOf(m.version);
  if (target !== own && target !== lowestFcv(own)) {
    fail('BadValue', `Invalid feature compatibility version value '${target}'; expected '${lowestFcv(own)}' or '${own}'`);
  }
  if (compareSeries(own, '7.0') >= 0 && cmd.confirm !== true) {
    fail('Location7369100', `Once you have upgraded to ${target}, you will not be able to downgrade FCV and binary version without support assistance. Please re-run this command with 'confirm: true' to acknowledge this and continue with the FCV upgrade.`);
  }
  log(`FCV ${m.data.fcv} -> ${target} on ${m.id}`);
  m.data.fcv = target;
  return { ok: 1 };
}

const cleanConfig = (config) => ({
  ...structuredClone(config),
  members: config.members.map(({ newlyAdded, ...c }) => c),
});

function saslStart(m, cmd, conn) {
  if (cmd.mechanism !== 'SCRAM-SHA-256') fail('AuthenticationFailed', 'Authentication failed.');
  const clientFirst = Buffer.from(cmd.payload.buffer).toString();
  const bare = clientFirst.replace(/^[^,]*,[^,]*,/, '');
  const { n: user, r: clientNonce } = scramFields(bare);
  const stored = users.lookup(m, cmd.$db, user);
  if (!stored) fail('AuthenticationFailed', 'Authentication failed.');
  const nonce = clientNonce + crypto.randomBytes(24).toString('base64');
  const serverFirst = `r=${nonce},s=${stored.salt.toString('base64')},i=${ITERATIONS}`;
  conn.sasl = { user, db: cmd.$db || 'admin', stored, bare, serverFirst, nonce };
  return { conversationId: 1, done: false, payload: new BSON.Binary(Buffer.from(serverFirst)), ok: 1 };
}

function saslContinue(m, cmd, conn) {
  const sasl = conn.sasl;
  if (!sasl) fail('AuthenticationFailed', 'Authentication failed.');
  if (sasl.done) return { conversationId: 1, done: true, payload: new BSON.Binary(Buffer.alloc(0)), ok: 1 };
  const clientFinal = Buffer.from(cmd.payload.buffer).toString();
  const fields = scramFields(clientFinal);
  const withoutProof = clientFinal.replace(/,p=[^,]*$/, '');
  const authMessage = `${sasl.bare},${sasl.serverFirst},${withoutProof}`;
  const signature = hmac(sasl.stored.storedKey, authMessage);
  const proof = Buffer.from(fields.p || '', 'base64');
  const clientKey = Buffer.from(proof.map((b, i) => b ^ signature[i]));
  if (fields.r !== sasl.nonce || !sha256(clientKey).equals(sasl.stored.storedKey)) {
    conn.sasl = null;
    fail('AuthenticationFailed', 'Authentication failed.');
  }
  const serverSignature = hmac(sasl.stored.serverKey, authMessage).toString('base64');
  conn.user = { user: sasl.user, db: sasl.db };
  sasl.done = true;
  const done = Boolean(cmd.options?.skipEmptyExchange ?? true);
  return { conversationId: 1, done, payload: new BSON.Binary(Buffer.from(`v=${serverSignature}`)), ok: 1 };
}

// ---------------------------------------------------------------- wire protocol
const OP_REPLY = 1;
const OP_QUERY = 2004;
const OP_MSG = 2013;
let nextRequestId = 1;
let nextConnectionId = 1;

function frame(opCode, responseTo, body) {
  const header = Buffer.alloc(16);
  header.writeInt32LE(16 + body.length, 0);
  header.writeInt32LE(nextRequestId++, 4);
  header.writeInt32LE(responseTo, 8);
  header.writeInt32LE(opCode, 12);
  return Buffer.concat([header, body]);
}

function reply(opCode, requestId, doc) {
  const bson = BSON.serialize(doc, { ignoreUndefined: true });
  if (opCode === OP_QUERY) {
    const head = Buffer.alloc(20);
    head.writeInt32LE(0, 0); // responseFlags
    head.writeBigInt64LE(0n, 4); // cursorID
    head.writeInt32LE(0, 12); // startingFrom
    head.writeInt32LE(1, 16); // numberReturned
    return frame(OP_REPLY, requestId, Buffer.concat([head, bson]));
  }
  return frame(OP_MSG, requestId, Buffer.concat([Buffer.from([0, 0, 0, 0, 0]), bson]));
}

function parseRequest(opCode, body) {
  if (opCode === OP_QUERY) {
    const nameEnd = body.indexOf(0, 4);
    const query = BSON.deserialize(body.subarray(nameEnd + 9), { promoteBuffers: false });
    return query.$query || query;
  }
  const flags = body.readUInt32LE(0);
  let offset = 4;
  const end = body.length - (flags & 1 ? 4 : 0);
  let doc = null;
  while (offset < end) {
    const kind = body[offset];
    offset += 1;
    const size = body.readInt32LE(offset);
    if (kind === 0) doc = BSON.deserialize(body.subarray(offset, offset + size));
    else {
      const section = body.subarray(offset + 4, offset + size);
      const idEnd = section.indexOf(0);
      const id = section.subarray(0, idEnd).toString();
      const docs = [];
      for (let o = idEnd + 1; o < section.length; ) {
        const n = section.readInt32LE(o);
        docs.push(BSON.deserialize(section.subarray(o, o + n)));
        o += n;
      }
      doc[id] = docs;
    }
    offset += size;
  }
  return { doc, moreToCome: Boolean(flags & 2) };
}

function serve(m, socket) {
  const conn = { id: nextConnectionId++, user: null, sasl: null };
  m.sockets.add(socket);
  let buffered = Buffer.alloc(0);
  socket.on('close', () => m.sockets.delete(socket));
  socket.on('error', () => {});
  socket.on('data', (chunk) => {
    buffered = Buffer.concat([buffered, chunk]);
    while (buffered.length >= 16 && buffered.length >= buffered.readInt32LE(0)) {
      const length = buffered.readInt32LE(0);
      const requestId = buffered.readInt32LE(4);
      const opCode = buffered.readInt32LE(12);
      const body = buffered.subarray(16, length);
      buffered = buffered.subarray(length);
      const request = parseRequest(opCode, body);
      const cmd = opCode === OP_QUERY ? request : request.doc;
      handle(m, conn, cmd, (doc) => {
        if (!request.moreToCome && !socket.destroyed) socket.write(reply(opCode, requestId, doc));
      });
    }
  });
}

function handle(m, conn, cmd, respond) {
  if (m.frozen) return; // a hung mongod: accepts the request, never answers
  let result;
  try {
    result = runCommand(m, cmd, conn);
  } catch (e) {
    if (!(e instanceof CommandError)) throw e;
    respond({ ok: 0, errmsg: e.message, code: CODES[e.codeName], codeName: e.codeName });
    return;
  }
  if (!result.wait) return respond(result);
  const started = Date.now();
  m.hangs.push(() => {
    if (result.wait()) return respond({ ok: 1 }), true;
    if (result.maxTimeMS && Date.now() - started >= result.maxTimeMS) {
      respond({ ok: 0, errmsg: 'operation exceeded time limit', code: CODES.MaxTimeMSExpired, codeName: 'MaxTimeMSExpired' });
      return true;
    }
    return false;
  });
}

// ---------------------------------------------------------------- member lifecycle (the "pods")
// Members' ports come from below the kernel's ephemeral range: a stopped member's port is free
// until it restarts, and a port inside the range could meanwhile become some other program's
// outgoing connection (seen with the e2e suite running beside: EADDRINUSE on restart). Outside
// it, only a program that binds that very port could take it.
const EPHEMERAL_LOW = Number(fs.readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').split(/\s+/)[0]);
const PORT_FLOOR = 10000;
function unreservedPort() {
  if (!(EPHEMERAL_LOW > PORT_FLOOR + 1000)) return 0; // no room below the range: any free port
  return PORT_FLOOR + Math.floor(Math.random() * (EPHEMERAL_LOW - PORT_FLOOR));
}

async function listen(m, which) {
  const fixed = m.ports?.[which];
  for (let attempt = 0; ; attempt += 1) {
    const server = tlsOptions
      ? tls.createServer(tlsOptions, (socket) => serve(m, socket))
      : net.createServer((socket) => serve(m, socket));
    server.on('tlsClientError', () => {}); // a plain client or one that refused the certificate
    try {
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(fixed ?? unreservedPort(), '127.0.0.1', resolve);
      });
      m.servers[which] = server;
      return server.address().port;
    } catch (e) {
      if (e.code !== 'EADDRINUSE' || attempt >= 40) throw e;
      if (fixed !== undefined) await new Promise((r) => setTimeout(r, 50)); // still closing
      // else: another port (this one is some other program's)
    }
  }
}

async function closeServers(m) {
  for (const s of m.sockets) s.destroy();
  await Promise.all(Object.values(m.servers).map((s) => new Promise((r) => s.close(r))));
  m.servers = {};
}

async function stop(m) {
  m.generation = (m.generation || 0) + 1;
  m.up = false;
  m.mode = 'stopped';
  if (m.state === 'PRIMARY') setPrimary(null);
  m.state = 'STARTUP';
  await closeServers(m);
  m.hangs = [];
}

// The member's process exits (its pod crash-loops): down, with the reason kept for the test.
function crash(m, why) {
  log(`member ${m.id} exits: ${why}`);
  m.crashed = why;
  stop(m).catch((e) => log(e.stack));
}

async function start(m, { wipe = false, password, startupMs = 0, version = DEFAULT_VERSION, keys = DEFAULT_KEYS }) {
  if (wipe) m.data = { users: {}, config: null, lastOp: 0, fcv: null };
  m.version = version;
  m.crashed = null;
  if (!keys.length || keys.length > 2) {
    // mongod (security_key.cpp): "Only two keys are supported in the security key file"; exits.
    m.crashed = `the keyfile holds ${keys.length} keys: one or two are supported`;
    log(`member ${m.id}: ${m.crashed}`);
    return;
  }
  m.keys = keys;
  if (m.data.fcv && !runsOn(version, m.data.fcv)) {
    // mongod: "UPGRADE PROBLEM: Found an invalid featureCompatibilityVersion document", exit 62.
    m.crashed = `UPGRADE PROBLEM: binary ${version} cannot start on feature compatibility version ${m.data.fcv}`;
    log(`member ${m.id}: ${m.crashed}`);
    return;
  }
  m.data.fcv ??= seriesOf(version); // a fresh volume: the binary's own series
  m.tooStale = false;
  m.up = true;
  m.generation = (m.generation || 0) + 1;
  const fresh = !m.data.config && Object.keys(m.data.users).length === 0;
  if (fresh && password) {
    // The entrypoint's temporary standalone: localhost only, no auth; the root user appears
    // halfway through; then the real mongod starts. Returns at once, like a pod that started.
    m.mode = 'init';
    await listen(m, 'local');
    const generation = m.generation;
    setTimeout(() => {
      if (m.generation === generation) users.setRoot(m, password);
    }, initMs / 2);
    setTimeout(() => {
      if (m.generation === generation) startReplSet(m).catch((e) => log(e.stack));
    }, initMs);
    return;
  }
  await startReplSet(m, startupMs);
}

async function startReplSet(m, startupMs = 0) {
  await closeServers(m); // the temporary mongod shuts down
  m.mode = 'replset';
  m.startupUntil = m.data.config && startupMs ? Date.now() + startupMs : 0;
  m.state = m.data.config && !m.startupUntil ? 'RECOVERING' : 'STARTUP';
  await listen(m, 'local');
  await listen(m, 'host');
}

function snapshot() {
  const p = primary();
  return {
    primary: p ? p.id : null,
    longestNoPrimaryMs,
    primaryChanges: primaryChanges.length,
    members: members.map((m) => ({
      id: m.id,
      host: m.host,
      local: `127.0.0.1:${m.ports.local}`,
      up: m.up,
      mode: m.mode,
      state: m.state,
      tooStale: m.tooStale,
      lastOp: m.data.lastOp,
      version: m.version,
      fcv: m.data.fcv,
      crashed: m.crashed,
      keys: m.keys.length,
      // Members up (loaded or not) that this one can authenticate to, itself included.
      peers: m.up && m.mode === 'replset'
        ? members.filter((x) => x.up && x.mode === 'replset' && shareKey(m, x)).map((x) => x.host)
        : [],
      config: m.data.config && cleanConfig(m.data.config),
    })),
  };
}

async function control(req) {
  const m = members[req.member];
  switch (req.op) {
    case 'start':
      await start(m, req);
      return snapshot();
    case 'stop':
      await stop(m);
      return snapshot();
    case 'wipe': // the claim was deleted: the next start finds an empty volume
      m.data = { users: {}, config: null, lastOp: 0, fcv: null };
      return snapshot();
    case 'state':
      return snapshot();
    case 'write':
      if (!primary()) throw new Error('no primary');
      primary().data.lastOp += req.ops;
      return snapshot();
    case 'holdConfig':
      m.holdConfig = req.hold;
      return snapshot();
    case 'freeze':
      m.frozen = req.frozen;
      return snapshot();
    case 'resetTimeline':
      longestNoPrimaryMs = 0;
      primaryChanges = [];
      return snapshot();
    default:
      throw new Error(`unknown op ${req.op}`);
  }
}

async function main() {
  // SIM_LOCAL_PORTS ({"<member>": port}): a member whose `local` is a fixed port, e.g. 27017 to run
  // an agent with its default host.
  const fixed = JSON.parse(process.env.SIM_LOCAL_PORTS || '{}');
  for (const m of members) {
    m.ports = fixed[m.id] ? { local: fixed[m.id] } : {};
    m.ports.host = await listen(m, 'host'); // reserve both ports, then stay stopped
    m.ports.local = await listen(m, 'local');
    await stop(m);
  }
  setInterval(tick, TICK_MS);
  process.stdout.write(`${JSON.stringify(snapshot())}\n`);
  const rl = readline.createInterface({ input: process.stdin });
  let queue = Promise.resolve();
  rl.on('line', (line) => {
    queue = queue.then(async () => {
      let out;
      try {
        out = { ok: true, result: await control(JSON.parse(line)) };
      } catch (e) {
        out = { ok: false, error: String(e.stack || e) };
      }
      process.stdout.write(`${JSON.stringify(out)}\n`);
    });
  });
  rl.on('close', () => process.exit(0));
}
main();
