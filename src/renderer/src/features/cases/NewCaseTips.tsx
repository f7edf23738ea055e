// The side note of the new-case form: the keys that make registering a case quick without the mouse.
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { newCaseShortcutLabel } from './NewCaseShortcut';

const keys = [
  ['typeToFind', ''],
  ['pick', '↑ ↓ Enter'],
  ['nextField', 'Tab'],
  ['save', 'Ctrl+Enter'],
  ['saveAndAnother', 'Ctrl+Shift+Enter'],
  ['open', newCaseShortcutLabel],
] as const;

export function NewCaseTips() {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('newCase.tipsTitle')} className="new-case-tips">
      <dl>
        {keys.map(([key, keyLabel]) => (
          <div key={key} className="new-case-tip">
            <dt>{keyLabel ? <kbd>{keyLabel}</kbd> : null}</dt>
            <dd>{t(`newCase.tips.${key}`)}</dd>
          </div>
        ))}
      </dl>
      <Typography.Paragraph type="secondary" className="new-case-tips-note">
        {t('newCase.tipsNote')}
      </Typography.Paragraph>
    </Card>
  );
}
