// Application users, loaded by replset_agent.js (`load()`, so shell calls are awaited like the
// agent's own). On the primary, every pass makes the users match the users file (USERS_FILE, a key
// of the members ConfigMap, so changes arrive without a restart):
// - a missing user is created with its password (the file user-<name> in USER_PASSWORDS_DIR, a
//   key of the credentials Secret) and its roles, marked customData.managedBy so the agent knows it is its own;
// - a user whose roles differ gets them (updateUser: a changed role list takes effect at once);
// - a user whose password file changed, or whose password was never checked by this process, is
//   authenticated once; if that fails the password is set from the file (updateUser pwd);
// - a managed user no longer listed is dropped only when the file says dropRemoved; otherwise it
//   is kept and named in the status. Users the agent did not create are never touched.
const MANAGED_BY = 'stateful-app';
const verifiedPasswords = new Map(); // "<db>.<user>" -> the password verified by this process

function usersSpec() {
  return JSON.parse(fs.readFileSync(env.USERS_FILE, 'utf8'));
}

function userPassword(name) {
  return fs.readFileSync(`${env.USER_PASSWORDS_DIR}/user-${name}`, 'utf8').trim();
}

const roleKey = (roles) =>
  JSON.stringify(roles.map((r) => `${r.role}@${r.db}`).sort());

// True when `password` authenticates `user` against its database on the local mongod.
function passwordWorks(user, db, password) {
  const t = settings.connectTimeoutMs;
  const conn = new Mongo(
    `mongodb://${settings.local}/?directConnection=true&appName=replset-agent` +
      `&serverSelectionTimeoutMS=${t}&connectTimeoutMS=${t}${tlsOptions}`,
  );
  try {
    conn.getDB(db).auth({ user, pwd: password, mechanism: 'SCRAM-SHA-256' });
    return true;
  } catch (e) {
    if (isAuthFailure(e)) return false;
    throw e;
  } finally {
    conn.close();
  }
}

function reconcileUser(admin, wanted, existing, changes) {
  const id = `${wanted.user}@${wanted.db}`;
  const target = admin.getSiblingDB(wanted.db);
  const password = userPassword(wanted.user);
  if (!existing) {
    target.runCommand({
      createUser: wanted.user,
      pwd: password,
      roles: wanted.roles,
      mechanisms: ['SCRAM-SHA-256'],
      customData: { managedBy: MANAGED_BY },
    });
    verifiedPasswords.set(id, password);
    changes.push(`created ${id}`);
    return;
  }
  if (roleKey(existing.roles) !== roleKey(wanted.roles)) {
    target.runCommand({ updateUser: wanted.user, roles: wanted.roles });
    changes.push(`roles of ${id} set to ${wanted.roles.map((r) => `${r.role}@${r.db}`).join(' ')}`);
  }
  if (verifiedPasswords.get(id) !== password) {
    if (!passwordWorks(wanted.user, wanted.db, password)) {
      target.runCommand({ updateUser: wanted.user, pwd: password });
      changes.push(`password of ${id} set from its Secret`);
    }
    verifiedPasswords.set(id, password);
  }
}

// Returns a status fragment ("users in force: ..." or what changed this pass).
function reconcileUsers(admin) {
  const spec = usersSpec();
  const all = admin.runCommand({ usersInfo: { forAllDBs: true } }).users;
  const find = (user, db) => all.find((u) => u.user === user && u.db === db);
  const changes = [];
  for (const wanted of spec.users) reconcileUser(admin, wanted, find(wanted.user, wanted.db), changes);
  const listed = new Set(spec.users.map((u) => `${u.user}@${u.db}`));
  const removed = all.filter(
    (u) => u.customData && u.customData.managedBy === MANAGED_BY && !listed.has(`${u.user}@${u.db}`),
  );
  for (const u of removed) {
    if (spec.dropRemoved) {
      admin.getSiblingDB(u.db).runCommand({ dropUser: u.user });
      changes.push(`dropped ${u.user}@${u.db}`);
    }
  }
  for (const change of changes) log('info', `users: ${change}`);
  const kept = spec.dropRemoved ? [] : removed.map((u) => `${u.user}@${u.db}`);
  const keptNote = kept.length ? `; kept unlisted ${kept.join(', ')} (dropRemovedUsers is off)` : '';
  if (changes.length) return `users: ${changes.join('; ')}${keptNote}`;
  return `users in force: ${[...listed].join(', ') || 'none'}${keptNote}`;
}

// The primary's pass result with the users reconciled; a failure is this pass's error (retried).
function withUsers(admin, message) {
  try {
    return ['ok', `${message}; ${reconcileUsers(admin)}`];
  } catch (e) {
    return ['error', `${message}; users: ${describe(e)}`];
  }
}
