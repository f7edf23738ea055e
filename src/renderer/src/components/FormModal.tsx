// A dialog holding one form: its OK button submits the form, Cancel closes it, closing forgets what was typed,
// and a successful save says so and closes it.
import { App, type FormInstance, Modal, type ModalProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from './useErrorReporter';

type FormModalProps = Omit<
  ModalProps,
  'open' | 'onOk' | 'onCancel' | 'confirmLoading' | 'afterClose' | 'cancelText'
> & {
  form: FormInstance;
  open: boolean;
  onClose: () => void;
  /** While the save is on its way: the OK button spins. */
  pending: boolean;
  /** After the dialog has gone, for state kept beside the form. */
  onClosed?: () => void;
};

export function FormModal({ form, open, onClose, pending, onClosed, okText, children, ...rest }: FormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      destroyOnHidden
      afterClose={() => {
        form.resetFields();
        onClosed?.();
      }}
      {...rest}
    >
      {children}
    </Modal>
  );
}

/**
 * The save of a form dialog: runs it, says what was saved (the sentence it answers) and closes; a refusal goes onto
 * the form's fields, and to `onError` for anything else the form shows of it.
 */
export function useSaveAndClose(form: FormInstance, onClose: () => void, onError?: (error: unknown) => void) {
  const { message } = App.useApp();
  const report = useErrorReporter();
  return async (save: () => Promise<string>) => {
    try {
      message.success(await save());
      onClose();
    } catch (error) {
      report(error, form);
      onError?.(error);
    }
  };
}
