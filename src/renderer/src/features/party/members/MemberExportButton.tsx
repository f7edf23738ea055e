// Exporting the roster to Excel: every member matching the filters on screen, not only the rows loaded.
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { downloadExport } from '../../../api/files';
import { useMutationProc } from '../../../api/hooks';
import { useErrorReporter } from '../../../components/useErrorReporter';
import type { RosterFilters } from './memberListFilters';

export function MemberExportButton({ filters }: { filters: RosterFilters }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const exportMembers = useMutationProc('exports.partyMembers');

  const exportList = async () => {
    try {
      const file = await exportMembers.mutateAsync(filters);
      await downloadExport(file.downloadId, file.fileName);
      message.success(t('partyRoster.exported', { count: file.rowCount }));
    } catch (error) {
      report(error);
    }
  };

  return (
    <Tooltip title={t('partyRoster.exportHint')}>
      <Button icon={<DownloadOutlined />} onClick={exportList} loading={exportMembers.isPending}>
        {t('partyRoster.export')}
      </Button>
    </Tooltip>
  );
}
