// What `npm start` runs, decided from what is installed. Pure, so the tests check the decision without Electron.

/**
 * The Electron binary's path, or null when npm installed the package without downloading its runtime.
 * `resolveElectron` is `require('electron')`: the package's main export is the binary's path, and it throws when
 * that was never written.
 */
export function findElectronRuntime({ env, resolveElectron, exists }) {
  // electron-vite's own override for where the binary is; honoured first, as electron-vite will.
  const configured = env.ELECTRON_EXEC_PATH;
  if (configured) return exists(configured) ? configured : null;
  try {
    const binary = resolveElectron();
    return typeof binary === 'string' && exists(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** The port browser mode will listen on, as the server itself reads it (`--port N` or `--port=N`). */
export function browserModePort(args) {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--port' && args[i + 1]) return args[i + 1];
    if (args[i]?.startsWith('--port=')) return args[i].slice('--port='.length);
  }
  return '5180';
}

/**
 * The steps of `npm start`, each run with this terminal until one fails:
 * - the Electron runtime is installed and better-sqlite3 is built for it: electron-vite builds and starts Electron,
 *   which is told where that build is (GRIDDESK_NATIVE_BINDING), since node_modules keeps Node's build;
 * - otherwise browser mode: electron-vite builds, then the browser-mode server runs on this Node.
 * Extra arguments reach the app: Electron after `--`, or the server (--port, --data-dir, --demo).
 */
export function startPlan({ runtime, nativeBinding, args, execPath, electronVite, serverScript }) {
  if (runtime && nativeBinding) {
    return {
      mode: 'desktop',
      notice: null,
      steps: [
        {
          command: execPath,
          args: [electronVite, 'preview', ...(args.length ? ['--', ...args] : [])],
          env: { GRIDDESK_NATIVE_BINDING: nativeBinding },
        },
      ],
    };
  }
  const url = `http://127.0.0.1:${browserModePort(args)}`;
  return {
    mode: 'browser',
    notice: runtime
      ? `better-sqlite3 is not built for Electron (see above); starting browser mode instead at ${url}`
      : `Electron runtime not installed here; starting browser mode instead at ${url}`,
    steps: [
      { command: execPath, args: [electronVite, 'build', '--logLevel', 'warn'], env: {} },
      { command: execPath, args: [serverScript, ...args], env: {} },
    ],
  };
}
