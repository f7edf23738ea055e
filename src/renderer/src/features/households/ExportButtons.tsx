// Exporting the register to Excel: the list on screen (households or residents) with its filters, and the changes since the last export for the city platform.
import { CloudUploadOutlined, DownloadOutlined } from '@ant-design/icons';
import { App, Button, Modal, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadExport } from '../../api/files';
import { useMutationProc } from '../../api/hooks';
import { useErrorReporter } from '../../components/useErrorReporter';
import type { RegisterFilters } from './registerFilters';

export function ExportButtons({ filters }: { filters: RegisterFilters }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const [explaining, setExplaining] = useState(false);
  const exportResidents = useMutationProc('exports.residents');
  const exportHouseholds = useMutationProc('exports.households');
  const exportChanges = useMutationProc('exports.changes');
  const byHousehold = filters.view === 'households';

  const exportList = async () => {
    try {
      const file = byHousehold
        ? await exportHouseholds.mutateAsync({
            gridId: filters.gridId,
            address: filters.address,
            houseUse: filters.houseUse,
          })
        : await exportResidents.mutateAsync({
            gridId: filters.gridId,
            tag: filters.tag,
            residenceType: filters.residenceType,
            houseUse: filters.houseUse,
          });
      await downloadExport(file.downloadId, file.fileName);
      message.success(t(byHousehold ? 'register.exportedHouseholds' : 'register.exported', { count: file.rowCount }));
    } catch (error) {
      report(error);
    }
  };

  const exportSinceLast = async () => {
    try {
      const file = await exportChanges.mutateAsync({});
      await downloadExport(file.downloadId, file.fileName);
      setExplaining(false);
      const since =
        file.since === null
          ? t('register.changesAll')
          : t('register.changesSince', { time: dayjs(file.since).format('YYYY-MM-DD HH:mm') });
      message.success(t('register.changesDone', { count: file.rowCount, since }));
    } catch (error) {
      report(error);
    }
  };

  return (
    <>
      <Tooltip title={t(byHousehold ? 'register.exportHouseholdsHint' : 'register.exportHint')}>
        <Button
          icon={<DownloadOutlined />}
          onClick={exportList}
          loading={exportResidents.isPending || exportHouseholds.isPending}
        >
          {t('register.export')}
        </Button>
      </Tooltip>
      <Button icon={<CloudUploadOutlined />} onClick={() => setExplaining(true)}>
        {t('register.exportChanges')}
      </Button>
      <Modal
        open={explaining}
        title={t('register.changesTitle')}
        okText={t('register.changesConfirm')}
        cancelText={t('common.cancel')}
        onOk={exportSinceLast}
        confirmLoading={exportChanges.isPending}
        onCancel={() => setExplaining(false)}
      >
        <Typography.Paragraph>{t('register.changesText')}</Typography.Paragraph>
      </Modal>
    </>
  );
}
