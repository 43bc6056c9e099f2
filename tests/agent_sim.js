// Runs one pass of the replica-set agent (components/mongo.py AGENT_JS) against a simulated set of
// MongoDB members, the way mongosh would run it, and prints the members' state afterwards.
//   node agent_sim.js <agent.js> <scenario.json>
// scenario: {"self": "db-0", "desired": [hosts], "members": {host: {"reachable": bool,
//            "config": {"_id", "version", "members": [{_id, host}]} | null, "primary": bool}}}
// Output (JSON): {"members": ..., "commands": [[host, commandName], ...], "log": [...]}
'use strict';
const fs = require('fs');
const vm = require('vm');

const [agentPath, scenarioPath] = process.argv.slice(2);
const scenario = JSON.parse(fs.readFileSync(scenarioPath, 'utf8'));
const members = scenario.members;
const commands = [];
const log = [];
const selfHost = (name) => `${name}.db.ns.svc.cluster.local:27017`;
const resolve = (host) => (host.startsWith('localhost') ? selfHost(scenario.self) : host);

class QuitSignal {
  constructor(code) {
    this.code = code;
  }
}

function runCommand(host, cmd) {
  const name = Object.keys(cmd)[0];
  const me = members[host];
  if (name !== 'hello') commands.push([host, name]);
  switch (name) {
    case 'hello':
      if (!me.config) return { ok: 1, isWritablePrimary: false, secondary: false };
      return { ok: 1, setName: me.config._id, isWritablePrimary: !!me.primary, secondary: !me.primary };
    case 'replSetInitiate': {
      if (me.config) return { ok: 0, errmsg: 'already initialized' };
      const config = { ...cmd.replSetInitiate, version: 1 };
      for (const m of config.members) {
        if (!members[m.host] || !members[m.host].reachable) return { ok: 0, errmsg: `${m.host} down` };
      }
      for (const m of config.members) members[m.host].config = config;
      me.primary = true;
      return { ok: 1 };
    }
    case 'replSetGetConfig':
      return { ok: 1, config: JSON.parse(JSON.stringify(me.config)) };
    case 'replSetReconfig': {
      const next = cmd.replSetReconfig;
      if (!me.primary) return { ok: 0, errmsg: 'not primary' };
      if (next.version !== me.config.version + 1) return { ok: 0, errmsg: 'bad version' };
      const before = new Set(me.config.members.map((m) => m.host));
      const after = new Set(next.members.map((m) => m.host));
      const changed = [...before].filter((h) => !after.has(h)).length +
        [...after].filter((h) => !before.has(h)).length;
      if (changed > 1) return { ok: 0, errmsg: 'only one voting member may change per reconfig' };
      for (const h of Object.keys(members)) {
        if (after.has(h) || before.has(h)) members[h].config = after.has(h) ? next : null;
      }
      return { ok: 1 };
    }
    case 'replSetStepDown':
      me.primary = false;
      return { ok: 1 };
    default:
      return { ok: 0, errmsg: `unknown command ${name}` };
  }
}

class Mongo {
  constructor(uri) {
    const host = resolve(uri.replace('mongodb://', '').split('/')[0]);
    if (!members[host] || !members[host].reachable) throw new Error(`connect ${host} refused`);
    this.host = host;
  }
  getDB() {
    return { auth: () => ({ ok: 1 }), runCommand: (cmd) => runCommand(this.host, cmd) };
  }
}

const sandbox = {
  Mongo,
  print: (...args) => log.push(args.join(' ')),
  printjson: (value) => log.push(JSON.stringify(value)),
  quit: (code) => {
    throw new QuitSignal(code || 0);
  },
  require: (name) => {
    if (name !== 'fs') throw new Error(`unexpected require ${name}`);
    return { readFileSync: () => scenario.desired.join('\n') + '\n' };
  },
  process: {
    env: {
      REPLICA_SET: 'rs0',
      MONGO_INITDB_ROOT_PASSWORD: 'pw',
      POD_NAME: scenario.self,
      SELF_HOST: selfHost(scenario.self),
    },
  },
};
try {
  vm.runInNewContext(fs.readFileSync(agentPath, 'utf8'), sandbox);
} catch (e) {
  if (!(e instanceof QuitSignal)) throw e;
}
process.stdout.write(JSON.stringify({ members, commands, log }));
