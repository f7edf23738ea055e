// A masked ID number with a deliberate "show" that fetches the whole number, shows it for a moment and is audited.
import { EyeOutlined } from '@ant-design/icons';
import { Button, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutationProc } from '../../api/hooks';
import { useErrorReporter } from '../../components/useErrorReporter';
import { useCan } from '../auth/SessionProvider';

/** Long enough to copy the number down, short enough not to be left on screen for the next visitor. */
const shownForSeconds = 15;

export function RevealIdNumber({
  residentId,
  masked,
  name,
}: {
  residentId: number;
  masked: string | null;
  name: string;
}) {
  const { t } = useTranslation();
  const canReveal = useCan('residents.reveal');
  const report = useErrorReporter();
  const reveal = useMutationProc('residents.revealIdNumber', { invalidates: ['audit.list'] });
  const [whole, setWhole] = useState<string | null>(null);
  const [secondsLeft, setSecondsLeft] = useState(0);

  useEffect(() => {
    if (whole === null) return;
    const timer = setInterval(() => setSecondsLeft((s) => s - 1), 1000);
    return () => clearInterval(timer);
  }, [whole]);

  useEffect(() => {
    if (whole !== null && secondsLeft <= 0) setWhole(null);
  }, [whole, secondsLeft]);

  if (!masked) return <Typography.Text type="secondary">{t('household.noIdNumber')}</Typography.Text>;

  const show = async () => {
    try {
      const { idNumber } = await reveal.mutateAsync({ id: residentId });
      setSecondsLeft(shownForSeconds);
      setWhole(idNumber);
    } catch (error) {
      report(error);
    }
  };

  return (
    <span className="reveal">
      <span className="register-number">{whole ?? masked}</span>
      {canReveal &&
        (whole ? (
          <Button size="small" type="link" onClick={() => setWhole(null)}>
            {t('reveal.hide')}
          </Button>
        ) : (
          <Tooltip title={t('reveal.hint')}>
            <Button
              size="small"
              type="link"
              icon={<EyeOutlined />}
              loading={reveal.isPending}
              onClick={show}
              aria-label={`${t('reveal.show')} ${name}`}
            >
              {t('reveal.show')}
            </Button>
          </Tooltip>
        ))}
      {whole && (
        <Typography.Text type="warning" className="reveal-note">
          {t('reveal.shown', { seconds: secondsLeft })}
        </Typography.Text>
      )}
    </span>
  );
}
