// The manager's commentary (工作说明) of a summary: typed and saved with the version it was read at, so a save over
// someone else's newer one is refused; the typed text then stays in the box while the page shows theirs. On paper
// (and in the preview) it is the text alone.
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Input, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthlySummary } from '../../../../../shared/contract/stats';
import { useMutationProc } from '../../../api/hooks';
import { isRpcError } from '../../../api/RpcError';
import { useErrorReporter } from '../../../components/useErrorReporter';
import { useCan } from '../../auth/SessionProvider';

/** One conflict message at a time, gone once a save goes through. */
const conflictKey = 'summary-commentary-conflict';
const maxLength = 4000;

interface Props {
  summary: MonthlySummary;
  gridId: number;
  /** The preview shows the commentary as it prints: no box, no button. */
  paper: boolean;
}

export function CommentaryEditor({ summary, gridId, paper }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const queryClient = useQueryClient();
  const canWrite = useCan('summaries.write');
  const saved = summary.commentary;
  // What the user typed and has not saved; null shows the saved text (and follows it when it changes).
  const [typed, setTyped] = useState<string | null>(null);
  const text = typed ?? saved?.text ?? '';
  const save = useMutationProc('summaries.saveCommentary', { invalidates: ['summaries.month'] });

  const submit = async () => {
    try {
      await save.mutateAsync({ gridId, month: summary.month, text, version: saved?.version ?? null });
      setTyped(null);
      message.destroy(conflictKey);
      message.success(t('monthlySummary.commentary.saved'));
    } catch (error) {
      if (isRpcError(error) && error.code === 'CONFLICT') {
        message.warning({ key: conflictKey, content: t('monthlySummary.commentary.conflict'), duration: 8 });
        // Show what the other person saved (and its version, for the next save); the typed text stays.
        await queryClient.invalidateQueries({ queryKey: ['summaries.month'] });
      } else {
        report(error);
      }
    }
  };

  const editing = canWrite && !paper;
  const printed = (
    <div className={editing ? 'summary-commentary-text summary-print-only' : 'summary-commentary-text'}>
      {text.trim() ? text : t('monthlySummary.commentary.none')}
    </div>
  );
  return (
    <section className="summary-commentary" aria-label={t('monthlySummary.commentary.title')}>
      <h2 className="summary-section-title">{t('monthlySummary.commentary.title')}</h2>
      {editing && (
        <div className="summary-no-print">
          <Input.TextArea
            aria-label={t('monthlySummary.commentary.title')}
            value={text}
            onChange={(event) => setTyped(event.target.value)}
            placeholder={t('monthlySummary.commentary.placeholder')}
            autoSize={{ minRows: 4, maxRows: 14 }}
            maxLength={maxLength}
          />
          <Flex justify="space-between" align="center" gap={12} wrap className="summary-commentary-bar">
            <Typography.Text type="secondary">
              {saved
                ? t('monthlySummary.commentary.savedBy', {
                    name: saved.updatedByName,
                    time: dayjs(saved.updatedAt).format('YYYY-MM-DD HH:mm'),
                  })
                : t('monthlySummary.commentary.notSaved')}
              {typed !== null && typed !== (saved?.text ?? '') && ` · ${t('monthlySummary.commentary.unsaved')}`}
              {` · ${text.length} / ${maxLength}`}
            </Typography.Text>
            <Button type="primary" onClick={submit} loading={save.isPending}>
              {t('monthlySummary.commentary.save')}
            </Button>
          </Flex>
        </div>
      )}
      {printed}
    </section>
  );
}
