// `npm start`: the desktop app where the Electron runtime is installed, otherwise browser mode on this machine.
// Extra arguments reach the app: Electron in desktop mode, the browser-mode server (--port, --data-dir, --demo) otherwise.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const projectDir = path.resolve(import.meta.dirname, '..');
const require = createRequire(path.join(projectDir, 'package.json'));
// Run electron-vite's own script with this Node: no shell, no .cmd shim on Windows.
const electronVitePackage = require.resolve('electron-vite/package.json');
const electronVite = path.join(path.dirname(electronVitePackage), require(electronVitePackage).bin['electron-vite']);
const extraArgs = process.argv.slice(2);

/** The Electron binary's path, or null when npm installed the package without downloading its runtime. */
function electronRuntime() {
  // electron-vite's own override for where the binary is; honoured first, as electron-vite will.
  const configured = process.env.ELECTRON_EXEC_PATH;
  if (configured) return fs.existsSync(configured) ? configured : null;
  try {
    // The electron package's main export is the path of the binary; it throws when that was never written.
    const binary = require('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** The port browser mode will listen on, as the server itself reads it (`--port N` or `--port=N`). */
function browserModePort(args) {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--port' && args[i + 1]) return args[i + 1];
    if (args[i]?.startsWith('--port=')) return args[i].slice('--port='.length);
  }
  return '5180';
}

let child = null;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    // Ctrl+C already reached the child through the terminal; a signal sent to this process alone has not.
    if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}

/** Runs one step with this terminal, resolving to its exit code, or to the signal that ended it. */
function run(command, args) {
  return new Promise((resolve) => {
    child = spawn(command, args, { cwd: projectDir, stdio: 'inherit' });
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

if (electronRuntime()) {
  // electron-vite builds, then starts Electron on the build; arguments after `--` reach the app.
  finish(await run(process.execPath, [electronVite, 'preview', ...(extraArgs.length ? ['--', ...extraArgs] : [])]));
} else {
  console.log(
    `Electron runtime not installed here; starting browser mode instead at http://127.0.0.1:${browserModePort(extraArgs)}`,
  );
  const built = await run(process.execPath, [electronVite, 'build', '--logLevel', 'warn']);
  if (built.signal || built.code !== 0) finish(built);
  else finish(await run(process.execPath, [path.join(projectDir, 'out/main/server.js'), ...extraArgs]));
}
