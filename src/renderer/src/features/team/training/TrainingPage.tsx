// 业务培训 at /team/training: the sessions held (a row opens its attendance) and each worker's hours over a period;
// a manager records a session with everyone expected and who was there.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PageTitle } from '../../../components/PageTitle';
import { useCan } from '../../auth/SessionProvider';
import { TrainingDrawer } from './TrainingDrawer';
import { TrainingFormDrawer } from './TrainingFormDrawer';
import { TrainingHoursCard } from './TrainingHoursCard';
import { type TrainingFilters, TrainingList } from './TrainingList';
import './training.css';

export function TrainingPage() {
  const { t } = useTranslation();
  const canManage = useCan('team.manage');
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'hours' ? 'hours' : 'sessions';
  const [filters, setFilters] = useState<TrainingFilters>({});
  const [recording, setRecording] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);

  return (
    <>
      <PageTitle
        title={t('teamTraining.title')}
        intro={t('teamTraining.intro')}
        actions={
          canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
              {t('teamTraining.record')}
            </Button>
          )
        }
      />
      <Tabs
        className="training-tabs"
        activeKey={tab}
        onChange={(key) => setParams(key === 'hours' ? { tab: 'hours' } : {}, { replace: true })}
        items={[
          {
            key: 'sessions',
            label: t('teamTraining.tabs.sessions'),
            children: <TrainingList filters={filters} onChange={setFilters} canRecord={canManage} onOpen={setOpenId} />,
          },
          { key: 'hours', label: t('teamTraining.tabs.hours'), children: <TrainingHoursCard /> },
        ]}
      />
      <TrainingFormDrawer
        open={recording}
        onClose={() => setRecording(false)}
        onRecorded={(id) => {
          setRecording(false);
          setOpenId(id);
        }}
      />
      <TrainingDrawer trainingId={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
