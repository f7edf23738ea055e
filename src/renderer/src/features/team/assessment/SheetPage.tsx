// A worker's score sheet: a manager's view of anyone's at /team/assessment/:month/:staffId (with the way back to the
// ranking), and a grid worker's own at /team/assessment, each with its month picker.
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useQueryProc } from '../../../api/hooks';
import { PageTitle } from '../../../components/PageTitle';
import { RecordBreadcrumb, RecordLoading, RecordUnavailable } from '../../../components/RecordPage';
import { describeError } from '../../../i18n/describeError';
import { useCan } from '../../auth/SessionProvider';
import { assessedMonth, monthText, sheetPath } from './assessmentFormat';
import { MonthPicker } from './MonthPicker';
import { ScoreSheetView } from './ScoreSheetView';

export function SheetPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canManage = useCan('team.manage');
  const params = useParams();
  const month = assessedMonth(params.month);
  const staffId = Number(params.staffId);
  const back = { to: `/team/assessment?month=${month}`, label: t('teamAssessment.sheet.back') };
  const valid = Number.isSafeInteger(staffId) && staffId > 0 && params.month === month;
  const sheet = useQueryProc('team.scoreSheet', { month, staffId }, { enabled: valid, staleTime: 0 });

  if (!valid) return <RecordUnavailable back={back} notFound={t('teamAssessment.sheet.notFound')} />;
  if (sheet.isPending) return <RecordLoading />;
  if (sheet.isError) {
    return <RecordUnavailable back={back} notFound={t('teamAssessment.sheet.notFound')} error={sheet.error} />;
  }
  return (
    <>
      <RecordBreadcrumb back={back} current={`${sheet.data.name} · ${monthText(month, t)}`} />
      <ScoreSheetView
        sheet={sheet.data}
        canManage={canManage}
        monthPicker={<MonthPicker month={month} onChange={(m) => navigate(sheetPath(m, staffId), { replace: true })} />}
      />
    </>
  );
}

/** A grid worker's own sheet; the server finds their staff row from their account. */
export function OwnSheetPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const month = assessedMonth(params.get('month'));
  const sheet = useQueryProc('team.scoreSheet', { month }, { staleTime: 0 });
  const picker = <MonthPicker month={month} onChange={(m) => setParams({ month: m }, { replace: true })} />;

  if (sheet.isPending) return <RecordLoading />;
  if (sheet.isError) {
    const missing = sheet.error.code === 'NOT_FOUND';
    return (
      <>
        <PageTitle title={t('teamAssessment.title')} intro={t('teamAssessment.ownIntro')} actions={picker} />
        <Result
          status={missing ? 'info' : 'warning'}
          title={missing ? t('teamAssessment.sheet.notOnTeam') : describeError(sheet.error, t)}
        />
      </>
    );
  }
  return <ScoreSheetView sheet={sheet.data} canManage={false} monthPicker={picker} />;
}
