// Step 2: each column of the file with its header and samples, and the register field it fills (or none).
import { Alert, Button, Flex, Select, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ImportField, type ImportPreview, importFields } from '../../../../shared/contract/transfer';
import type { UploadedFile } from '../../api/files';
import type { Mapping } from './ImportPage';

type Column = ImportPreview['columns'][number];

/** A, B, … Z, AA: how spreadsheets name their columns. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function MappingStep({
  file,
  preview,
  mapping,
  checking,
  onMappingChange,
  onBack,
  onCheck,
}: {
  file: UploadedFile;
  preview: ImportPreview;
  mapping: Mapping;
  checking: boolean;
  onMappingChange: (mapping: Mapping) => void;
  onBack: () => void;
  onCheck: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const chosen = Object.values(mapping).filter((field): field is ImportField => field !== null);
  const twice = new Set(chosen.filter((field, i) => chosen.indexOf(field) !== i));
  const missing = preview.missingFields.filter((field) => !chosen.includes(field));

  return (
    <div className="import-mapping">
      <Typography.Paragraph>
        {t('imports.fileLine', { name: file.fileName, rows: preview.rowCount })}
      </Typography.Paragraph>
      {missing.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="import-missing"
          title={
            <>
              {t('imports.missing')}{' '}
              {missing.map((field) => (
                <Tag key={field} color="red">
                  {t(`registerFields.${field}`)}
                </Tag>
              ))}
            </>
          }
        />
      )}
      {[...twice].map((field) => (
        <Alert
          key={field}
          type="warning"
          showIcon
          className="import-missing"
          title={t('imports.twice', { field: t(`registerFields.${field}`) })}
        />
      ))}
      <Table<Column>
        size="small"
        rowKey="index"
        dataSource={preview.columns}
        pagination={false}
        scroll={{ y: 'max(240px, calc(100vh - 400px))' }}
        columns={[
          {
            key: 'column',
            title: t('imports.column'),
            width: 60,
            render: (_, column) => <Typography.Text code>{columnLetter(column.index)}</Typography.Text>,
          },
          { key: 'header', title: t('imports.header'), dataIndex: 'header', width: 180, ellipsis: true },
          {
            key: 'samples',
            title: t('imports.samples'),
            dataIndex: 'samples',
            ellipsis: true,
            render: (samples: string[]) => <Typography.Text type="secondary">{samples.join(' · ')}</Typography.Text>,
          },
          {
            key: 'field',
            title: t('imports.field'),
            width: 220,
            render: (_, column) => {
              const field = mapping[String(column.index)] ?? null;
              return (
                <Select<ImportField | 'skip'>
                  style={{ width: '100%' }}
                  aria-label={`${t('imports.field')} ${columnLetter(column.index)}`}
                  status={field && twice.has(field) ? 'warning' : undefined}
                  value={field ?? 'skip'}
                  onChange={(value) => onMappingChange({ ...mapping, [column.index]: value === 'skip' ? null : value })}
                  options={[
                    { value: 'skip', label: <Typography.Text type="secondary">{t('imports.skip')}</Typography.Text> },
                    ...importFields.map((value) => ({
                      value,
                      label: missing.includes(value) ? (
                        <Typography.Text type="danger">{t(`registerFields.${value}`)}</Typography.Text>
                      ) : (
                        t(`registerFields.${value}`)
                      ),
                    })),
                  ]}
                />
              );
            },
          },
        ]}
      />
      <Flex justify="space-between" className="import-actions">
        <Button onClick={onBack}>{t('imports.chooseAnother')}</Button>
        <Button type="primary" onClick={() => void onCheck()} loading={checking} disabled={twice.size > 0}>
          {t('imports.check')}
        </Button>
      </Flex>
    </div>
  );
}
