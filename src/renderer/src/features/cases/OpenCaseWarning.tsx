// The warning of the new-case form: the same resident already has an open case in the chosen category (a second
// registration would count as a repeat), with links to it; other open cases of theirs are mentioned more quietly.
import { Alert, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useQueryProc } from '../../api/hooks';
import { caseListHref } from './caseListFilters';
import { CaseNumber, CaseStatusTag } from './caseTags';

/** Enough to recognise the case; the rest are one click away in the list. */
const shown = 3;

export function OpenCaseWarning({ residentId, categoryId }: { residentId: number; categoryId: number | undefined }) {
  const { t } = useTranslation();
  const open = useQueryProc('cases.openForResident', { residentId });
  const rows = open.data?.rows ?? [];
  if (rows.length === 0) return null;
  const same = rows.filter((row) => row.categoryId === categoryId);

  // The links stay out of the Tab order: the keyboard path through the form goes from the category to what follows.
  const list = (matching: typeof rows, sameCategory: boolean) => (
    <Flex vertical gap={4} className="open-case-list">
      {matching.slice(0, shown).map((row) => (
        <Link key={row.id} to={`/cases/${row.id}`} className="open-case-link" tabIndex={-1}>
          <CaseNumber number={row.number} /> <CaseStatusTag status={row.status} />
          <span className="open-case-summary">
            {row.categoryPath} · {row.summary}
          </span>
        </Link>
      ))}
      {matching.length > shown && (
        <Link
          to={caseListHref({ residentId, open: true, categoryId: sameCategory ? categoryId : undefined })}
          tabIndex={-1}
        >
          {t('newCase.openCasesAll', { count: matching.length })}
        </Link>
      )}
    </Flex>
  );

  if (same.length > 0) {
    return (
      <Alert
        type="warning"
        showIcon
        className="open-case-warning"
        title={t('newCase.duplicateTitle', { count: same.length })}
        description={
          <>
            {list(same, true)}
            <div className="open-case-hint">{t('newCase.duplicateHint')}</div>
          </>
        }
      />
    );
  }
  return (
    <Alert
      type="info"
      showIcon
      className="open-case-warning"
      title={t('newCase.otherOpen', { count: rows.length })}
      description={list(rows, false)}
    />
  );
}
