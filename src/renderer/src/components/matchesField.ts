// A Form rule for "type it again" fields: the value must equal another field's.
import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';

export function matchesField(field: string, t: TFunction): Rule {
  return ({ getFieldValue }) => ({
    validator: async (_rule, value: unknown) => {
      if (!value) throw new Error(t('form.required'));
      if (value !== getFieldValue(field)) throw new Error(t('form.passwordMismatch'));
    },
  });
}
