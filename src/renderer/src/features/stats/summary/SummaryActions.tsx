// What can be done with the summary on screen: open the A4 preview, print it (the desktop app also saves it as a
// PDF of its own), and export its tables to Excel.
import { DownloadOutlined, EyeOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Flex, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MonthlySummary } from '../../../../../shared/contract/stats';
import { downloadExport } from '../../../api/files';
import { useMutationProc } from '../../../api/hooks';
import { useErrorReporter } from '../../../components/useErrorReporter';
import { canSavePdf, printSummary, saveSummaryPdf } from './printSummary';

interface Props {
  summary: MonthlySummary | undefined;
  gridId: number | null;
  preview: boolean;
  onPreview: (preview: boolean) => void;
}

export function SummaryActions({ summary, gridId, preview, onPreview }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const exportSummary = useMutationProc('exports.monthlySummary');
  const ready = summary !== undefined && gridId !== null;

  const exportFile = async () => {
    if (!summary || gridId === null) return;
    try {
      const file = await exportSummary.mutateAsync({ gridId, month: summary.month });
      await downloadExport(file.downloadId, file.fileName);
      message.success(t('monthlySummary.exported', { name: file.fileName }));
    } catch (error) {
      report(error);
    }
  };

  const savePdf = async () => {
    if (!summary) return;
    try {
      const saved = await saveSummaryPdf(summary, t);
      if (saved?.filePath) message.success(t('monthlySummary.pdfSaved', { path: saved.filePath }));
    } catch (error) {
      report(error);
    }
  };

  return (
    <Flex gap={8} wrap justify="flex-end" className="summary-no-print">
      <Button icon={<EyeOutlined />} disabled={!ready} onClick={() => onPreview(!preview)}>
        {preview ? t('monthlySummary.actions.closePreview') : t('monthlySummary.actions.preview')}
      </Button>
      <Tooltip title={canSavePdf() ? undefined : t('monthlySummary.actions.printHint')}>
        <Button icon={<PrinterOutlined />} disabled={!ready} onClick={() => summary && printSummary(summary, t)}>
          {t('monthlySummary.actions.print')}
        </Button>
      </Tooltip>
      {canSavePdf() && (
        <Button icon={<FilePdfOutlined />} disabled={!ready} onClick={savePdf}>
          {t('monthlySummary.actions.pdf')}
        </Button>
      )}
      <Button icon={<DownloadOutlined />} disabled={!ready} onClick={exportFile} loading={exportSummary.isPending}>
        {t('monthlySummary.actions.excel')}
      </Button>
    </Flex>
  );
}
