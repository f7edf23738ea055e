// Finding the resident a case is about while typing (name, pinyin, initials, ID or phone digits, address): arrow
// keys and Enter pick one, and each row shows enough (masked ID tail, address, grid) to tell namesakes apart.
import { SearchOutlined } from '@ant-design/icons';
import { keepPreviousData } from '@tanstack/react-query';
import { AutoComplete, type GetRef, Input, Spin, Tag, Typography } from 'antd';
import type { Ref } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/contract/residents';
import { useQueryProc } from '../../api/hooks';
import { useDebouncedValue } from '../../components/useDebouncedValue';

export type LookupHandle = GetRef<typeof AutoComplete>;

export function ResidentLookup({
  id,
  onPick,
  ref,
  autoFocus = false,
}: {
  id?: string;
  onPick: (hit: SearchHit) => void;
  ref?: Ref<LookupHandle>;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 150);
  const search = useQueryProc(
    'residents.search',
    { query, limit: 12 },
    { enabled: query.length > 0, placeholderData: keepPreviousData, staleTime: 5_000 },
  );
  const hits = query && search.data ? search.data : [];
  const nothingFound = query.length > 0 && search.isSuccess && !search.isPlaceholderData && hits.length === 0;

  return (
    <AutoComplete
      id={id}
      ref={ref}
      autoFocus={autoFocus}
      className="resident-lookup"
      value={text}
      onChange={(value: string) => setText(value)}
      onSelect={(value: string) => {
        const hit = hits.find((candidate) => String(candidate.residentId) === value);
        setText('');
        if (hit) onPick(hit);
      }}
      options={hits.map((hit) => ({ value: String(hit.residentId), label: <HitLine hit={hit} /> }))}
      showSearch={{ filterOption: false }}
      defaultActiveFirstOption
      popupMatchSelectWidth
      notFoundContent={nothingFound ? t('newCase.lookupNothing', { query }) : null}
      listHeight={400}
    >
      <Input
        size="large"
        prefix={<SearchOutlined />}
        suffix={search.isFetching ? <Spin size="small" /> : <span />}
        placeholder={t('newCase.lookupPlaceholder')}
        aria-label={t('newCase.resident')}
        maxLength={40}
      />
    </AutoComplete>
  );
}

function HitLine({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation();
  const idTail = hit.maskedIdNumber ? hit.maskedIdNumber.slice(-4) : null;
  return (
    <div className="lookup-hit">
      <div className="lookup-hit-line">
        <Typography.Text strong>{hit.name}</Typography.Text>
        {idTail && <span className="lookup-hit-id">{t('newCase.idTail', { tail: idTail })}</span>}
        {hit.maskedPhone && <span className="lookup-hit-id">{hit.maskedPhone}</span>}
        {hit.lifeStatus !== 'active' && <Tag>{t(`lifeStatuses.${hit.lifeStatus}`)}</Tag>}
      </div>
      <div className="lookup-hit-line">
        <span className="lookup-hit-address">{hit.address}</span>
        <Typography.Text type="secondary" className="lookup-hit-grid">
          {hit.gridPath}
        </Typography.Text>
      </div>
    </div>
  );
}
