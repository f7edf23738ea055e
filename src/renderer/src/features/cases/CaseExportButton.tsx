// Exporting the case list to Excel: every case matching the filters on screen, not only the pages loaded.
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseFilters } from '../../../../shared/contract/cases';
import { downloadExport } from '../../api/files';
import { useMutationProc } from '../../api/hooks';
import { useErrorReporter } from '../../components/useErrorReporter';

export function CaseExportButton({ filters }: { filters: CaseFilters }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const exportCases = useMutationProc('exports.cases');

  const exportList = async () => {
    try {
      const file = await exportCases.mutateAsync({ filters });
      await downloadExport(file.downloadId, file.fileName);
      message.success(t('caseList.exported', { count: file.rowCount }));
    } catch (error) {
      report(error);
    }
  };

  return (
    <Tooltip title={t('caseList.exportHint')}>
      <Button icon={<DownloadOutlined />} onClick={exportList} loading={exportCases.isPending}>
        {t('caseList.export')}
      </Button>
    </Tooltip>
  );
}
