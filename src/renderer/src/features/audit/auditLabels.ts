// Names for what the audit log stores as code: procedure names and table names, in the user's language.
import type { TFunction } from 'i18next';
import { isProcedureName } from '../../../../shared/contract';
import { type SensitiveDataKind, sensitiveDataKinds, sensitiveReadActions } from '../../../../shared/contract/audit';
import { i18next } from '../../i18n/i18n';

/** The translated label of a procedure, or null for an action recorded by a procedure this version does not know. */
export function actionLabel(action: string, t: TFunction): string | null {
  const key = `audit.actions.${action}`;
  return isProcedureName(action) && i18next.exists(key) ? t(key as 'audit.actions.auth.login') : null;
}

export function entityLabel(entity: string, t: TFunction): string {
  const key = `audit.entities.${entity}`;
  return i18next.exists(key) ? t(key as 'audit.entities.users') : entity;
}

/** An entry written because someone was shown personal data whole. */
export function isSensitiveRead(action: string): boolean {
  return (sensitiveReadActions as readonly string[]).includes(action);
}

/** "电话号码、重点人群标签 · 3 位居民": the kinds of data a sensitive read showed, from the entry's `after`. */
export function sensitiveReadSummary(after: unknown, t: TFunction): string {
  if (after === null || typeof after !== 'object') return '';
  const { shown, residentIds, revealed } = after as { shown?: unknown; residentIds?: unknown; revealed?: unknown };
  const kinds = Array.isArray(shown) ? shown : revealed === 'idNumber' ? ['idNumber'] : [];
  const names = kinds
    .filter((kind): kind is SensitiveDataKind => (sensitiveDataKinds as readonly unknown[]).includes(kind))
    .map((kind) => t(`auditChain.shownKinds.${kind}`));
  const people = Array.isArray(residentIds) ? [t('auditChain.residentsShown', { count: residentIds.length })] : [];
  return ` · ${[names.join(t('auditChain.kindSeparator')), ...people].filter(Boolean).join(' · ')}`;
}
