// Turns any thrown error into one sentence in the user's language: the reason's own message, else the code's.
import type { TFunction } from 'i18next';
import { isRpcError } from '../api/RpcError';
import { i18next } from './i18n';

export function describeError(error: unknown, t: TFunction): string {
  if (!isRpcError(error)) return t('errors.code.INTERNAL');
  if (error.code === 'VALIDATION' && error.issues?.length) {
    // The server already wrote these in the caller's language.
    return error.issues.map((issue) => issue.message).join(t('common.listSeparator'));
  }
  const reasonKey = `errors.reason.${error.reason ?? ''}`;
  if (error.reason && i18next.exists(reasonKey)) {
    return t(reasonKey as 'errors.reason.internal', error.params ?? {});
  }
  return t(`errors.code.${error.code}`);
}
