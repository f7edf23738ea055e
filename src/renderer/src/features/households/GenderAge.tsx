// "男 · 45": a resident's gender and age in one short cell, from the birth date the ID number gave.
import { useTranslation } from 'react-i18next';
import type { Gender } from '../../../../shared/domain/residents';
import { ageOn } from '../../components/age';

export function GenderAge({
  gender,
  birthDate,
  today,
}: {
  gender: Gender | null;
  birthDate: string | null;
  today: string;
}) {
  const { t } = useTranslation();
  const parts = [gender ? t(`genders.${gender}`) : null, birthDate ? String(ageOn(birthDate, today)) : null];
  const text = parts.filter(Boolean).join(' · ');
  return <span title={birthDate ?? undefined}>{text || t('common.none')}</span>;
}
