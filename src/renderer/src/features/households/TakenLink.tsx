// When a save is refused because the ID number or address is already on the register, a link to that household.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { isRpcError } from '../../api/RpcError';

/** The refusals that point at a record already on the register, and the field they belong on. */
const fieldOfReason: Record<string, TakenField> = {
  idNumberTaken: 'idNumber',
  householdAddressTaken: 'room',
};

type TakenField = 'idNumber' | 'room';

export interface Taken {
  field: TakenField;
  householdId: number;
}

function takenOf(error: unknown): Taken | null {
  if (!isRpcError(error) || !error.reason) return null;
  const field = fieldOfReason[error.reason];
  const householdId = Number(error.params?.householdId);
  return field && householdId > 0 ? { field, householdId } : null;
}

/** The holder a refusal named, kept until the user changes the field; `note(error)` after each failed save. */
export function useTaken() {
  const [taken, setTaken] = useState<Taken | null>(null);
  return {
    taken,
    note: (error: unknown) => setTaken(takenOf(error)),
    clear: () => setTaken(null),
  };
}

export function TakenLink({
  taken,
  field,
  onFollow,
}: {
  taken: Taken | null;
  field: TakenField;
  onFollow?: () => void;
}) {
  const { t } = useTranslation();
  if (taken?.field !== field) return null;
  return (
    <Link to={`/households/${taken.householdId}`} onClick={onFollow}>
      {t('residentForm.openHolder')}
    </Link>
  );
}
