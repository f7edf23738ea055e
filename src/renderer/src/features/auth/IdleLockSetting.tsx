// The administrator's say over account security: after how many idle minutes screens lock, and the password rule
// in words.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, InputNumber, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { idleLockDefaultMinutes, idleLockMaxMinutes, idleLockMinMinutes } from '../../../../shared/domain/idleLock';
import { useMutationProc } from '../../api/hooks';
import { useErrorReporter } from '../../components/useErrorReporter';
import { useAuthStatus } from './useAuthStatus';

export function IdleLockSetting() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const [form] = Form.useForm<{ minutes: number }>();
  const current = useAuthStatus().data?.idleLockMinutes;
  const save = useMutationProc('auth.setIdleLock', {
    invalidates: ['auth.status'],
    onSuccess: ({ idleLockMinutes }) => message.success(t('idleLockSetting.saved', { minutes: idleLockMinutes })),
    onError: (error) => report(error, form),
  });

  useEffect(() => {
    if (current !== undefined) form.setFieldsValue({ minutes: current });
  }, [current, form]);

  return (
    <Card
      className="idle-lock-setting"
      title={
        <>
          <SafetyCertificateOutlined /> {t('idleLockSetting.title')}
        </>
      }
      style={{ marginTop: 16 }}
    >
      <Form form={form} layout="inline" onFinish={({ minutes }) => save.mutate({ minutes })}>
        <Form.Item
          name="minutes"
          label={t('idleLockSetting.label')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <InputNumber
            min={idleLockMinMinutes}
            max={idleLockMaxMinutes}
            precision={0}
            suffix={t('idleLockSetting.minutes')}
            style={{ width: 160 }}
          />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Form.Item>
      </Form>
      <Flex vertical gap={4} style={{ marginTop: 12 }}>
        <Typography.Text type="secondary">
          {t('idleLockSetting.hint', {
            min: idleLockMinMinutes,
            max: idleLockMaxMinutes,
            default: idleLockDefaultMinutes,
          })}
        </Typography.Text>
        <Typography.Text type="secondary">{t('idleLockSetting.passwordPolicy')}</Typography.Text>
      </Flex>
    </Card>
  );
}
