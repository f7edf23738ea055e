// The assessment area: for managers the month's ranking and the plan at /team/assessment and a worker's score sheet
// at /team/assessment/:month/:staffId; a grid worker (no team.read) sees only their own sheet at /team/assessment.
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useSearchParams } from 'react-router-dom';
import { PageTitle } from '../../../components/PageTitle';
import { useCan } from '../../auth/SessionProvider';
import { NotFoundPage } from '../../shell/NotFoundPage';
import { assessedMonth } from './assessmentFormat';
import { MonthPicker } from './MonthPicker';
import { PlanView } from './PlanView';
import { RankingTable } from './RankingTable';
import { OwnSheetPage, SheetPage } from './SheetPage';
import './assessment.css';

export function AssessmentPage() {
  const canRead = useCan('team.read');
  return (
    <Routes>
      <Route index element={canRead ? <RankingPage /> : <OwnSheetPage />} />
      <Route path=":month/:staffId" element={<SheetPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

/** The month's ranking and, on its own tab, the plan in force; both live in the address (?month=, ?tab=plan). */
function RankingPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const month = assessedMonth(params.get('month'));
  const tab = params.get('tab') === 'plan' ? 'plan' : 'ranking';
  const go = (next: { month?: string; tab?: string }) => {
    const search = new URLSearchParams({ month: next.month ?? month });
    if ((next.tab ?? tab) === 'plan') search.set('tab', 'plan');
    setParams(search, { replace: true });
  };
  return (
    <>
      <PageTitle
        title={t('teamAssessment.title')}
        intro={t('teamAssessment.intro')}
        actions={tab === 'ranking' && <MonthPicker month={month} onChange={(m) => go({ month: m })} />}
      />
      <Tabs
        activeKey={tab}
        onChange={(key) => go({ tab: key })}
        items={[
          { key: 'ranking', label: t('teamAssessment.tabs.ranking'), children: <RankingTable month={month} /> },
          { key: 'plan', label: t('teamAssessment.tabs.plan'), children: <PlanView /> },
        ]}
      />
    </>
  );
}
