// A TEST RESOLVER for the membership gate under the simulator (which has no DNS): preloaded into
// the gate's mongosh with `node --require`, it answers names ending in `.sim.test` from the JSON
// file RESOLVER_FILE ({name: "127.0.0.1" | "ENOTFOUND" | "EAI_AGAIN" | other getaddrinfo code}),
// re-read at every lookup so a test can change answers mid-run; unlisted names are ENOTFOUND
// (NXDOMAIN: no such pod). Other names listed in the file are answered too (e.g. `localhost` as
// "::1" alone, a host whose first answer is IPv6); the rest go to the real resolver. Errors are
// shaped like Node's own (`getaddrinfo <CODE> <name>`, code, syscall). It replaces dns.lookup
// only, which is what the driver's net.connect calls; it does not model search domains, TTLs,
// caching or resolution time.
'use strict';
const dns = require('dns');
const fs = require('fs');

const realLookup = dns.lookup;
const ERRNO = { ENOTFOUND: -3008, EAI_AGAIN: -3001, EAI_FAIL: -3002 };

dns.lookup = function lookup(hostname, options, callback) {
  if (typeof options === 'function') [callback, options] = [options, {}];
  if (typeof options === 'number') options = { family: options };
  const table = JSON.parse(fs.readFileSync(process.env.RESOLVER_FILE, 'utf8'));
  if (!/\.sim\.test$/.test(hostname) && !(hostname in table)) {
    return realLookup.call(dns, hostname, options, callback);
  }
  const answer = table[hostname] || 'ENOTFOUND';
  process.nextTick(() => {
    const family = /^\d+\.\d+\.\d+\.\d+$/.test(answer) ? 4 : answer.includes(':') ? 6 : 0;
    if (family) {
      if (options && options.all) callback(null, [{ address: answer, family }]);
      else callback(null, answer, family);
      return;
    }
    const error = new Error(`getaddrinfo ${answer} ${hostname}`);
    Object.assign(error, { code: answer, errno: ERRNO[answer], syscall: 'getaddrinfo', hostname });
    callback(error);
  });
  return undefined;
};
