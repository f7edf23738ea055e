// Types of electronNative.mjs, for the tests that import it from TypeScript.

export const defaultProjectDir: string;

export function nodeArch(arch: string): string;

export function electronBindingPath(options: {
  projectDir: string;
  betterSqlite3Version: string;
  electronVersion: string;
  platform: string;
  arch: string;
}): string;

export function installedVersions(projectDir?: string): {
  electronVersion: string;
  betterSqlite3Version: string;
  betterSqlite3Dir: string;
};

export function ensureElectronBinding(options?: {
  projectDir?: string;
  electronVersion?: string;
  platform?: string;
  arch?: string;
  log?: (line: string) => void;
}): Promise<string>;

/** The part of electron-builder's AfterPackContext the hook reads. */
export interface AfterPackContext {
  appOutDir: string;
  electronPlatformName: string;
  /** electron-builder's Arch enum value, or its name. */
  arch: number | string;
  packager: {
    projectDir: string;
    info?: { framework?: { version?: string } };
    getResourcesDir(appOutDir: string): string;
  };
}

export function afterPack(context: AfterPackContext): Promise<void>;
