// One audit entry's record before and after, field by field, with the changed fields marked.
import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import './auditChange.css';

interface FieldRow {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function rowsOf(before: unknown, after: unknown): FieldRow[] | null {
  if ((before !== null && !isRecord(before)) || (after !== null && !isRecord(after))) return null;
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields.map((field) => {
    const old = before?.[field];
    const now = after?.[field];
    return { field, before: old, after: now, changed: JSON.stringify(old) !== JSON.stringify(now) };
  });
}

function Value({ value }: { value: unknown }) {
  if (value === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  return <code className="audit-value">{JSON.stringify(value)}</code>;
}

export function AuditChange({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  if (before === null && after === null) {
    return <Typography.Text type="secondary">{t('audit.noDetail')}</Typography.Text>;
  }
  const rows = rowsOf(before, after);
  if (!rows) {
    // Not a record (a list or a plain value): show both sides as they were stored.
    return (
      <div className="audit-raw">
        <div>
          <Typography.Text strong>{t('audit.before')}</Typography.Text>
          <pre>{JSON.stringify(before, null, 2)}</pre>
        </div>
        <div>
          <Typography.Text strong>{t('audit.after')}</Typography.Text>
          <pre>{JSON.stringify(after, null, 2)}</pre>
        </div>
      </div>
    );
  }
  const showBefore = before !== null;
  return (
    <Table<FieldRow>
      className="audit-change"
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      rowClassName={(row) => (row.changed && showBefore ? 'audit-changed' : '')}
      columns={[
        {
          key: 'field',
          title: t('audit.field'),
          dataIndex: 'field',
          width: 180,
          render: (field: string, row) => (
            <>
              <code>{field}</code>
              {row.changed && showBefore && (
                <Tag color="orange" style={{ marginLeft: 6 }}>
                  {t('audit.changed')}
                </Tag>
              )}
            </>
          ),
        },
        ...(showBefore
          ? [
              {
                key: 'before',
                title: t('audit.before'),
                render: (_: unknown, row: FieldRow) => <Value value={row.before} />,
              },
            ]
          : []),
        { key: 'after', title: t('audit.after'), render: (_: unknown, row: FieldRow) => <Value value={row.after} /> },
      ]}
    />
  );
}
