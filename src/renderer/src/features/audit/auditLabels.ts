// Names for what the audit log stores as code: procedure names and table names, in the user's language.
import type { TFunction } from 'i18next';
import { isProcedureName } from '../../../../shared/contract';
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
