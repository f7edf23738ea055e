// The patrol list's columns: when (day and hours), the team and area, who walked it by kind, what was found.
import { type TableColumnsType, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { PatrolRow } from '../../../../../shared/contract/team';
import type { PatrolParticipantKind } from '../../../../../shared/domain/gridTeam';

const kindColours: Record<PatrolParticipantKind, string> = {
  police: 'blue',
  grid_worker: 'green',
  volunteer: 'orange',
};

/** 19:00–21:30, with the end's day when the patrol ran past midnight. */
function hoursOf(row: PatrolRow): string {
  const start = dayjs(row.startedAt);
  const end = dayjs(row.endedAt);
  return `${start.format('HH:mm')}–${end.isSame(start, 'day') ? end.format('HH:mm') : end.format('MM-DD HH:mm')}`;
}

export function usePatrolColumns(): TableColumnsType<PatrolRow> {
  const { t } = useTranslation();
  return [
    {
      key: 'when',
      title: t('teamPatrols.date'),
      width: 120,
      render: (_, row) => (
        <div className="patrol-when">
          <span>{dayjs(row.startedAt).format('YYYY-MM-DD')}</span>
          <Typography.Text type="secondary">{hoursOf(row)}</Typography.Text>
        </div>
      ),
    },
    { key: 'team', title: t('teamPatrols.team'), dataIndex: 'team', width: 170, ellipsis: true },
    { key: 'area', title: t('teamPatrols.area'), dataIndex: 'area', width: 200, ellipsis: true },
    {
      key: 'participants',
      title: t('teamPatrols.participants'),
      width: 330,
      render: (_, row) => (
        <div className="patrol-people">
          {row.participants.map((person, index) => (
            <Tag
              // biome-ignore lint/suspicious/noArrayIndexKey: two volunteers may share a name; the order is the record's.
              key={index}
              color={kindColours[person.kind]}
              bordered={false}
              title={t(`patrolParticipantKinds.${person.kind}`)}
            >
              {t(`patrolParticipantKinds.${person.kind}`)} · {person.name}
            </Tag>
          ))}
        </div>
      ),
    },
    {
      key: 'findings',
      title: t('teamPatrols.findings'),
      dataIndex: 'findings',
      ellipsis: { showTitle: true },
      render: (findings: string) =>
        findings || <Typography.Text type="secondary">{t('teamPatrols.nothingFound')}</Typography.Text>,
    },
  ];
}
