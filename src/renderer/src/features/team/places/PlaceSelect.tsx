// Picking a place by typing part of its name: the server is asked for the matches, and a place already chosen (from
// its row) stays among the options.
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlaceRow } from '../../../../../shared/contract/team';
import { useQueryProc } from '../../../api/hooks';
import { useDebouncedValue } from '../../../components/useDebouncedValue';

export function PlaceSelect({
  value,
  onChange,
  known,
  id,
}: {
  value?: number;
  onChange?: (value: number | undefined) => void;
  /** A place to offer even when the search does not bring it (the one the form was opened on). */
  known?: PlaceRow | null;
  id?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 250);
  const places = useQueryProc('team.places', { q: q || undefined, limit: 30 }, { staleTime: 10_000 });
  const rows = places.data?.rows ?? [];
  const options = [...(known && !rows.some((row) => row.id === known.id) ? [known] : []), ...rows].map((row) => ({
    value: row.id,
    label: t('teamField.inspect.placeOption', { name: row.name, kind: t(`placeKinds.${row.kind}`) }),
    title: `${row.gridPath} · ${row.address}`,
  }));
  return (
    <Select<number>
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      value={value}
      onChange={(next) => {
        setSearch('');
        onChange?.(next);
      }}
      loading={places.isFetching}
      placeholder={t('teamField.inspect.placePlaceholder')}
      notFoundContent={places.isPending ? undefined : t('teamField.inspect.noPlaces')}
      options={options}
      optionRender={(option) => (
        <div>
          <div>{option.label}</div>
          <div className="place-option-where">{option.data.title}</div>
        </div>
      )}
    />
  );
}
