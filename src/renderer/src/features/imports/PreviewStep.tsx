// Step 3: what the import would do — rows ready, rows already on the register, every bad row with its reasons —
// and the one confirmation that writes them.
import { Alert, App, Button, Col, Flex, Row, Statistic, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../shared/contract';
import type { ImportPreview } from '../../../../shared/contract/transfer';
import type { UploadedFile } from '../../api/files';
import { useMutationProc } from '../../api/hooks';
import { useErrorReporter } from '../../components/useErrorReporter';
import { registerQueries } from '../households/registerQueries';
import type { Mapping } from './ImportPage';

type InvalidRow = ImportPreview['invalid'][number];

export function PreviewStep({
  file,
  preview,
  mapping,
  onBack,
  onDone,
}: {
  file: UploadedFile;
  preview: ImportPreview;
  mapping: Mapping;
  onBack: () => void;
  onDone: (result: OutputOf<'imports.commit'>) => void;
}) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const report = useErrorReporter();
  const commit = useMutationProc('imports.commit', { invalidates: registerQueries });

  const confirm = () =>
    modal.confirm({
      title: t('imports.confirmTitle'),
      content: t('imports.confirmText', {
        count: preview.validCount,
        invalid: preview.invalidCount,
        already: preview.alreadyOnRegister,
      }),
      okText: t('imports.confirm', { count: preview.validCount }),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          onDone(await commit.mutateAsync({ uploadId: file.uploadId, mapping }));
        } catch (error) {
          report(error);
        }
      },
    });

  return (
    <div className="import-preview">
      <Typography.Paragraph>
        {t('imports.fileLine', { name: file.fileName, rows: preview.rowCount })}
      </Typography.Paragraph>
      {preview.previouslyImportedAt !== null && (
        <Alert
          type="warning"
          showIcon
          className="import-missing"
          title={t('imports.previously', { time: dayjs(preview.previouslyImportedAt).format('YYYY-MM-DD HH:mm') })}
        />
      )}
      <Row gutter={16} className="import-counts">
        <Col span={6}>
          <Statistic title={t('imports.rows')} value={preview.rowCount} />
        </Col>
        <Col span={6}>
          <Statistic title={t('imports.valid')} value={preview.validCount} styles={{ content: { color: '#389e0d' } }} />
        </Col>
        <Col span={6}>
          <Statistic title={t('imports.already')} value={preview.alreadyOnRegister} />
        </Col>
        <Col span={6}>
          <Statistic
            title={t('imports.invalid')}
            value={preview.invalidCount}
            styles={{ content: { color: preview.invalidCount > 0 ? '#cf1322' : undefined } }}
          />
        </Col>
      </Row>
      <Typography.Title level={2} className="import-subtitle">
        {t('imports.invalidTitle')}
      </Typography.Title>
      {preview.invalid.length < preview.invalidCount && (
        <Typography.Paragraph type="secondary">
          {t('imports.someShown', { shown: preview.invalid.length, count: preview.invalidCount })}
        </Typography.Paragraph>
      )}
      {preview.invalidCount === 0 ? (
        <Alert type="success" showIcon title={t('imports.noInvalid')} />
      ) : (
        <Table<InvalidRow>
          size="small"
          rowKey="row"
          dataSource={preview.invalid}
          pagination={false}
          scroll={{ y: 320 }}
          columns={[
            { key: 'row', title: t('imports.row'), dataIndex: 'row', width: 80, align: 'right' },
            { key: 'name', title: t('imports.name'), dataIndex: 'name', width: 120, ellipsis: true },
            {
              key: 'reasons',
              title: t('imports.reasons'),
              dataIndex: 'reasons',
              render: (reasons: string[]) => (
                <ul className="import-reasons">
                  {reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      )}
      {preview.validCount === 0 && (
        <Alert type="error" showIcon title={t('imports.nothingValid')} className="import-problem" />
      )}
      <Flex justify="space-between" className="import-actions">
        <Button onClick={onBack}>{t('imports.backToMapping')}</Button>
        <Button type="primary" onClick={confirm} disabled={preview.validCount === 0} loading={commit.isPending}>
          {t('imports.confirm', { count: preview.validCount })}
        </Button>
      </Flex>
    </div>
  );
}
