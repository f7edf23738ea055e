// One worker's month: name, month, total, grade, rank and 末位 at the top; each item with how it was counted and
// its points; the deductions; earned − deducted = total. A manager enters manual points and deductions here.
import { Alert, App, Button, Card, Flex, Popconfirm, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ScoreSheet } from '../../../../../shared/contract/team';
import { useMutationProc, useQueryProc } from '../../../api/hooks';
import { useErrorReporter } from '../../../components/useErrorReporter';
import { useCan } from '../../auth/SessionProvider';
import { teamQueries } from '../teamQueries';
import { currentMonth, howText, itemName, monthText, pointsText, type ScoreLine } from './assessmentFormat';
import { GradeTags } from './GradeTags';
import { DeductionModal, ManualPointsModal } from './SheetModals';

interface Props {
  sheet: ScoreSheet;
  canManage: boolean;
  monthPicker: ReactNode;
}

export function ScoreSheetView({ sheet, canManage, monthPicker }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canRead = useCan('team.read');
  const report = useErrorReporter();
  const [manualLine, setManualLine] = useState<ScoreLine | null>(null);
  const [deducting, setDeducting] = useState(false);
  const removeDeduction = useMutationProc('team.removeDeduction', { invalidates: teamQueries });
  const remove = (id: number) =>
    removeDeduction.mutate(
      { id },
      { onSuccess: () => message.success(t('teamAssessment.sheet.removed')), onError: (error) => report(error) },
    );

  const columns: ColumnsType<ScoreLine> = [
    { key: 'item', title: t('teamAssessment.sheet.item'), width: 170, render: (_, line) => itemName(line, t) },
    {
      key: 'how',
      title: t('teamAssessment.sheet.how'),
      render: (_, line) => (
        <Typography.Text type={line.basis === 'notEntered' ? 'warning' : undefined}>{howText(line, t)}</Typography.Text>
      ),
    },
    {
      key: 'points',
      title: t('teamAssessment.sheet.points'),
      width: 130,
      align: 'right',
      render: (_, line) => (
        <span>
          <Typography.Text strong>{line.basis === 'notEntered' ? '—' : pointsText(line.points)}</Typography.Text>
          <Typography.Text type="secondary"> / {line.max}</Typography.Text>
        </span>
      ),
    },
  ];
  if (canManage && sheet.lines.some((line) => line.source === 'manual')) {
    columns.push({
      key: 'action',
      width: 80,
      render: (_, line) =>
        line.source === 'manual' && (
          <Button type="link" size="small" onClick={() => setManualLine(line)}>
            {line.basis === 'notEntered'
              ? t('teamAssessment.sheet.manualAction')
              : t('teamAssessment.sheet.manualEdit')}
          </Button>
        ),
    });
  }
  // How many were ranked with them (full- and part-time workers are ranked apart): the ranking is for those who read
  // the team; a worker sees their rank alone.
  const ranking = useQueryProc('team.ranking', { month: sheet.month }, { enabled: canRead });
  const count = ranking.data?.rows.filter((row) => row.employment === sheet.employment).length;
  const capped = sheet.deductedApplied < sheet.deducted;

  return (
    <>
      <div className="assessment-sheet-head">
        <div className="assessment-sheet-who">
          <Typography.Title level={1} className="assessment-sheet-name">
            {sheet.name}
            <Typography.Text type="secondary" className="assessment-sheet-month">
              {monthText(sheet.month, t)}
            </Typography.Text>
          </Typography.Title>
          <Flex gap={8} align="center" wrap>
            <GradeTags grade={sheet.grade} bottom={sheet.bottom} complete={sheet.complete} />
            <Typography.Text type="secondary">{t(`employmentKinds.${sheet.employment}`)}</Typography.Text>
            {sheet.grids.length > 0 && <Typography.Text type="secondary">{sheet.grids.join('、')}</Typography.Text>}
          </Flex>
        </div>
        <Flex gap={24} align="center" wrap className="assessment-sheet-figures">
          <Statistic title={t('teamAssessment.sheet.total')} value={pointsText(sheet.total)} />
          <Statistic
            title={t('teamAssessment.columns.rank')}
            value={
              count === undefined
                ? t('teamAssessment.sheet.rank', { rank: sheet.rank })
                : t('teamAssessment.sheet.rankOf', { rank: sheet.rank, count })
            }
          />
          <Flex vertical gap={8}>
            {monthPicker}
            {canManage && sheet.bottom && (
              <Link to={`/team/staff/${sheet.staffId}`} title={t('teamAssessment.sheet.eliminateHint')}>
                <Button danger block>
                  {t('teamAssessment.sheet.eliminate')}
                </Button>
              </Link>
            )}
          </Flex>
        </Flex>
      </div>
      {sheet.month === currentMonth() && (
        <Alert
          className="assessment-banner"
          type="info"
          showIcon
          message={t('teamAssessment.thisMonthProvisional', { month: monthText(sheet.month, t) })}
        />
      )}
      <Card className="assessment-card">
        <Table<ScoreLine> rowKey="key" size="middle" columns={columns} dataSource={sheet.lines} pagination={false} />
      </Card>
      <Card
        className="assessment-card"
        title={t('teamAssessment.sheet.deductions')}
        extra={
          canManage && <Button onClick={() => setDeducting(true)}>{t('teamAssessment.sheet.addDeduction')}</Button>
        }
      >
        {sheet.deductions.length === 0 ? (
          <Typography.Text type="secondary">{t('teamAssessment.sheet.noDeductions')}</Typography.Text>
        ) : (
          <ul className="assessment-deductions">
            {sheet.deductions.map((d) => (
              <li key={d.id}>
                <Typography.Text type="secondary">{dayjs(d.at).format('YYYY-MM-DD')}</Typography.Text>
                <span className="assessment-deduction-reason">{d.reason}</span>
                <Typography.Text type="danger">−{pointsText(d.points)}</Typography.Text>
                {canManage && (
                  <Popconfirm
                    title={t('teamAssessment.sheet.removeConfirm', { reason: d.reason, points: pointsText(d.points) })}
                    okText={t('teamAssessment.sheet.removeDeduction')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => remove(d.id)}
                  >
                    <Button type="link" size="small" danger>
                      {t('teamAssessment.sheet.removeDeduction')}
                    </Button>
                  </Popconfirm>
                )}
              </li>
            ))}
          </ul>
        )}
        <div className="assessment-sum">
          <Typography.Text strong>
            {t('teamAssessment.sheet.sum', {
              earned: pointsText(sheet.earned),
              deducted: pointsText(sheet.deductedApplied),
              total: pointsText(sheet.total),
            })}
          </Typography.Text>
          {capped && (
            <Typography.Text type="secondary">
              {t('teamAssessment.sheet.sumCapped', { deducted: pointsText(sheet.deducted) })}
            </Typography.Text>
          )}
        </div>
      </Card>
      {canManage && (
        <>
          <ManualPointsModal sheet={sheet} line={manualLine} onClose={() => setManualLine(null)} />
          <DeductionModal sheet={sheet} open={deducting} onClose={() => setDeducting(false)} />
        </>
      )}
    </>
  );
}
