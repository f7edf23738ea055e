// Today's numbers of a scope, each a link to the list behind it; a section the role cannot read is left out.
import { Card, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DashboardToday } from '../../../../../shared/contract/stats';
import {
  dueSoonCasesFilters,
  followedUpFilters,
  hotlineFilters,
  intakeFilters,
  openCasesFilters,
  overdueCasesFilters,
  resolvedFilters,
} from '../../../../../shared/domain/statsLinks';
import { caseListHref } from '../../cases/caseListFilters';
import { percentText } from './chartFormat';
import { partyReportsHref, visitsHref } from './dashboardParams';
import './dashboard.css';

interface Figure {
  key: string;
  title: string;
  value: ReactNode;
  href: string;
  /** A line under the number: the fraction behind a rate, or what a count is of. */
  note?: string;
  alarm?: boolean;
}

export function TodayCards({
  today,
  only,
}: {
  today: DashboardToday;
  /** The figures to show, by key (the home page shows a few); all when left out. */
  only?: string[];
}) {
  const { t } = useTranslation();
  const { month } = today;
  const gridId = today.scope.gridId;
  const figures: Figure[] = [];
  const fraction = (part: number, whole: number) => t('dashboard.today.fraction', { part, whole });

  if (today.cases) {
    const { open, overdue, dueSoon, rates } = today.cases;
    const resolved = caseListHref(resolvedFilters(month, gridId));
    figures.push(
      { key: 'open', title: t('dashboard.today.open'), value: open, href: caseListHref(openCasesFilters(gridId)) },
      {
        key: 'overdue',
        title: t('dashboard.today.overdue'),
        value: overdue,
        href: caseListHref(overdueCasesFilters(gridId)),
        alarm: overdue > 0,
      },
      {
        key: 'dueSoon',
        title: t('dashboard.today.dueSoon'),
        value: dueSoon,
        href: caseListHref(dueSoonCasesFilters(gridId)),
      },
      {
        key: 'newCases',
        title: t('dashboard.today.newCases'),
        value: rates.newCases,
        href: caseListHref(intakeFilters(month, gridId)),
      },
      {
        key: 'firstContact',
        title: t('dashboard.today.firstContact'),
        value: percentText(rates.firstContactRate, t),
        note: fraction(rates.firstContactResolved, rates.resolved),
        href: resolved,
      },
      {
        key: 'onTime',
        title: t('dashboard.today.onTime'),
        value: percentText(rates.onTimeRate, t),
        note: fraction(rates.resolvedOnTime, rates.resolved),
        href: resolved,
      },
      {
        key: 'satisfaction',
        title: t('dashboard.today.satisfaction'),
        value: percentText(rates.satisfactionRate, t),
        note: fraction(rates.satisfied, rates.followedUp),
        href: caseListHref(followedUpFilters(month, gridId)),
      },
      {
        key: 'hotline',
        title: t('dashboard.today.hotline'),
        value: rates.hotlineCount,
        href: caseListHref(hotlineFilters(month, gridId)),
      },
    );
  }
  if (today.visits) {
    figures.push({
      key: 'coverage',
      title: t('dashboard.today.coverage'),
      value: percentText(today.visits.coverage, t),
      note: t('dashboard.today.visited', today.visits),
      href: visitsHref(month, gridId),
    });
  }
  if (today.party) {
    figures.push({
      key: 'serviceHours',
      title: t('dashboard.today.serviceHours'),
      value: Math.round(today.party.serviceHoursThisMonth * 10) / 10,
      note: t('dashboard.today.branches', today.party),
      href: partyReportsHref(month),
    });
  }

  return (
    <div className="dashboard-today">
      {figures
        .filter((figure) => !only || only.includes(figure.key))
        .map((figure) => (
          <Link key={figure.key} to={figure.href} className="dashboard-figure-link" data-figure={figure.key}>
            <Card size="small" hoverable className="dashboard-figure">
              <Statistic
                title={figure.title}
                value={figure.value as number | string}
                styles={{ content: figure.alarm ? { color: '#cf1322' } : undefined }}
              />
              <Typography.Text type="secondary" className="dashboard-figure-note">
                {figure.note ?? '\u00a0'}
              </Typography.Text>
            </Card>
          </Link>
        ))}
    </div>
  );
}
