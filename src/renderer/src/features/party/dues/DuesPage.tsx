// Party dues (党费): a branch's sheet for a month with its payments, and the members behind with their dues.
import { Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { localDate } from '../../../../../shared/domain/dates';
import { PageTitle } from '../../../components/PageTitle';
import { useCan } from '../../auth/SessionProvider';
import { ArrearsList } from './ArrearsList';
import { DuesSheet } from './DuesSheet';
import { type DuesTarget, RecordDuesModal } from './RecordDuesModal';
import './dues.css';

export function DuesPage() {
  const { t } = useTranslation();
  const canManage = useCan('party.manage');
  // The centre's month, as the server counts it.
  const thisMonth = localDate(Date.now()).slice(0, 7);
  // The tab lives in the address, so the workbench can link straight to the arrears.
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'arrears' ? 'arrears' : 'sheet';
  const setTab = (key: string) => setParams(key === 'arrears' ? { tab: 'arrears' } : {}, { replace: true });
  const [target, setTarget] = useState<DuesTarget | null>(null);
  const onRecord = canManage ? setTarget : undefined;

  return (
    <>
      <PageTitle title={t('partyDues.title')} intro={t('partyDues.intro')} />
      <Tabs
        className="dues-tabs"
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'sheet',
            label: t('partyDues.tabs.sheet'),
            children: <DuesSheet thisMonth={thisMonth} onRecord={onRecord} />,
          },
          {
            key: 'arrears',
            label: t('partyDues.tabs.arrears'),
            children: <ArrearsList onRecord={onRecord} />,
          },
        ]}
      />
      <RecordDuesModal target={target} thisMonth={thisMonth} onClose={() => setTarget(null)} />
    </>
  );
}
