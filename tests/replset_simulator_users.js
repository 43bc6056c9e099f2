// Users, roles and documents of the SIMULATED replica set (tests/replset_simulator.js loads it).
//
// What it models, as mongod 7.0 does it:
// - Users per database (`<db>.<user>`), SCRAM-SHA-256 credentials, authentication against the
//   user's own database (the `$db` of saslStart, i.e. the URI's authSource).
// - A password change (updateUser with pwd, which mongosh's changeUserPassword sends) replaces
//   the user's credentials on the primary: the old password fails from then on, the secondaries
//   take the change at the next heartbeat, and connections authenticated before stay so.
// - createUser / updateUser / dropUser / usersInfo (one user, a list, or forAllDBs), with the
//   errors mongod gives: Location51003 (51003) for an existing user, UserNotFound (11) for a missing
//   one, RoleNotFound (31) for a role that does not exist, Unauthorized (13) without the privilege.
// - Built-in roles only: read, readWrite, dbAdmin, dbOwner, userAdmin on any database; on admin
//   also the *AnyDatabase roles, clusterMonitor, clusterManager, clusterAdmin, backup, restore, root.
// - Authorization per command: data reads (find, count, aggregate, listCollections, getMore) need
//   read on that database, writes (insert, update, delete, createIndexes) readWrite; user
//   management userAdmin; replica-set commands a cluster role; root may do everything. A user may
//   always read its own usersInfo.
// - Documents: a collection is a list; insert (ObjectId _id added), find with top-level equality
//   filters, sort keys (numbers, strings, dates, ObjectIds), limit, and a single batch (cursor id 0). User and document changes on
//   the primary reach the secondaries at the next heartbeat.
// What it does NOT model: custom roles, privileges finer than the roles above, x.509/LDAP, password
// digests other than SCRAM-SHA-256, query operators, projections, indexes, getMore batches,
// update/delete (refused as CommandNotFound), and read preferences (every read is on the primary).
'use strict';

const BUILTIN_ROLES = ['read', 'readWrite', 'dbAdmin', 'dbOwner', 'userAdmin'];
const ADMIN_ROLES = [
  'readAnyDatabase',
  'readWriteAnyDatabase',
  'userAdminAnyDatabase',
  'dbAdminAnyDatabase',
  'clusterMonitor',
  'clusterManager',
  'clusterAdmin',
  'backup',
  'restore',
  'root',
];
const READS = ['find', 'count', 'aggregate', 'listCollections', 'getMore', 'killCursors'];
const WRITES = ['insert', 'createIndexes'];
const USER_ADMIN = ['createUser', 'updateUser', 'dropUser'];
const CLUSTER = ['replSetInitiate', 'replSetGetConfig', 'replSetReconfig', 'replSetStepDown', 'replSetGetStatus'];

module.exports = function users({ fail, scramUser, BSON }) {
  const key = (db, user) => `${db}.${user}`;

  function roleExists(role, db) {
    return BUILTIN_ROLES.includes(role) || (db === 'admin' && ADMIN_ROLES.includes(role));
  }

  function normaliseRoles(roles, defaultDb) {
    return (roles || []).map((r) => {
      const role = typeof r === 'string' ? { role: r, db: defaultDb } : { role: r.role, db: r.db };
      if (!roleExists(role.role, role.db)) fail('RoleNotFound', `Could not find role: ${role.role}@${role.db}`);
      return role;
    });
  }

  // What a set of roles allows: 'read' | 'write' | 'userAdmin' | 'cluster' on a database.
  function allows(roles, action, db) {
    return roles.some(({ role, db: on }) => {
      if (role === 'root' && on === 'admin') return true;
      if (on === 'admin') {
        if (action === 'read' && ['readAnyDatabase', 'readWriteAnyDatabase', 'backup'].includes(role)) return true;
        if (action === 'write' && role === 'readWriteAnyDatabase') return true;
        if (action === 'userAdmin' && role === 'userAdminAnyDatabase') return true;
        if (action === 'cluster' && ['clusterMonitor', 'clusterManager', 'clusterAdmin'].includes(role)) return true;
      }
      if (on !== db) return false;
      if (action === 'read') return ['read', 'readWrite', 'dbOwner'].includes(role);
      if (action === 'write') return ['readWrite', 'dbOwner'].includes(role);
      if (action === 'userAdmin') return ['userAdmin', 'dbOwner'].includes(role);
      return false;
    });
  }

  function actionOf(name) {
    if (READS.includes(name)) return 'read';
    if (WRITES.includes(name)) return 'write';
    if (USER_ADMIN.includes(name) || name === 'usersInfo') return 'userAdmin';
    if (CLUSTER.includes(name)) return 'cluster';
    return null;
  }

  // Throws Unauthorized unless the connection's user may run the command on cmd.$db.
  function authorize(m, name, cmd, conn) {
    const action = actionOf(name);
    if (!action || !conn.user) return; // unauthenticated callers are refused by the simulator
    const db = cmd.$db || 'admin';
    const user = m.data.users[key(conn.user.db, conn.user.user)];
    const own = name === 'usersInfo' && db === conn.user.db && cmd.usersInfo === conn.user.user;
    if (own || (user && allows(user.roles, action, db))) return;
    fail('Unauthorized', `not authorized on ${db} to execute command { ${name}: ${JSON.stringify(cmd[name])} }`);
  }

  function lookup(m, db, user) {
    return m.data.users[key(db || 'admin', user)];
  }

  function setRoot(m, password) {
    m.data.users[key('admin', 'root')] = { ...scramUser(password), user: 'root', db: 'admin', roles: [{ role: 'root', db: 'admin' }] };
  }

  function describeUser(u) {
    return { _id: key(u.db, u.user), user: u.user, db: u.db, roles: u.roles, customData: u.customData, mechanisms: ['SCRAM-SHA-256'] };
  }

  function requireWritable(m) {
    if (m.state !== 'PRIMARY') fail('NotWritablePrimary', 'not primary');
  }

  const handlers = {
    createUser(m, cmd) {
      requireWritable(m);
      const db = cmd.$db;
      if (m.data.users[key(db, cmd.createUser)]) fail('Location51003', `User "${cmd.createUser}@${db}" already exists`);
      if (!cmd.pwd) fail('BadValue', 'Must provide a \'pwd\' field for all user documents, except those with \'$external\' as the user\'s source db');
      const roles = normaliseRoles(cmd.roles, db);
      m.data.users[key(db, cmd.createUser)] = { ...scramUser(cmd.pwd), user: cmd.createUser, db, roles, customData: cmd.customData };
      m.data.lastOp += 1;
      return { ok: 1 };
    },
    updateUser(m, cmd) {
      requireWritable(m);
      const db = cmd.$db;
      const existing = m.data.users[key(db, cmd.updateUser)];
      if (!existing) fail('UserNotFound', `User ${cmd.updateUser}@${db} not found`);
      const updated = { ...existing };
      if (cmd.roles) updated.roles = normaliseRoles(cmd.roles, db);
      if (cmd.pwd) Object.assign(updated, scramUser(cmd.pwd));
      if (cmd.customData) updated.customData = cmd.customData;
      m.data.users[key(db, cmd.updateUser)] = updated;
      m.data.lastOp += 1;
      return { ok: 1 };
    },
    dropUser(m, cmd) {
      requireWritable(m);
      const db = cmd.$db;
      if (!m.data.users[key(db, cmd.dropUser)]) fail('UserNotFound', `User ${cmd.dropUser}@${db} not found`);
      delete m.data.users[key(db, cmd.dropUser)];
      m.data.lastOp += 1;
      return { ok: 1 };
    },
    usersInfo(m, cmd) {
      const db = cmd.$db;
      const all = Object.values(m.data.users);
      const q = cmd.usersInfo;
      let found;
      if (q && q.forAllDBs) found = all;
      else if (q === 1) found = all.filter((u) => u.db === db);
      else {
        const wanted = (Array.isArray(q) ? q : [q]).map((u) => (typeof u === 'string' ? { user: u, db } : u));
        found = all.filter((u) => wanted.some((w) => w.user === u.user && w.db === u.db));
      }
      return { users: found.map(describeUser), ok: 1 };
    },
    insert(m, cmd) {
      requireWritable(m);
      const docs = (cmd.documents || []).map((d) => ({ _id: new BSON.ObjectId(), ...d }));
      const ns = `${cmd.$db}.${cmd.insert}`;
      m.data.collections = m.data.collections || {};
      m.data.collections[ns] = [...(m.data.collections[ns] || []), ...docs];
      m.data.lastOp += 1;
      return { n: docs.length, ok: 1 };
    },
    find(m, cmd) {
      requireWritable(m); // reads go to the primary (the drivers' default read preference)
      const ns = `${cmd.$db}.${cmd.find}`;
      let docs = ((m.data.collections || {})[ns] || []).filter((d) =>
        Object.entries(cmd.filter || {}).every(([k, v]) => JSON.stringify(d[k]) === JSON.stringify(v)),
      );
      const order = Object.entries(cmd.sort || {});
      const comparable = (v) => (v instanceof BSON.ObjectId ? v.toHexString() : v);
      docs = [...docs].sort((a, b) => {
        for (const [field, direction] of order) {
          const [x, y] = [comparable(a[field]), comparable(b[field])];
          if (x < y) return -direction;
          if (x > y) return direction;
        }
        return 0;
      });
      if (cmd.limit) docs = docs.slice(0, Math.abs(cmd.limit));
      return { cursor: { firstBatch: docs, id: BSON.Long.fromNumber(0), ns }, ok: 1 };
    },
  };

  // The primary's users and documents reach a secondary at the next heartbeat.
  // Entries are replaced, never changed in place, so shallow copies suffice (and keep the
  // salts' Buffers and the documents' ObjectIds as they are).
  function replicate(primary, member) {
    member.data.users = { ...primary.data.users };
    member.data.collections = Object.fromEntries(
      Object.entries(primary.data.collections || {}).map(([ns, docs]) => [ns, [...docs]]),
    );
  }

  return { authorize, lookup, setRoot, handlers, replicate, key };
};
