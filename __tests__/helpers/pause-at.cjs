// Test preload (`node --require`): stops the CLI at a chosen step so a test can signal it exactly
// there. CR_PAUSE_AT is `open:<needle>` (hashing: the open of a file whose path contains needle),
// `write:<needle>` (the staging write of a receipt file whose path contains needle) or
// `swap:<needle>` (the rename that moves the new directory onto an --out whose path contains needle).
// At the step it prints "PAUSED <path>" on stderr. `open` blocks the thread (signals act by their
// default, as in hashing); `write` and `swap` wait on the event loop until SIGINT/SIGTERM/SIGHUP
// arrives, then carry on, so the program's own signal handling is what the test observes.
'use strict';
const fs = require('node:fs');
const fsp = require('node:fs/promises');
const spec = process.env.CR_PAUSE_AT || '';
const cut = spec.indexOf(':');
const kind = spec.slice(0, cut);
const needle = spec.slice(cut + 1);
let paused = false;

function announce(p) {
  paused = true;
  process.stderr.write(`PAUSED ${p}\n`);
}

function untilSignal() {
  return new Promise((resolve) => {
    // Signal listeners do not keep the event loop alive: this timer does, until the signal comes.
    const keepAlive = setInterval(() => undefined, 1 << 30);
    const go = () => {
      for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.off(s, go);
      clearInterval(keepAlive);
      resolve();
    };
    for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(s, go);
  });
}

if (kind === 'open') {
  const open = fs.openSync;
  fs.openSync = function (p, ...rest) {
    if (!paused && String(p).includes(needle)) {
      announce(p);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
    }
    return open.call(this, p, ...rest);
  };
} else if (kind === 'write') {
  const writeFile = fsp.writeFile;
  fsp.writeFile = async function (p, ...rest) {
    if (!paused && String(p).includes(needle)) {
      const wait = untilSignal();
      announce(p);
      await wait;
    }
    return writeFile.call(this, p, ...rest);
  };
} else if (kind === 'swap') {
  const rename = fsp.rename;
  fsp.rename = async function (from, to, ...rest) {
    if (!paused && String(to).endsWith(needle) && String(from).includes('.compute-receipt-staging-')) {
      const wait = untilSignal();
      announce(to);
      await wait;
    }
    return rename.call(this, from, to, ...rest);
  };
}
