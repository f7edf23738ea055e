// Step 1: choose or drop an .xlsx or .csv file; it is uploaded and read, and its columns recognised.
import { InboxOutlined } from '@ant-design/icons';
import type { UseMutationResult } from '@tanstack/react-query';
import { Alert, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../shared/contract';
import type { ImportPreview } from '../../../../shared/contract/transfer';
import { type UploadedFile, uploadFile } from '../../api/files';
import type { RpcError } from '../../api/RpcError';
import { describeError } from '../../i18n/describeError';

const accepted = ['.xlsx', '.csv'];

export function UploadStep({
  preview,
  onRead,
}: {
  preview: UseMutationResult<ImportPreview, RpcError, InputOf<'imports.preview'>>;
  onRead: (file: UploadedFile, preview: ImportPreview) => void;
}) {
  const { t } = useTranslation();
  const [reading, setReading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const read = async (file: File) => {
    setProblem(null);
    if (!accepted.some((ext) => file.name.toLowerCase().endsWith(ext))) {
      setProblem(t('imports.wrongType'));
      return;
    }
    setReading(true);
    try {
      const uploaded = await uploadFile(file);
      onRead(uploaded, await preview.mutateAsync({ uploadId: uploaded.uploadId }));
    } catch (error) {
      setProblem(describeError(error, t));
    } finally {
      setReading(false);
    }
  };

  return (
    <div className="import-upload">
      <Spin spinning={reading} description={t('imports.reading')}>
        <Upload.Dragger
          accept={accepted.join(',')}
          multiple={false}
          showUploadList={false}
          disabled={reading}
          beforeUpload={(file) => {
            void read(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('imports.drag')}</p>
          <p className="ant-upload-hint">{t('imports.formats')}</p>
        </Upload.Dragger>
      </Spin>
      {problem && <Alert type="error" showIcon title={problem} className="import-problem" />}
      <Typography.Paragraph type="secondary" className="import-headers">
        {t('imports.headers')}
      </Typography.Paragraph>
      <Alert type="info" showIcon title={t('imports.nothingWritten')} />
    </div>
  );
}
