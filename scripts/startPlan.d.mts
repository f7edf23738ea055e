// Types of startPlan.mjs, for the tests that import it from TypeScript.

export function findElectronRuntime(options: {
  env: Record<string, string | undefined>;
  resolveElectron: () => unknown;
  exists: (file: string) => boolean;
}): string | null;

export function browserModePort(args: readonly string[]): string;

export interface StartStep {
  command: string;
  args: string[];
  /** Variables added to this process's environment for the step. */
  env: Record<string, string>;
}

export interface StartPlan {
  mode: 'desktop' | 'browser';
  /** A line to print before the steps run, or null. */
  notice: string | null;
  steps: StartStep[];
}

export function startPlan(options: {
  runtime: string | null;
  nativeBinding: string | null;
  args: readonly string[];
  execPath: string;
  electronVite: string;
  serverScript: string;
}): StartPlan;
