// The renderer's two catalogues say the same things, and every refusal the server can give has words in both.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/renderer/src/i18n/en';
import { zhCN } from '../../src/renderer/src/i18n/zh-CN';
import { contract, procedureNames } from '../../src/shared/contract';
import { deadlineStates, myWorkBuckets, wishStages } from '../../src/shared/contract/cases';
import { errorCodes } from '../../src/shared/contract/errors';
import { importFields } from '../../src/shared/contract/transfer';
import { caseActions, caseEventKinds } from '../../src/shared/domain/caseFlow';
import {
  caseKinds,
  caseSources,
  caseStatuses,
  caseUrgencies,
  claimantKinds,
  escalationLevels,
  satisfactions,
  supervisionLevels,
  voidReasons,
} from '../../src/shared/domain/cases';
import { gridLevels, staffDuties } from '../../src/shared/domain/gridLevels';
import {
  genders,
  houseUses,
  lifeStatuses,
  politicalStatuses,
  relationsToHead,
  residenceStatuses,
  residenceTypes,
  residentTags,
  riskLevels,
  visitTypes,
} from '../../src/shared/domain/residents';
import { roles } from '../../src/shared/domain/roles';
import { validationMessages } from '../../src/shared/i18n/validation';

const catalogues = { 'zh-CN': zhCN, en } as const;

/** Every leaf of a catalogue as a dotted key, the way i18next looks it up. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

function lookup(catalogue: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
      catalogue,
    );
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The `reason: '...'` keys the server throws, read from its sources so a new one cannot slip by. */
function serverReasons(): string[] {
  const root = path.resolve(__dirname, '../../src/main');
  const reasons = new Set<string>();
  for (const file of sourceFiles(root)) {
    for (const match of fs.readFileSync(file, 'utf8').matchAll(/reason:\s*['"`]([A-Za-z0-9_]+)['"`]/g)) {
      if (match[1]) reasons.add(match[1]);
    }
  }
  return [...reasons].sort();
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '').sort();
}

describe('the zh-CN and en catalogues', () => {
  it('have exactly the same keys, however deep', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(zhCN).sort());
  });

  it('leave no message empty', () => {
    for (const catalogue of Object.values(catalogues)) {
      for (const key of keysOf(catalogue)) {
        expect(lookup(catalogue, key), key).toEqual(expect.stringMatching(/\S/));
      }
    }
  });

  it('fill the same placeholders in both languages', () => {
    for (const key of keysOf(zhCN)) {
      expect(placeholders(String(lookup(en, key))), key).toEqual(placeholders(String(lookup(zhCN, key))));
    }
  });

  it('include the contract’s validation messages under `validation`', () => {
    expect(zhCN.validation).toEqual(validationMessages['zh-CN']);
    expect(en.validation).toEqual(validationMessages.en);
  });

  it('translate every reason the server gives for refusing a call', () => {
    const reasons = serverReasons();
    expect(reasons).toContain('loginLocked');
    for (const [lang, catalogue] of Object.entries(catalogues)) {
      const missing = reasons.filter((reason) => typeof lookup(catalogue, `errors.reason.${reason}`) !== 'string');
      expect(missing, `reasons without a ${lang} message`).toEqual([]);
    }
  });

  it('translate every error code, role, grid level and staff duty', () => {
    const keys = [
      ...errorCodes.map((code) => `errors.code.${code}`),
      ...roles.map((role) => `roles.${role}`),
      ...gridLevels.map((level) => `gridLevels.${level}`),
      ...staffDuties.map((duty) => `staffDuties.${duty}`),
    ];
    for (const catalogue of Object.values(catalogues)) {
      expect(keys.filter((key) => typeof lookup(catalogue, key) !== 'string')).toEqual([]);
    }
  });

  it('label every value of the register’s categories and every importable field', () => {
    const categories: Record<string, readonly string[]> = {
      houseUses,
      genders,
      relationsToHead,
      residenceTypes,
      residenceStatuses,
      politicalStatuses,
      lifeStatuses,
      residentTags,
      riskLevels,
      visitTypes,
      registerFields: importFields,
    };
    const keys = Object.entries(categories).flatMap(([name, values]) => values.map((value) => `${name}.${value}`));
    for (const catalogue of Object.values(catalogues)) {
      expect(keys.filter((key) => typeof lookup(catalogue, key) !== 'string')).toEqual([]);
    }
  });

  it('label every value of the case vocabulary: kinds, sources, statuses, steps and the rest', () => {
    const vocabulary: Record<string, readonly string[]> = {
      caseKinds,
      caseSources,
      caseStatuses,
      caseUrgencies,
      satisfactions,
      supervisionLevels,
      escalationLevels,
      voidReasons,
      claimantKinds,
      caseActions,
      caseEventKinds,
      deadlineStates,
      wishStages,
      'myWork.buckets': myWorkBuckets,
    };
    const keys = Object.entries(vocabulary).flatMap(([name, values]) => values.map((value) => `${name}.${value}`));
    for (const catalogue of Object.values(catalogues)) {
      expect(keys.filter((key) => typeof lookup(catalogue, key) !== 'string')).toEqual([]);
    }
  });

  it('name every mutation the audit log can show', () => {
    const mutations = procedureNames.filter((name) => contract[name].kind === 'mutation');
    for (const catalogue of Object.values(catalogues)) {
      expect(mutations.filter((name) => typeof lookup(catalogue, `audit.actions.${name}`) !== 'string')).toEqual([]);
    }
  });
});
