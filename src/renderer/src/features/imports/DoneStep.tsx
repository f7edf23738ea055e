// Step 4: what the import added and left out, and where to go next.
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { OutputOf } from '../../../../shared/contract';

export function DoneStep({ result, onAnother }: { result: OutputOf<'imports.commit'>; onAnother: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="success"
      title={t('imports.doneTitle')}
      subTitle={t('imports.doneText', {
        residents: result.residentsAdded,
        households: result.householdsAdded,
        skipped: result.skipped,
        invalid: result.invalid,
      })}
      extra={[
        <Link key="register" to="/households">
          <Button type="primary">{t('imports.openRegister')}</Button>
        </Link>,
        <Button key="another" onClick={onAnother}>
          {t('imports.another')}
        </Button>,
      ]}
    />
  );
}
