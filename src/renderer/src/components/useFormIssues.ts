// Puts a refusal's field issues onto a form whose fields are nested (a list of rows, a multi-select of months): each
// issue's path is first moved onto a field the form shows, then anything left over is said as one message.
import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isRpcError } from '../api/RpcError';
import { describeError } from '../i18n/describeError';

export type FieldPath = (string | number)[];

/**
 * `place` answers where the form shows an issue of `path` (or null when it has no such field); the issues sharing a
 * place are joined there.
 */
export function useFormIssues(place: (path: FieldPath) => FieldPath | null) {
  const { message } = App.useApp();
  const { t } = useTranslation();
  return useCallback(
    (error: unknown, form: FormInstance) => {
      const issues = isRpcError(error) ? (error.issues ?? []) : [];
      const placed = new Map<string, { name: FieldPath; errors: string[] }>();
      let leftOver = false;
      for (const issue of issues) {
        const name = issue.path.length > 0 ? place(issue.path) : null;
        if (!name) {
          leftOver = true;
          continue;
        }
        const key = JSON.stringify(name);
        const entry = placed.get(key) ?? { name, errors: [] };
        entry.errors.push(issue.message);
        placed.set(key, entry);
      }
      const fields = [...placed.values()];
      form.setFields(fields);
      // To the first issue on a field that is drawn (a list's own issue has no element of its own).
      const first = fields.find((field) => form.getFieldInstance(field.name));
      if (first) form.scrollToField(first.name, { block: 'center' });
      if (issues.length === 0 || leftOver) message.error(describeError(error, t));
    },
    [message, t, place],
  );
}
