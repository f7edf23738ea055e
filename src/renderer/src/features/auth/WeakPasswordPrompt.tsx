// Right after signing in with a password that falls short of the rule (set before the rule existed): asks for a new
// one. Signing in is never refused for it; the user may put it off until the next sign-in.
import { useTranslation } from 'react-i18next';
import { ChangePasswordModal } from './ChangePasswordModal';

export function WeakPasswordPrompt({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return <ChangePasswordModal open notice={t('passwordStrength.weakNotice')} onClose={onClose} />;
}
