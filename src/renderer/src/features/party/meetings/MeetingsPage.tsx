// Organisational life (三会一课): the month's calendar of what each branch held and still owes, the meetings held
// below it, recording a meeting (also straight from an owed cell) and a meeting's detail.
import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../../../shared/domain/dates';
import { PageTitle } from '../../../components/PageTitle';
import { useCan } from '../../auth/SessionProvider';
import { MeetingCalendar } from './MeetingCalendar';
import { MeetingDrawer } from './MeetingDrawer';
import { MeetingFormDrawer, type MeetingTarget } from './MeetingFormDrawer';
import { type MeetingFilters, MeetingList } from './MeetingList';
import './meetings.css';

export function MeetingsPage() {
  const { t } = useTranslation();
  const canManage = useCan('party.manage');
  // The centre's month, as the server counts it.
  const thisMonth = localDate(Date.now()).slice(0, 7);
  const [month, setMonth] = useState(thisMonth);
  const [filters, setFilters] = useState<MeetingFilters>({ fromMonth: thisMonth, toMonth: thisMonth });
  const [target, setTarget] = useState<MeetingTarget | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);

  // The list follows the calendar's month; its own filters can widen it afterwards.
  const pickMonth = (next: string) => {
    setMonth(next);
    setFilters((current) => ({ ...current, fromMonth: next, toMonth: next }));
  };

  return (
    <>
      <PageTitle
        title={t('partyLife.title')}
        intro={t('partyLife.intro')}
        actions={
          canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget({ mode: 'new', month })}>
              {t('partyLife.record')}
            </Button>
          )
        }
      />
      <div className="meetings-page">
        <MeetingCalendar
          month={month}
          thisMonth={thisMonth}
          onMonth={pickMonth}
          onRecord={canManage ? (branchId, type) => setTarget({ mode: 'new', branchId, type, month }) : undefined}
        />
        <MeetingList
          filters={filters}
          onChange={setFilters}
          thisMonth={thisMonth}
          canRecord={canManage}
          onOpen={setOpenId}
        />
      </div>
      <MeetingDrawer
        meetingId={openId}
        canEdit={canManage}
        onClose={() => setOpenId(null)}
        onEdit={(meeting) => setTarget({ mode: 'edit', meeting })}
      />
      <MeetingFormDrawer target={target} onClose={() => setTarget(null)} />
    </>
  );
}
