// Under a new password: how strong it is (weak, fair, strong) and which parts of the rule it meets, as it is typed.
import { CheckCircleFilled, CloseCircleOutlined } from '@ant-design/icons';
import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type PasswordProblem, passwordProblemsOf, passwordStrength } from '../../../../shared/domain/password';
import './passwordStrength.css';

const levels = {
  weak: { percent: 34, color: '#ff4d4f' },
  fair: { percent: 67, color: '#faad14' },
  strong: { percent: 100, color: '#52c41a' },
} as const;

/** Each line of the checklist and the problems that fail it. */
const checklist: { key: 'length' | 'kinds' | 'username' | 'common'; failedBy: PasswordProblem[] }[] = [
  { key: 'length', failedBy: ['passwordTooShort'] },
  { key: 'kinds', failedBy: ['passwordKinds'] },
  { key: 'username', failedBy: ['passwordHasUsername'] },
  { key: 'common', failedBy: ['passwordCommon', 'passwordRepeated'] },
];

export function PasswordStrengthMeter({ password, username }: { password: string; username?: string }) {
  const { t } = useTranslation();
  if (!password) return null;
  const level = passwordStrength(password, username);
  const problems = passwordProblemsOf(password, username);
  return (
    <div className="password-strength" aria-live="polite">
      <Flex align="center" gap={8}>
        <Progress
          className="password-strength-bar"
          percent={levels[level].percent}
          steps={3}
          size={[40, 6]}
          strokeColor={levels[level].color}
          showInfo={false}
        />
        <Typography.Text style={{ color: levels[level].color }} data-testid="password-strength">
          {t('passwordStrength.label', { level: t(`passwordStrength.${level}`) })}
        </Typography.Text>
      </Flex>
      <ul className="password-strength-rules">
        {checklist.map(({ key, failedBy }) => {
          const met = !failedBy.some((problem) => problems.includes(problem));
          return (
            <li key={key} className={met ? 'met' : 'unmet'}>
              {met ? <CheckCircleFilled /> : <CloseCircleOutlined />} {t(`passwordStrength.rules.${key}`)}
            </li>
          );
        })}
      </ul>
      {level !== 'strong' && problems.length === 0 && (
        <Typography.Text type="secondary">{t('passwordStrength.advice')}</Typography.Text>
      )}
    </div>
  );
}
