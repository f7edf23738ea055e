// What a signed-out window shows: the first-start choice on an empty database, the sign-in form otherwise.
import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../i18n/describeError';
import { FirstStartPage } from './FirstStartPage';
import { SignInPage } from './SignInPage';
import { useAuthStatus } from './useAuthStatus';

export function AuthScreen({ expired }: { expired: boolean }) {
  const { t } = useTranslation();
  const status = useAuthStatus();
  if (status.isPending) return <Spin fullscreen description={t('app.loading')} />;
  if (status.isError) {
    return (
      <Result
        status="warning"
        title={t('common.loadFailed')}
        subTitle={describeError(status.error, t)}
        extra={<Button onClick={() => status.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  return status.data.setupRequired ? <FirstStartPage /> : <SignInPage status={status.data} expired={expired} />;
}
