// 巡逻: the police–grid patrols of a month, newest first, with who walked them; a manager records one.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatrolRow } from '../../../../../shared/contract/team';
import { localDate } from '../../../../../shared/domain/dates';
import { useInfiniteProc } from '../../../api/hooks';
import { InfiniteTable } from '../../../components/InfiniteTable';
import { PageTitle } from '../../../components/PageTitle';
import { useCan } from '../../auth/SessionProvider';
import { PatrolFormModal } from './PatrolFormModal';
import { usePatrolColumns } from './patrolColumns';
import './patrols.css';

export function PatrolsPage() {
  const { t } = useTranslation();
  const canManage = useCan('team.manage');
  // The centre's month, as the server counts it; cleared, every patrol is listed.
  const thisMonth = localDate(Date.now()).slice(0, 7);
  const [month, setMonth] = useState<string | undefined>(thisMonth);
  const [recording, setRecording] = useState(false);
  const list = useInfiniteProc('team.patrols', { month, limit: 50 });
  const total = list.data?.pages[0]?.total;
  const columns = usePatrolColumns();

  const emptyTitle = !month
    ? t('teamPatrols.emptyAll')
    : month === thisMonth
      ? t('teamPatrols.empty')
      : t('teamPatrols.emptyPastMonth');
  const emptyHint = !canManage
    ? t('teamPatrols.emptyReadOnly')
    : month && month !== thisMonth
      ? t('teamPatrols.emptyOtherMonth')
      : t('teamPatrols.emptyHint');

  return (
    <>
      <PageTitle
        title={t('teamPatrols.title')}
        intro={t('teamPatrols.intro')}
        actions={
          canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
              {t('teamPatrols.record')}
            </Button>
          )
        }
      />
      <Card className="patrols-card">
        <Flex justify="space-between" align="center" gap={12} className="patrols-bar">
          <DatePicker
            picker="month"
            allowClear
            aria-label={t('teamPatrols.month')}
            placeholder={t('teamPatrols.month')}
            format={t('teamField.monthFormat')}
            style={{ width: 160 }}
            value={month ? dayjs(`${month}-01`) : null}
            disabledDate={(day) => day.format('YYYY-MM') > thisMonth}
            onChange={(day) => setMonth(day ? day.format('YYYY-MM') : undefined)}
          />
          {total !== undefined && (
            <Typography.Text strong className="patrols-total">
              {t('teamPatrols.total', { count: total })}
            </Typography.Text>
          )}
        </Flex>
        <InfiniteTable<PatrolRow>
          list={list}
          rowKey="id"
          label={t('teamPatrols.title')}
          reserve={72}
          columns={columns}
          loaded={(count) => t('teamPatrols.loaded', { count })}
          empty={
            <>
              <div>{emptyTitle}</div>
              <Typography.Text type="secondary">{emptyHint}</Typography.Text>
            </>
          }
        />
      </Card>
      <PatrolFormModal open={recording} onClose={() => setRecording(false)} />
    </>
  );
}
