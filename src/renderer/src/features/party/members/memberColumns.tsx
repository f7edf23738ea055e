// The roster's columns, sized so the table fits 1366×768 without scrolling sideways: long texts give way.

import type { TableColumnsType } from 'antd';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MemberRow } from '../../../../../shared/contract/party';
import { StandingTag, StatusTag } from './memberTags';
import { yuanOf } from './partyFormat';

/** Where an on-the-job member works, or where a mobile member has gone: what tells them apart in a list. */
function kindDetail(row: MemberRow): string | null {
  if (row.kind === 'on_the_job') return row.employer;
  if (row.kind === 'mobile') return row.mobileWhere;
  return null;
}

export function useMemberColumns(): TableColumnsType<MemberRow> {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  return [
    {
      key: 'name',
      title: t('partyRoster.name'),
      dataIndex: 'name',
      width: 96,
      ellipsis: true,
      render: (name: string, row) => (
        <Link to={`/party/members/${row.id}`} onClick={(event) => event.stopPropagation()}>
          {name}
        </Link>
      ),
    },
    { key: 'branch', title: t('partyCommon.branch'), dataIndex: 'branchName', width: 190, ellipsis: true },
    {
      key: 'standing',
      title: t('partyRoster.standing'),
      dataIndex: 'standing',
      width: english ? 120 : 92,
      render: (_: unknown, row) => (
        <>
          <StandingTag standing={row.standing} />
          {row.status !== 'active' && <StatusTag status={row.status} />}
        </>
      ),
    },
    {
      key: 'dates',
      title: t('partyRoster.joinedFull'),
      width: 104,
      className: 'roster-dates',
      render: (_: unknown, row) => (
        <div className="roster-two-lines">
          <span>{row.joinedOn}</span>
          <Typography.Text type="secondary">{row.fullOn ?? t('common.none')}</Typography.Text>
        </div>
      ),
    },
    {
      key: 'kind',
      title: t('partyRoster.kind'),
      dataIndex: 'kind',
      ellipsis: { showTitle: false },
      render: (_: unknown, row) => {
        const detail = kindDetail(row);
        return (
          <Typography.Text ellipsis={{ tooltip: detail }}>
            <Tag className="roster-tag">{t(`memberKinds.${row.kind}`)}</Tag>
            {detail}
          </Typography.Text>
        );
      },
    },
    {
      key: 'phone',
      title: t('partyRoster.phone'),
      dataIndex: 'phone',
      width: 116,
      className: 'roster-number',
      render: (phone: string | null) => phone ?? t('common.none'),
    },
    {
      key: 'dues',
      title: t('partyRoster.monthlyDues'),
      dataIndex: 'monthlyDuesFen',
      width: english ? 110 : 96,
      align: 'right',
      className: 'roster-number',
      render: (fen: number) => yuanOf(fen),
    },
    {
      key: 'post',
      title: t('partyRoster.committeePost'),
      dataIndex: 'committeePost',
      width: english ? 130 : 72,
      render: (post: MemberRow['committeePost']) => (post ? t(`committeePosts.${post}`) : ''),
    },
  ];
}
