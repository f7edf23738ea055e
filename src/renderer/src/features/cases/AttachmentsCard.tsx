// A case's attachments (photos, scans, documents): each with its size, who added it and when, opened with a click;
// and, for whoever may work the case, an upload that refuses a wrong file before it travels.
import { FileImageOutlined, FileOutlined, FilePdfOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, List, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseAttachment } from '../../../../shared/contract/cases';
import {
  allowedAttachmentExtensions,
  attachmentAccept,
  isImageType,
  maxAttachmentMiB,
} from '../../../../shared/domain/attachments';
import { openAttachment, uploadAttachment } from '../../api/files';
import { procKey, useMutationProc } from '../../api/hooks';
import { useErrorReporter } from '../../components/useErrorReporter';
import './attachments.css';

/** 2.4 MB, 380 KB: as the file's own size reads in a file manager. */
function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

function FileIcon({ mediaType }: { mediaType: string }) {
  if (isImageType(mediaType)) return <FileImageOutlined />;
  if (mediaType === 'application/pdf') return <FilePdfOutlined />;
  return <FileOutlined />;
}

export function AttachmentsCard({
  caseId,
  attachments,
  canAttach,
}: {
  caseId: number;
  attachments: CaseAttachment[];
  canAttach: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const queryClient = useQueryClient();
  const [uploading, setUploading] = useState(0);
  const attach = useMutationProc('cases.attach', {
    onSuccess: () => queryClient.invalidateQueries({ queryKey: procKey('cases.get', { id: caseId }) }),
  });
  const limits = { types: allowedAttachmentExtensions.join(', '), maxMiB: maxAttachmentMiB };

  const add = async (file: File): Promise<void> => {
    setUploading((n) => n + 1);
    try {
      const uploaded = await uploadAttachment(file);
      await attach.mutateAsync({ caseId, sha256: uploaded.sha256, fileName: uploaded.fileName });
      message.success(t('attachments.attached', { name: uploaded.fileName }));
    } catch (error) {
      report(error);
      throw error;
    } finally {
      setUploading((n) => n - 1);
    }
  };

  const open = (attachment: CaseAttachment) => {
    openAttachment(attachment).catch((error: unknown) => report(error));
  };

  const uploadButton = canAttach && (
    <Upload
      accept={attachmentAccept}
      multiple
      showUploadList={false}
      customRequest={({ file, onSuccess, onError }) => {
        add(file as File).then(
          () => onSuccess?.(null),
          (error: unknown) => onError?.(error as Error),
        );
      }}
    >
      <Button size="small" icon={<UploadOutlined />} loading={uploading > 0}>
        {t('attachments.add')}
      </Button>
    </Upload>
  );

  return (
    <Card
      size="small"
      className="case-attachments"
      title={
        <span>
          <PaperClipOutlined /> {t('attachments.title', { count: attachments.length })}
        </span>
      }
      extra={uploadButton}
    >
      {attachments.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={
            <>
              <div>{t('attachments.none')}</div>
              <Typography.Text type="secondary">
                {canAttach ? t('attachments.limits', limits) : t('attachments.cannotAttach')}
              </Typography.Text>
            </>
          }
        />
      ) : (
        <>
          <List
            size="small"
            dataSource={attachments}
            rowKey="id"
            renderItem={(attachment) => (
              <List.Item className="case-attachment">
                <Button
                  type="link"
                  className="case-attachment-name"
                  icon={<FileIcon mediaType={attachment.mediaType} />}
                  title={t('attachments.open')}
                  onClick={() => open(attachment)}
                >
                  <span className="case-attachment-label">{attachment.fileName}</span>
                </Button>
                <Typography.Text type="secondary" className="case-attachment-meta">
                  {t('attachments.meta', {
                    size: formatSize(attachment.size),
                    who: attachment.uploadedByName ?? t('attachments.unknownUploader'),
                    time: dayjs(attachment.uploadedAt).format('YYYY-MM-DD HH:mm'),
                  })}
                </Typography.Text>
              </List.Item>
            )}
          />
          {canAttach && (
            <Typography.Text type="secondary" className="case-attachment-limits">
              {t('attachments.limits', limits)}
            </Typography.Text>
          )}
        </>
      )}
    </Card>
  );
}
