// The Electron build of better-sqlite3: where it is kept, and how packaging puts it into the app. Nothing is built or
// downloaded here: each case starts from a cache that already holds the build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  afterPack,
  electronBindingPath,
  ensureElectronBinding,
  installedVersions,
  nodeArch,
} from '../../scripts/electronNative.mjs';

const repoRoot = path.resolve(__dirname, '../..');
const created: string[] = [];
afterEach(() => {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'griddesk-native-test-'));
  created.push(dir);
  return dir;
}

/** A project folder with just the two package.json files the script reads. */
function fakeProject(): string {
  const projectDir = tempDir();
  const packages: [string, string][] = [
    ['electron', '40.1.0'],
    ['better-sqlite3', '12.0.0'],
  ];
  for (const [name, version] of packages) {
    fs.mkdirSync(path.join(projectDir, 'node_modules', name), { recursive: true });
    fs.writeFileSync(path.join(projectDir, 'node_modules', name, 'package.json'), JSON.stringify({ name, version }));
  }
  fs.writeFileSync(path.join(projectDir, 'package.json'), '{}');
  return projectDir;
}

/** Puts a stand-in for the Electron build in the fake project's cache. */
function cached(projectDir: string, platform: string, arch: string, content = `electron build ${platform}-${arch}`) {
  const file = electronBindingPath({
    projectDir,
    betterSqlite3Version: '12.0.0',
    electronVersion: '40.1.0',
    platform,
    arch,
  });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

describe('the cache path', () => {
  const base = { projectDir: '/p', betterSqlite3Version: '12.11.1', electronVersion: '40.10.2' };

  it('is inside node_modules/.cache/griddesk, out of the better-sqlite3 package', () => {
    expect(electronBindingPath({ ...base, platform: 'linux', arch: 'x64' })).toBe(
      path.join(
        '/p',
        'node_modules',
        '.cache',
        'griddesk',
        'better-sqlite3-12.11.1-electron-40.10.2-linux-x64',
        'better_sqlite3.node',
      ),
    );
  });

  it('differs for each Electron version, better-sqlite3 version, platform and arch', () => {
    const paths = new Set([
      electronBindingPath({ ...base, platform: 'linux', arch: 'x64' }),
      electronBindingPath({ ...base, electronVersion: '41.0.0', platform: 'linux', arch: 'x64' }),
      electronBindingPath({ ...base, betterSqlite3Version: '12.12.0', platform: 'linux', arch: 'x64' }),
      electronBindingPath({ ...base, platform: 'win32', arch: 'x64' }),
      electronBindingPath({ ...base, platform: 'linux', arch: 'arm64' }),
    ]);
    expect(paths.size).toBe(5);
  });

  it("names arches as Node does: electron-builder's armv7l is arm", () => {
    expect(nodeArch('armv7l')).toBe('arm');
    expect(nodeArch('x64')).toBe('x64');
    expect(electronBindingPath({ ...base, platform: 'linux', arch: 'armv7l' })).toBe(
      electronBindingPath({ ...base, platform: 'linux', arch: 'arm' }),
    );
  });

  it("reads the installed versions from the project's node_modules", () => {
    const installed = installedVersions(repoRoot);
    expect(installed.electronVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(installed.betterSqlite3Version).toMatch(/^\d+\.\d+\.\d+/);
    expect(installed.betterSqlite3Dir).toBe(path.join(repoRoot, 'node_modules', 'better-sqlite3'));
  });
});

describe('ensuring the Electron build', () => {
  it('answers the cached build without building anything', async () => {
    const projectDir = fakeProject();
    const file = cached(projectDir, 'linux', 'x64');
    const lines: string[] = [];
    await expect(
      ensureElectronBinding({ projectDir, platform: 'linux', arch: 'x64', log: (line) => lines.push(line) }),
    ).resolves.toBe(file);
    expect(lines).toEqual([]);
  });
});

describe('the afterPack hook', () => {
  /** A packed Linux app as electron-builder leaves it, better-sqlite3 unpacked beside app.asar with the Node build. */
  function packedApp() {
    const appOutDir = tempDir();
    const release = path.join(appOutDir, 'resources/app.asar.unpacked/node_modules/better-sqlite3/build/Release');
    fs.mkdirSync(release, { recursive: true });
    fs.writeFileSync(path.join(release, 'better_sqlite3.node'), 'node build');
    return { appOutDir, packed: path.join(release, 'better_sqlite3.node') };
  }

  function context(projectDir: string, appOutDir: string, electronPlatformName: string, arch: number | string) {
    return {
      appOutDir,
      electronPlatformName,
      arch,
      packager: {
        projectDir,
        info: { framework: { version: '40.1.0' } },
        getResourcesDir: (dir: string) => path.join(dir, 'resources'),
      },
    };
  }

  it('replaces the packed Node build with the Electron build of the packed platform and arch (Arch enum: 3 is arm64)', async () => {
    const projectDir = fakeProject();
    cached(projectDir, 'linux', 'x64');
    cached(projectDir, 'linux', 'arm64');
    const { appOutDir, packed } = packedApp();
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await afterPack(context(projectDir, appOutDir, 'linux', 3));
    expect(log).toHaveBeenCalledWith(expect.stringContaining(packed));
    log.mockRestore();
    expect(fs.readFileSync(packed, 'utf8')).toBe('electron build linux-arm64');
  });

  it('fails the packaging when better-sqlite3 is not unpacked where the app will load it', async () => {
    const projectDir = fakeProject();
    cached(projectDir, 'linux', 'x64');
    await expect(afterPack(context(projectDir, tempDir(), 'linux', 'x64'))).rejects.toThrow(/asarUnpack/);
  });
});
