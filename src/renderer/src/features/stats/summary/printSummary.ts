// Printing the summary: the browser's print dialog everywhere (whose "Save as PDF" proposes the summary's name),
// and in the desktop app a PDF saved straight through Electron's printToPDF on A4.
import type { TFunction } from 'i18next';
import type { MonthlySummary } from '../../../../../shared/contract/stats';
import { RpcError } from '../../../api/RpcError';

/** 振兴街道-2026-10-月度工作总结: what a saved PDF is called. */
export function summaryFileName(summary: MonthlySummary, t: TFunction): string {
  return t('monthlySummary.pdfFileName', { scope: summary.scope.name, month: summary.month });
}

/** The desktop app can save a PDF itself; the browser saves one from its print dialog. */
export function canSavePdf(): boolean {
  return typeof window.griddesk?.printToPdf === 'function';
}

/** The print dialog, with the document titled so that a PDF saved from it gets the summary's name. */
export function printSummary(summary: MonthlySummary, t: TFunction): void {
  const title = document.title;
  document.title = summaryFileName(summary, t);
  try {
    window.print();
  } finally {
    document.title = title;
  }
}

/** Saves the summary as a PDF where the user chooses; null when they cancel, or in the browser (its dialog). */
export async function saveSummaryPdf(
  summary: MonthlySummary,
  t: TFunction,
): Promise<{ saved: boolean; filePath?: string } | null> {
  const bridge = window.griddesk;
  if (!bridge?.printToPdf) {
    printSummary(summary, t);
    return null;
  }
  const answer = await bridge.printToPdf(`${summaryFileName(summary, t)}.pdf`);
  if (!answer.ok) throw new RpcError('printToPdf', answer.error);
  return answer.data.saved ? answer.data : null;
}
