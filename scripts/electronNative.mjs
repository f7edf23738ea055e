// better-sqlite3 built for Electron's ABI, kept apart from node_modules/better-sqlite3, which stays built for the Node
// that runs the tests and browser mode. `npm start` hands this build to Electron (GRIDDESK_NATIVE_BINDING) and
// `npm run dist` copies it into the packed app (the afterPack hook below, named in electron-builder.yml).
// Run alone: `node scripts/electronNative.mjs [--platform win32] [--arch x64]` builds it if missing and prints its path.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const defaultProjectDir = path.resolve(import.meta.dirname, '..');

/** Node's name for an electron-builder arch: electron-builder says armv7l where Node and prebuilds say arm. */
export function nodeArch(arch) {
  return arch === 'armv7l' ? 'arm' : arch;
}

/**
 * Where the Electron build is kept for one better-sqlite3 version, Electron version, platform and arch. The
 * better-sqlite3 version is part of the key because its JavaScript must match its binding: an upgrade builds anew.
 */
export function electronBindingPath({ projectDir, betterSqlite3Version, electronVersion, platform, arch }) {
  const key = `better-sqlite3-${betterSqlite3Version}-electron-${electronVersion}-${platform}-${nodeArch(arch)}`;
  return path.join(projectDir, 'node_modules', '.cache', 'griddesk', key, 'better_sqlite3.node');
}

/** The installed Electron and better-sqlite3, as npm put them in the project's node_modules. */
export function installedVersions(projectDir = defaultProjectDir) {
  const require = createRequire(path.join(projectDir, 'package.json'));
  const electronPackage = require.resolve('electron/package.json');
  const betterSqlite3Package = require.resolve('better-sqlite3/package.json');
  return {
    electronVersion: JSON.parse(fs.readFileSync(electronPackage, 'utf8')).version,
    betterSqlite3Version: JSON.parse(fs.readFileSync(betterSqlite3Package, 'utf8')).version,
    betterSqlite3Dir: path.dirname(betterSqlite3Package),
  };
}

/**
 * The path of the Electron build of better_sqlite3.node for this platform and arch, built first when missing:
 * a prebuilt binary through prebuild-install, else compiled with node-gyp against Electron's headers (this platform
 * only). Either needs the network the first time. Throws an Error whose message is one line saying what failed.
 */
export async function ensureElectronBinding({
  projectDir = defaultProjectDir,
  electronVersion,
  platform = process.platform,
  arch = process.arch,
  log = (line) => console.log(line),
} = {}) {
  const installed = installedVersions(projectDir);
  const version = electronVersion ?? installed.electronVersion;
  const target = electronBindingPath({
    projectDir,
    betterSqlite3Version: installed.betterSqlite3Version,
    electronVersion: version,
    platform,
    arch,
  });
  if (fs.existsSync(target)) return target;

  const what = `better-sqlite3 ${installed.betterSqlite3Version} for Electron ${version} (${platform}-${nodeArch(arch)})`;
  const cacheDir = path.dirname(target);
  fs.mkdirSync(cacheDir, { recursive: true });
  const logFile = path.join(cacheDir, 'build.log');
  fs.writeFileSync(logFile, '');
  log(`Building ${what} once, into ${path.relative(projectDir, cacheDir)} (needs the network)...`);

  // A scratch copy: prebuild-install and node-gyp both write build/ in the folder they run in, and the real
  // node_modules/better-sqlite3/build must keep Node's binding.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'griddesk-electron-native-'));
  try {
    const moduleDir = path.join(scratch, 'better-sqlite3');
    fs.cpSync(installed.betterSqlite3Dir, moduleDir, {
      recursive: true,
      filter: (source) => !['build', 'node_modules'].includes(path.relative(installed.betterSqlite3Dir, source)),
    });
    const built = path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node');

    const prebuildInstall = resolveFrom(installed.betterSqlite3Dir, 'prebuild-install/bin.js');
    if (prebuildInstall) {
      const args = ['--runtime', 'electron', '--target', version, '--arch', nodeArch(arch), '--platform', platform];
      await runLogged(process.execPath, [prebuildInstall, ...args, '--verbose'], moduleDir, logFile);
    }
    if (!fs.existsSync(built)) {
      if (platform !== process.platform) {
        throw new Error(
          `Could not get ${what}: no prebuilt binary could be downloaded (network?), and node-gyp cannot compile for ` +
            `another platform; details in ${logFile}`,
        );
      }
      const nodeGyp = findNodeGyp(projectDir);
      if (!nodeGyp) throw new Error(`Could not get ${what}: no prebuilt binary and no node-gyp found; see ${logFile}`);
      const args = [
        'rebuild',
        '--release',
        `--target=${version}`,
        `--arch=${nodeArch(arch)}`,
        '--dist-url=https://electronjs.org/headers',
        '--runtime=electron',
      ];
      const code = await runLogged(process.execPath, [nodeGyp, ...args], moduleDir, logFile);
      if (code !== 0 || !fs.existsSync(built)) {
        throw new Error(
          `Could not build ${what}: no prebuilt binary could be downloaded and node-gyp failed (it needs the network ` +
            `for Electron's headers, and a C++ toolchain); details in ${logFile}`,
        );
      }
    }

    // Into place in one step, so an interrupted copy never passes for a build.
    const partial = `${target}.${process.pid}.partial`;
    fs.copyFileSync(built, partial);
    fs.renameSync(partial, target);
    return target;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** `request` resolved from `dir` as Node would, or null when it is not installed. */
function resolveFrom(dir, request) {
  try {
    return createRequire(path.join(dir, 'package.json')).resolve(request);
  } catch {
    return null;
  }
}

/** npm's own node-gyp (the one `npm install` builds with), else the project's; null when neither is found. */
function findNodeGyp(projectDir) {
  const npmDirs = [
    process.env.npm_execpath && path.resolve(path.dirname(process.env.npm_execpath), '..'),
    path.resolve(path.dirname(process.execPath), '../lib/node_modules/npm'),
    path.resolve(path.dirname(process.execPath), 'node_modules/npm'),
  ].filter(Boolean);
  for (const npmDir of npmDirs) {
    const candidate = path.join(npmDir, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    if (fs.existsSync(candidate)) return candidate;
  }
  return resolveFrom(projectDir, 'node-gyp/bin/node-gyp.js');
}

/** Runs a command in `cwd` with its output appended to `logFile`; resolves to its exit code (1 if it could not start). */
function runLogged(command, args, cwd, logFile) {
  fs.appendFileSync(logFile, `\n$ ${[path.basename(command), ...args].join(' ')}\n`);
  const out = fs.openSync(logFile, 'a');
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', out, out] });
    child.on('error', (error) => {
      fs.appendFileSync(logFile, `${error.message}\n`);
      resolve(1);
    });
    child.on('exit', (code) => resolve(code ?? 1));
  }).finally(() => fs.closeSync(out));
}

/**
 * electron-builder's afterPack hook. electron-builder.yml sets npmRebuild: false, so the packed better-sqlite3 is a
 * copy of node_modules' Node build; this replaces its binding, unpacked beside app.asar, with the Electron build for
 * the platform and arch being packed. Fails the packaging rather than ship an app that cannot open its database.
 */
export async function afterPack(context) {
  const { packager, appOutDir } = context;
  const platform = context.electronPlatformName === 'mas' ? 'darwin' : context.electronPlatformName;
  // electron-builder's Arch enum value as its name (x64, arm64, ...); the hook runs inside electron-builder.
  const arch =
    typeof context.arch === 'number'
      ? createRequire(import.meta.url)('electron-builder').Arch[context.arch]
      : context.arch;
  if (arch === 'universal') throw new Error('better-sqlite3: universal macOS builds are not supported');
  const binding = await ensureElectronBinding({
    projectDir: packager.projectDir,
    electronVersion: packager.info?.framework?.version,
    platform,
    arch,
  });
  const releaseDir = path.join(
    packager.getResourcesDir(appOutDir),
    'app.asar.unpacked',
    'node_modules',
    'better-sqlite3',
    'build',
    'Release',
  );
  const packed = path.join(releaseDir, 'better_sqlite3.node');
  if (!fs.existsSync(packed)) {
    throw new Error(
      `better-sqlite3 is not unpacked where expected (${packed}): check asarUnpack in electron-builder.yml`,
    );
  }
  fs.copyFileSync(binding, packed);
  console.log(`  • better-sqlite3 for Electron (${platform}-${nodeArch(arch)}) copied into ${packed}`);
}

/** `--name value` or `--name=value` among the arguments, or undefined. */
function option(args, name) {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === `--${name}`) return args[i + 1];
    if (args[i]?.startsWith(`--${name}=`)) return args[i].slice(name.length + 3);
  }
  return undefined;
}

/** Whether Node was started on this file, rather than it being imported by start.mjs or electron-builder. */
function runAlone() {
  try {
    return fs.realpathSync(process.argv[1] ?? '') === fs.realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (runAlone()) {
  const args = process.argv.slice(2);
  try {
    console.log(await ensureElectronBinding({ platform: option(args, 'platform'), arch: option(args, 'arch') }));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
