// Which member backup_db.sh dumps from, printed on stdout: a SECONDARY of REPLICA_SET when one
// answers (a dump then never loads the primary), else the PRIMARY; nothing and exit 1 when no
// member of the set answers. Run as `mongosh --nodb --quiet --norc backup_source.js`; asks each
// host in HOSTS (comma-separated) `hello`, which needs no credentials.
const env = process.env;
const hosts = (env.HOSTS || '').split(',').filter((h) => h);
const timeout = Number(env.CONNECT_TIMEOUT_MS || 5000);
// TLS_CA_FILE (dbTls on): TLS, the members' certificates verified with that CA.
const tlsOptions = env.TLS_CA_FILE ? `&tls=true&tlsCAFile=${encodeURIComponent(env.TLS_CA_FILE)}` : '';

const open = []; // closed at the end: closing in the same function races the answer
function hello(host) {
  try {
    const conn = new Mongo(
      `mongodb://${host}/?directConnection=true&serverSelectionTimeoutMS=${timeout}` +
        `&connectTimeoutMS=${timeout}&appName=backup-source${tlsOptions}`
    );
    open.push(conn);
    const answer = conn.getDB('admin').runCommand({ hello: 1 });
    return answer;
  } catch (e) {
    console.error(`backup-source: ${host} does not answer: ${e.message}`);
    return null;
  }
}

// A plain loop: mongosh's async rewriter does not reach shell API calls inside callbacks.
const answers = [];
for (const host of hosts) answers.push({ host, hello: hello(host) });
const ofSet = answers.filter((a) => a.hello && a.hello.setName === env.REPLICA_SET);
const secondary = ofSet.find((a) => a.hello.secondary);
const chosen = secondary || ofSet.find((a) => a.hello.isWritablePrimary);
for (const conn of open) conn.close();
if (chosen) {
  print(chosen.host);
} else {
  console.error(`backup-source: no SECONDARY or PRIMARY of ${env.REPLICA_SET} among ${hosts}`);
  process.exit(1);
}
