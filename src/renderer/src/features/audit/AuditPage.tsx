// The audit log: every change and every read of sensitive data, newest first, with who did it and the record before
// and after; an administrator can verify the log's hash chain here.
import { AutoComplete, Button, Card, Checkbox, Empty, Flex, Input, Result, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, procedureNames } from '../../../../shared/contract';
import { type AuditEntry, sensitiveReadActions } from '../../../../shared/contract/audit';
import { AuditChange } from '../../components/AuditChange';
import { PageTitle } from '../../components/PageTitle';
import { describeError } from '../../i18n/describeError';
import { useCan } from '../auth/SessionProvider';
import { AuditVerifyButton, AuditVerifyResult } from './AuditVerifyPanel';
import { actionLabel, entityLabel, isSensitiveRead, sensitiveReadSummary } from './auditLabels';
import { useAuditLog } from './useAuditLog';
import './audit.css';

/** Mutations are audited, and the queries that show sensitive data whole: only they are worth offering as filters. */
const audited = procedureNames.filter(
  (name) => contract[name].kind === 'mutation' || (sensitiveReadActions as readonly string[]).includes(name),
);
const areaPrefixes = [...new Set(audited.map((name) => `${name.split('.')[0]}.`))];

export function AuditPage() {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [action, setAction] = useState('');
  const [sensitiveReads, setSensitiveReads] = useState(false);
  const [fromId, setFromId] = useState<number | null>(null);
  const canVerify = useCan('audit.verify');
  const log = useAuditLog({ action, sensitiveReads, fromId });
  const rows = useMemo(() => log.data?.pages.flatMap((page) => page.rows) ?? [], [log.data]);

  useEffect(() => {
    const timer = setTimeout(() => setAction(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);

  const filterOptions = [...areaPrefixes, ...audited]
    .filter((value) => value.startsWith(typed.trim()))
    .map((value) => {
      const label = value.endsWith('.') ? null : actionLabel(value, t);
      return { value, label: label ? `${value}  ${label}` : value };
    });

  return (
    <>
      <PageTitle
        title={t('audit.title')}
        intro={t('audit.intro')}
        actions={canVerify ? <AuditVerifyButton onVerified={() => setFromId(null)} /> : undefined}
      />
      {canVerify && <AuditVerifyResult onShowEntry={(id) => setFromId(id)} />}
      <Card>
        <Flex gap={12} align="center" wrap style={{ marginBottom: 16 }}>
          <Typography.Text>{t('audit.filter')}</Typography.Text>
          <AutoComplete
            value={typed}
            onChange={setTyped}
            options={filterOptions}
            style={{ width: 360 }}
            aria-label={t('audit.filter')}
          >
            <Input.Search
              allowClear
              placeholder={t('audit.filterPlaceholder')}
              onSearch={(value) => setAction(value.trim())}
            />
          </AutoComplete>
          <Checkbox checked={sensitiveReads} onChange={(e) => setSensitiveReads(e.target.checked)}>
            {t('auditChain.sensitiveOnly')}
          </Checkbox>
          {fromId !== null && (
            <Tag color="red" closable onClose={() => setFromId(null)}>
              {t('auditChain.jumpedTo', { id: fromId })}
            </Tag>
          )}
          {rows.length > 0 && (
            <Typography.Text type="secondary">{t('audit.shown', { count: rows.length })}</Typography.Text>
          )}
        </Flex>
        {log.isError ? (
          <Result
            status="warning"
            title={describeError(log.error, t)}
            extra={<Button onClick={() => log.refetch()}>{t('common.retry')}</Button>}
          />
        ) : (
          <>
            <Table<AuditEntry>
              rowKey="id"
              size="small"
              loading={log.isPending}
              dataSource={rows}
              pagination={false}
              rowClassName={(entry) => (entry.id === fromId ? 'audit-row-broken' : '')}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.empty')} /> }}
              expandable={{
                expandedRowRender: (entry) => <AuditChange before={entry.before} after={entry.after} />,
              }}
              columns={[
                {
                  key: 'at',
                  title: t('audit.time'),
                  dataIndex: 'at',
                  width: 170,
                  render: (at: number) => <span className="audit-time">{dayjs(at).format('YYYY-MM-DD HH:mm:ss')}</span>,
                },
                {
                  key: 'actor',
                  title: t('audit.actor'),
                  dataIndex: 'actorName',
                  width: 140,
                  render: (name: string | null) =>
                    name ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>,
                },
                {
                  key: 'action',
                  title: t('audit.action'),
                  dataIndex: 'action',
                  render: (value: string) => {
                    const label = actionLabel(value, t);
                    return (
                      <span>
                        {isSensitiveRead(value) && (
                          <Tag color="orange" className="audit-sensitive-tag">
                            {t('auditChain.sensitiveTag')}
                          </Tag>
                        )}
                        {label && <span className="audit-action-label">{label}</span>}
                        <Typography.Text type="secondary" code>
                          {value}
                        </Typography.Text>
                      </span>
                    );
                  },
                },
                {
                  key: 'record',
                  title: t('audit.record'),
                  render: (_, entry) =>
                    entry.entity ? (
                      <span>
                        {entityLabel(entry.entity, t)}
                        {entry.entityId !== null && (
                          <Typography.Text type="secondary"> #{entry.entityId}</Typography.Text>
                        )}
                        {isSensitiveRead(entry.action) && (
                          <Typography.Text type="secondary" className="audit-shown-kinds">
                            {sensitiveReadSummary(entry.after, t)}
                          </Typography.Text>
                        )}
                      </span>
                    ) : (
                      <Typography.Text type="secondary">{t('audit.noRecord')}</Typography.Text>
                    ),
                },
              ]}
            />
            {rows.length > 0 && (
              <Flex justify="center" style={{ marginTop: 16 }}>
                {log.hasNextPage ? (
                  <Button onClick={() => log.fetchNextPage()} loading={log.isFetchingNextPage}>
                    {t('common.loadMore')}
                  </Button>
                ) : (
                  <Typography.Text type="secondary">{t('common.noMore')}</Typography.Text>
                )}
              </Flex>
            )}
          </>
        )}
      </Card>
    </>
  );
}
