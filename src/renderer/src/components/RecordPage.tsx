// The frame of a page about one record reached from a list (a case, a household, a branch, a member, a report):
// the way back, a skeleton while it loads, and what to say when it is not there or not the user's to see.
import { Breadcrumb, Button, Card, Result, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { RpcError } from '../api/RpcError';
import { describeError } from '../i18n/describeError';
import './recordPage.css';

/** Where "back" leads: the list the record was opened from. */
export interface BackTo {
  to: string;
  label: string;
}

export function RecordBreadcrumb({
  back,
  current,
  className,
}: {
  back: BackTo;
  current: ReactNode;
  className?: string;
}) {
  return (
    <Breadcrumb
      className={['record-breadcrumb', className].filter(Boolean).join(' ')}
      items={[
        { key: 'list', title: <Link to={back.to}>{back.label}</Link> },
        { key: 'here', title: current },
      ]}
    />
  );
}

export function RecordLoading({ rows = 8 }: { rows?: number }) {
  return (
    <Card>
      <Skeleton active paragraph={{ rows }} />
    </Card>
  );
}

interface UnavailableProps {
  back: BackTo;
  /** Said when the record does not exist or is outside the user's reach (NOT_FOUND), or the address is wrong. */
  notFound: string;
  /** The failed answer; without one the address itself was not a record's. */
  error?: RpcError | null;
  /** Said instead of anything else (e.g. a month that has not begun). */
  title?: string;
  breadcrumb?: boolean;
  breadcrumbClassName?: string;
}

export function RecordUnavailable({
  back,
  notFound,
  error,
  title,
  breadcrumb = true,
  breadcrumbClassName,
}: UnavailableProps) {
  const { t } = useTranslation();
  const missing = !error || error.code === 'NOT_FOUND';
  return (
    <>
      {breadcrumb && <RecordBreadcrumb back={back} current="…" className={breadcrumbClassName} />}
      <Card>
        <Result
          status={missing ? '404' : 'warning'}
          title={title ?? (missing ? notFound : describeError(error, t))}
          extra={
            <Link to={back.to}>
              <Button type="primary">{back.label}</Button>
            </Link>
          }
        />
      </Card>
    </>
  );
}
