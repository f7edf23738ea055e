// Shows a failed call to the user: field problems on the form's fields, everything else as one message.
import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isRpcError } from '../api/RpcError';
import { describeError } from '../i18n/describeError';

export function useErrorReporter() {
  const { message } = App.useApp();
  const { t } = useTranslation();

  return useCallback(
    /** Answers true when every problem could be shown on a field of `form`. */
    (error: unknown, form?: FormInstance): boolean => {
      if (form && isRpcError(error) && error.issues?.length) {
        const mounted = form.getFieldsValue();
        const onFields = error.issues.filter(
          (issue) => issue.path.length > 0 && Object.hasOwn(mounted, String(issue.path[0])),
        );
        form.setFields(onFields.map((issue) => ({ name: issue.path, errors: [issue.message] })));
        if (onFields.length === error.issues.length) return true;
      }
      message.error(describeError(error, t));
      return false;
    },
    [message, t],
  );
}
