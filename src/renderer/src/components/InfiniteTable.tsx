// A long list in a virtual table: only the rows in sight are drawn, and scrolling near the end loads the next page.
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { Button, Empty, Flex, Result, Table, type TableColumnsType, Typography } from 'antd';
import type { ReactNode, UIEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RpcError } from '../api/RpcError';
import { describeError } from '../i18n/describeError';
import { useFillHeight } from './useFillHeight';
import './infiniteTable.css';

type PagedList<Row> = UseInfiniteQueryResult<InfiniteData<{ rows: Row[] }>, RpcError>;

/** Rows from the bottom at which the next page is asked for, so it is there before the user reaches the end. */
const prefetchDistancePx = 400;

export function InfiniteTable<Row extends object>({
  list,
  columns,
  rowKey,
  empty,
  loaded,
  onRowClick,
  reserve = 136,
  label,
  rowClassName,
}: {
  list: PagedList<Row>;
  columns: TableColumnsType<Row>;
  rowKey: keyof Row & string;
  empty: ReactNode;
  /** "N loaded", shown under the table. */
  loaded: (count: number) => string;
  onRowClick?: (row: Row) => void;
  /** Room kept below the table for its footer and the page's padding. */
  reserve?: number;
  label?: string;
  /** A class for rows that need marking (an overdue case). */
  rowClassName?: (row: Row) => string;
}) {
  const { t } = useTranslation();
  const [ref, height] = useFillHeight<HTMLDivElement>(reserve);
  const rows = list.data?.pages.flatMap((page) => page.rows) ?? [];

  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const { scrollHeight, scrollTop, clientHeight } = event.currentTarget;
    if (scrollHeight - scrollTop - clientHeight < prefetchDistancePx && list.hasNextPage && !list.isFetchingNextPage) {
      void list.fetchNextPage();
    }
  };

  if (list.isError) {
    return (
      <Result
        status="warning"
        title={describeError(list.error, t)}
        extra={<Button onClick={() => list.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }

  return (
    <div ref={ref} className="infinite-table">
      <Table<Row>
        virtual
        aria-label={label}
        size="small"
        rowKey={rowKey}
        columns={columns}
        dataSource={rows}
        loading={list.isPending}
        pagination={false}
        scroll={{ y: height }}
        onScroll={onScroll}
        rowClassName={rowClassName}
        onRow={onRowClick ? (row) => ({ onClick: () => onRowClick(row), className: 'infinite-table-row' }) : undefined}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
      />
      {rows.length > 0 && (
        <Flex justify="space-between" align="center" className="infinite-table-footer">
          <Typography.Text type="secondary">{loaded(rows.length)}</Typography.Text>
          {list.hasNextPage ? (
            <Button size="small" onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
              {t('common.loadMore')}
            </Button>
          ) : (
            <Typography.Text type="secondary">{t('common.noMore')}</Typography.Text>
          )}
        </Flex>
      )}
    </div>
  );
}
