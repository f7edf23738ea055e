// What an empty register list says: nothing matches, and what to do next (for those who may add, how to add).
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/SessionProvider';

export function RegisterEmpty({ title }: { title: string }) {
  const { t } = useTranslation();
  const canManage = useCan('households.manage');
  return (
    <>
      <div>{title}</div>
      <Typography.Text type="secondary">
        {canManage ? t('register.emptyHint') : t('register.emptyHintRead')}
      </Typography.Text>
    </>
  );
}
