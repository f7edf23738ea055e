// My work: what the signed-in role must act on now, one card per bucket with its first cases; a card opens the list
// with the bucket's filters, and the desk registers a new case from here.
import { PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Col, Empty, Flex, Result, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { CaseRow, myWorkBuckets } from '../../../../shared/contract/cases';
import { useQueryProc } from '../../api/hooks';
import { PageTitle } from '../../components/PageTitle';
import { describeError } from '../../i18n/describeError';
import { useCan } from '../auth/SessionProvider';
import { caseListHref } from './caseListFilters';
import { CaseNumber, DeadlineTag } from './caseTags';
import { MonthRates } from './MonthRates';
import { newCaseShortcutLabel } from './NewCaseShortcut';

type BucketKey = (typeof myWorkBuckets)[number];

/** Buckets that mean trouble are counted in red; the rest in the ordinary blue. */
const alarming: readonly BucketKey[] = ['overdue', 'supervised', 'escalated'];

export function MyWorkPage() {
  const { t } = useTranslation();
  const canRegister = useCan('cases.register');
  const work = useQueryProc('cases.myWork', {}, { refetchInterval: 60_000 });

  return (
    <>
      <PageTitle
        title={t('myWork.title')}
        intro={t('myWork.intro')}
        actions={
          canRegister && (
            <Flex vertical align="end" gap={4}>
              <Link to="/cases/new">
                <Button type="primary" size="large" icon={<PlusOutlined />}>
                  {t('cases.register')}
                </Button>
              </Link>
              <Typography.Text type="secondary" className="my-work-shortcut">
                {t('myWork.shortcutHint', { keys: newCaseShortcutLabel })}
              </Typography.Text>
            </Flex>
          )
        }
      />
      <MonthRates />
      {work.isPending ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : work.isError ? (
        <Card>
          <Result
            status="warning"
            title={describeError(work.error, t)}
            extra={<Button onClick={() => work.refetch()}>{t('common.retry')}</Button>}
          />
        </Card>
      ) : work.data.buckets.length === 0 ? (
        <Card>
          <Empty description={t('myWork.noBuckets')}>
            <Link to="/cases">{t('myWork.openList')}</Link>
          </Empty>
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          {work.data.buckets.map((bucket) => (
            <Col key={bucket.key} xs={24} lg={12} xxl={8}>
              <BucketCard bucketKey={bucket.key} href={caseListHref(bucket.filters)} {...bucket} />
            </Col>
          ))}
        </Row>
      )}
    </>
  );
}

function BucketCard({
  bucketKey,
  href,
  count,
  rows,
}: {
  bucketKey: BucketKey;
  href: string;
  count: number;
  rows: CaseRow[];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const title = t(`myWork.buckets.${bucketKey}`);
  return (
    <Card
      size="small"
      className={count > 0 ? 'my-work-bucket' : 'my-work-bucket my-work-bucket-empty'}
      title={
        <Link to={href} className="my-work-bucket-title">
          <span>{title}</span>
          <Badge
            count={count}
            showZero
            overflowCount={9999}
            color={count === 0 ? '#d9d9d9' : alarming.includes(bucketKey) ? '#cf1322' : '#1677ff'}
          />
        </Link>
      }
      extra={
        count > 0 && (
          <Link to={href} aria-label={t('myWork.openBucket', { bucket: title })}>
            {t('myWork.all')} <RightOutlined />
          </Link>
        )
      }
    >
      {rows.length === 0 ? (
        <Typography.Paragraph type="secondary" className="my-work-empty">
          {t(`myWork.empty.${bucketKey}`)}
        </Typography.Paragraph>
      ) : (
        <ul className="my-work-rows">
          {rows.map((row) => (
            <li key={row.id}>
              <button type="button" className="my-work-row" onClick={() => navigate(`/cases/${row.id}`)}>
                <CaseNumber number={row.number} />
                <span className="my-work-summary" title={row.summary}>
                  {row.summary}
                </span>
                <DeadlineTag row={row} />
              </button>
            </li>
          ))}
          {count > rows.length && (
            <li className="my-work-more">
              <Link to={href}>{t('myWork.more', { count: count - rows.length })}</Link>
            </li>
          )}
        </ul>
      )}
    </Card>
  );
}
