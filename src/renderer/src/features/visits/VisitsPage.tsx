// Home visits: a month's coverage per grid, drilling down by clicking a grid, beside the households still to visit.
import { Breadcrumb, Card, Col, DatePicker, Flex, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { localDate } from '../../../../shared/domain/dates';
import { PageTitle } from '../../components/PageTitle';
import { useCurrentUser } from '../auth/SessionProvider';
import { useGridTree } from '../grids/useGridTree';
import { CoverageTable } from './CoverageTable';
import { RecordVisitModal, type VisitTarget } from './RecordVisitModal';
import { UnvisitedList } from './UnvisitedList';
import './visits.css';

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

export function VisitsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  // The centre's month, as the server counts coverage, whatever the clock of this machine says.
  const thisMonth = localDate(Date.now()).slice(0, 7);
  const requested = params.get('month') ?? '';
  const month = monthPattern.test(requested) && requested <= thisMonth ? requested : thisMonth;
  const gridId = Number(params.get('gridId')) > 0 ? Number(params.get('gridId')) : undefined;
  const tree = useGridTree(false);
  const [visiting, setVisiting] = useState<VisitTarget | null>(null);
  const monthLabel = dayjs(`${month}-01`).format(t('visits.monthFormat'));
  const path = gridId ? tree.model.pathOf(gridId) : [];

  /** The query of this page for another month or grid; a grid of 0 is the whole organisation. */
  const searchOf = (next: { month?: string; gridId?: number }) => {
    const merged = { month, gridId, ...next };
    const search = new URLSearchParams();
    if (merged.month !== thisMonth) search.set('month', merged.month);
    if (merged.gridId) search.set('gridId', String(merged.gridId));
    return search;
  };
  const go = (next: { month?: string; gridId?: number }) => setParams(searchOf(next));
  const linkTo = (next: { gridId: number }) => `/visits?${searchOf(next)}`;

  return (
    <>
      <PageTitle
        title={t('visits.title')}
        intro={t('visits.intro')}
        actions={
          <DatePicker
            picker="month"
            aria-label={t('visits.month')}
            allowClear={false}
            value={dayjs(`${month}-01`)}
            format={t('visits.monthFormat')}
            disabledDate={(day) => day.format('YYYY-MM') > thisMonth}
            onChange={(value) => value && go({ month: value.format('YYYY-MM') })}
          />
        }
      />
      <Flex gap={8} align="baseline" className="visits-scope">
        <Typography.Text type="secondary">{t('visits.scope')}</Typography.Text>
        <Breadcrumb
          items={[
            {
              key: 'all',
              title: gridId ? <Link to={linkTo({ gridId: 0 })}>{t('visits.allGrids')}</Link> : t('visits.allGrids'),
            },
            ...path.map((node) => ({
              key: node.id,
              title: node.id === gridId ? node.name : <Link to={linkTo({ gridId: node.id })}>{node.name}</Link>,
            })),
          ]}
        />
      </Flex>
      <Row gutter={16} className="visits-layout">
        <Col xs={24} xl={10}>
          <Card title={t('visits.coverageTitle')}>
            <CoverageTable
              month={month}
              gridId={gridId}
              gridName={path.at(-1)?.name}
              onOpen={(id) => go({ gridId: id })}
            />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <UnvisitedList
            month={month}
            monthLabel={monthLabel}
            gridId={gridId}
            ownGrids={user.role === 'grid_worker'}
            onRecord={setVisiting}
          />
        </Col>
      </Row>
      <RecordVisitModal target={visiting} onClose={() => setVisiting(null)} />
    </>
  );
}
