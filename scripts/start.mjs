// `npm start`: the desktop app where the Electron runtime is installed, otherwise browser mode on this machine.
// Extra arguments reach the app: Electron in desktop mode, the browser-mode server (--port, --data-dir, --demo) otherwise.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ensureElectronBinding } from './electronNative.mjs';
import { findElectronRuntime, startPlan } from './startPlan.mjs';

const projectDir = path.resolve(import.meta.dirname, '..');
const require = createRequire(path.join(projectDir, 'package.json'));
// Run electron-vite's own script with this Node: no shell, no .cmd shim on Windows.
const electronVitePackage = require.resolve('electron-vite/package.json');
const electronVite = path.join(path.dirname(electronVitePackage), require(electronVitePackage).bin['electron-vite']);

let child = null;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    // Ctrl+C already reached the child through the terminal; a signal sent to this process alone has not.
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill(signal);
      return;
    }
    // No step running (say, better-sqlite3 still building for Electron): stop here rather than go on to the next.
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  });
}

/** Runs one step with this terminal, resolving to its exit code, or to the signal that ended it. */
function run(command, args, env) {
  return new Promise((resolve) => {
    child = spawn(command, args, { cwd: projectDir, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', (error) => {
      console.error(`Could not start ${path.basename(command)}: ${error.message}`);
      resolve({ code: 1, signal: null });
    });
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
}

/** Ends this process the way the child ended: same exit code, or the same signal. */
function finish({ code, signal }) {
  if (signal) {
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
    return;
  }
  process.exit(code ?? 1);
}

const runtime = findElectronRuntime({
  env: process.env,
  resolveElectron: () => require('electron'),
  exists: fs.existsSync,
});
// node_modules/better-sqlite3 is built for this Node (tests, browser mode); Electron needs its own build, kept apart.
let nativeBinding = null;
if (runtime) {
  try {
    nativeBinding = await ensureElectronBinding({ projectDir });
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
  }
}

const plan = startPlan({
  runtime,
  nativeBinding,
  args: process.argv.slice(2),
  execPath: process.execPath,
  electronVite,
  serverScript: path.join(projectDir, 'out/main/server.js'),
});
if (plan.notice) console.log(plan.notice);
let result = { code: 0, signal: null };
for (const step of plan.steps) {
  result = await run(step.command, step.args, step.env);
  if (result.signal || result.code !== 0) break;
}
finish(result);
