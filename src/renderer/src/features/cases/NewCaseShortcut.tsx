// Alt+N opens the new-case form from anywhere in the app: at the desk a resident is often already talking.
import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { useCan } from '../auth/SessionProvider';

export const newCaseShortcutLabel = 'Alt+N';

export function NewCaseShortcut() {
  const navigate = useNavigate();
  const canRegister = useCan('cases.register');

  useEffect(() => {
    if (!canRegister) return;
    const onKey = (event: KeyboardEvent) => {
      // `code`, not `key`: Alt changes the character on some keyboard layouts.
      if (!event.altKey || event.ctrlKey || event.metaKey || event.code !== 'KeyN') return;
      event.preventDefault();
      navigate('/cases/new');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canRegister, navigate]);

  return null;
}
