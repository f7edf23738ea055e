// The first start of an empty database: create the administrator, or fill it with the demo street.
import { ExperimentOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutationProc } from '../../api/hooks';
import { useErrorReporter } from '../../components/useErrorReporter';
import { AuthLayout } from './AuthLayout';
import { SetupAdminForm } from './SetupAdminForm';

export function FirstStartPage() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const report = useErrorReporter();
  const [creating, setCreating] = useState(false);
  const openDemo = useMutationProc('auth.openDemo', {
    invalidates: ['auth.status'],
    onError: (error) => report(error),
  });

  return (
    <AuthLayout centreName={t('auth.firstStartTitle')}>
      {creating ? (
        <SetupAdminForm onBack={() => setCreating(false)} />
      ) : (
        <>
          <Typography.Paragraph type="secondary" style={{ maxWidth: 760, textAlign: 'center', marginBottom: 24 }}>
            {t('auth.firstStartIntro')}
          </Typography.Paragraph>
          <div className="auth-columns">
            <Card className="auth-choice">
              <Typography.Title level={4}>
                <SafetyCertificateOutlined /> {t('auth.createAdmin')}
              </Typography.Title>
              <Typography.Paragraph type="secondary">{t('auth.createAdminHint')}</Typography.Paragraph>
              <Button type="primary" block onClick={() => setCreating(true)}>
                {t('auth.createAdmin')}
              </Button>
            </Card>
            <Card className="auth-choice">
              <Typography.Title level={4}>
                <ExperimentOutlined /> {t('auth.openDemo')}
              </Typography.Title>
              <Typography.Paragraph type="secondary">{t('auth.openDemoHint')}</Typography.Paragraph>
              <Button
                block
                loading={openDemo.isPending}
                onClick={() =>
                  modal.confirm({
                    title: t('auth.openDemo'),
                    content: t('auth.openDemoConfirm'),
                    okText: t('common.ok'),
                    cancelText: t('common.cancel'),
                    onOk: () => openDemo.mutateAsync({}).catch(() => {}),
                  })
                }
              >
                {t('auth.openDemo')}
              </Button>
            </Card>
          </div>
        </>
      )}
    </AuthLayout>
  );
}
