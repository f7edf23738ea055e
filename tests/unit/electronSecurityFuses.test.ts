// The shipped packaging config (electron-builder.yml) as electron-builder itself reads it: valid against its schema,
// packing the app into app.asar, and flipping each of Electron's fuses the way a production build needs. Nothing is
// packed here (no Electron binary): the fuse wire below is what electron-builder would hand to @electron/fuses.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { beforeAll, describe, expect, it } from 'vitest';

const projectDir = path.resolve(__dirname, '../..');
const require = createRequire(path.join(projectDir, 'package.json'));

interface BuilderLib {
  getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<Configuration>;
  validateConfiguration(config: Configuration, logger: unknown): Promise<void>;
}
const builder: BuilderLib = require('app-builder-lib/out/util/config/config');
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
// Loaded through the package's entry: its packagers import one another, and only the entry gets the order right.
const { PlatformPackager } = require('app-builder-lib') as {
  PlatformPackager: { prototype: { generateFuseConfig(fuses: unknown): Promise<Record<string, unknown>> } };
};
const { FuseV1Options } = require('@electron/fuses') as { FuseV1Options: Record<string, number> };

let config: Configuration;
/** The fuse wire electron-builder flips in the packed binary: @electron/fuses' option number → state. */
let wire: Record<string, unknown>;

beforeAll(async () => {
  config = await builder.getConfig(projectDir, null, null);
  wire = await PlatformPackager.prototype.generateFuseConfig.call({}, config.electronFuses);
});

function fuse(name: string): unknown {
  const option = FuseV1Options[name];
  if (option === undefined) throw new Error(`@electron/fuses has no fuse named ${name}`);
  return wire[String(option)];
}

describe('the packaging config', () => {
  it('is valid against the installed electron-builder’s schema, which refuses a misspelled fuse', async () => {
    await expect(builder.validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(
      builder.validateConfiguration(
        { ...config, electronFuses: { runAsnode: false } as never },
        new DebugLogger(false),
      ),
    ).rejects.toThrow(/electronFuses/);
  });

  it('packs the app into app.asar, unpacking only better-sqlite3’s native binding, and keeps its integrity hash', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['**/node_modules/better-sqlite3/**', '**/*.node']);
    expect(config.disableAsarIntegrity ?? false).toBe(false);
  });
});

describe('the fuses of a production build', () => {
  it('cannot run as plain Node (ELECTRON_RUN_AS_NODE)', () => {
    expect(fuse('RunAsNode')).toBe(false);
  });

  it('ignores NODE_OPTIONS and NODE_EXTRA_CA_CERTS', () => {
    expect(fuse('EnableNodeOptionsEnvironmentVariable')).toBe(false);
  });

  it('ignores --inspect and friends, and SIGUSR1', () => {
    expect(fuse('EnableNodeCliInspectArguments')).toBe(false);
  });

  it('checks app.asar against the hash embedded at packing', () => {
    expect(fuse('EnableEmbeddedAsarIntegrityValidation')).toBe(true);
  });

  it('loads the app only from app.asar, never from a loose app folder beside it', () => {
    expect(fuse('OnlyLoadAppFromAsar')).toBe(true);
  });

  it('encrypts the cookie store with the OS key store', () => {
    expect(fuse('EnableCookieEncryption')).toBe(true);
  });

  it('gives file:// pages no privileges beyond a browser’s (the page is on griddesk://app/)', () => {
    expect(fuse('GrantFileProtocolExtraPrivileges')).toBe(false);
  });

  it('sets a state for every fuse it names, and names only fuses @electron/fuses knows', () => {
    const known = new Set(Object.values(FuseV1Options).map(String));
    const set = Object.keys(wire).filter((key) => /^\d+$/.test(key));
    expect(set.every((key) => known.has(key))).toBe(true);
    expect(set.length).toBe(Object.keys(config.electronFuses ?? {}).length);
    for (const key of set) expect(typeof wire[key]).toBe('boolean');
  });
});
