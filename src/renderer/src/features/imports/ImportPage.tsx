// Importing residents from Excel or CSV in four steps: upload, match columns, check every row, confirm. Nothing is
// written before the confirmation; the commit adds the valid rows in one transaction.
import { useMutation } from '@tanstack/react-query';
import { Card, Steps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf, OutputOf } from '../../../../shared/contract';
import type { ImportField, ImportPreview } from '../../../../shared/contract/transfer';
import { call } from '../../api/client';
import type { UploadedFile } from '../../api/files';
import type { RpcError } from '../../api/RpcError';
import { PageTitle } from '../../components/PageTitle';
import { useErrorReporter } from '../../components/useErrorReporter';
import { DoneStep } from './DoneStep';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { UploadStep } from './UploadStep';
import './imports.css';

export type Mapping = Record<string, ImportField | null>;

type Stage =
  | { step: 'upload' }
  | { step: 'mapping' | 'preview'; file: UploadedFile; preview: ImportPreview; mapping: Mapping }
  | { step: 'done'; file: UploadedFile; result: OutputOf<'imports.commit'> };

const stepIndex = { upload: 0, mapping: 1, preview: 2, done: 3 } as const;

export function mappingOf(preview: ImportPreview): Mapping {
  return Object.fromEntries(preview.columns.map((column) => [String(column.index), column.field]));
}

export function ImportPage() {
  const { t } = useTranslation();
  const report = useErrorReporter();
  const [stage, setStage] = useState<Stage>({ step: 'upload' });
  // A preview reads the file and checks every row but writes nothing: a query, asked for at the user's click.
  const previewing = useMutation<ImportPreview, RpcError, InputOf<'imports.preview'>>({
    mutationFn: (input) => call('imports.preview', input),
  });

  return (
    <>
      <PageTitle title={t('imports.title')} intro={t('imports.intro')} />
      <Card>
        <Steps
          className="import-steps"
          current={stepIndex[stage.step]}
          items={(['upload', 'mapping', 'preview', 'done'] as const).map((key) => ({
            title: t(`imports.steps.${key}`),
          }))}
        />
        {stage.step === 'upload' && (
          <UploadStep
            preview={previewing}
            onRead={(file, preview) => setStage({ step: 'mapping', file, preview, mapping: mappingOf(preview) })}
          />
        )}
        {stage.step === 'mapping' && (
          <MappingStep
            file={stage.file}
            preview={stage.preview}
            mapping={stage.mapping}
            checking={previewing.isPending}
            onMappingChange={(mapping) => setStage({ ...stage, mapping })}
            onBack={() => setStage({ step: 'upload' })}
            onCheck={async () => {
              try {
                const preview = await previewing.mutateAsync({ uploadId: stage.file.uploadId, mapping: stage.mapping });
                setStage({ ...stage, preview, step: preview.missingFields.length > 0 ? 'mapping' : 'preview' });
              } catch (error) {
                report(error);
              }
            }}
          />
        )}
        {stage.step === 'preview' && (
          <PreviewStep
            file={stage.file}
            preview={stage.preview}
            mapping={stage.mapping}
            onBack={() => setStage({ ...stage, step: 'mapping' })}
            onDone={(result) => setStage({ step: 'done', file: stage.file, result })}
          />
        )}
        {stage.step === 'done' && <DoneStep result={stage.result} onAnother={() => setStage({ step: 'upload' })} />}
      </Card>
    </>
  );
}
