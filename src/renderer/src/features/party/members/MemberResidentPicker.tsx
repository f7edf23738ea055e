// Linking a new member to a resident of the branch's grid, found while typing (party.residentCandidates, open to
// everyone who keeps a roster): each row shows enough to recognise the person, and someone already on a roster is
// shown but cannot be picked. Once picked, the resident is shown with the same facts and can be changed.
import { SearchOutlined } from '@ant-design/icons';
import { keepPreviousData } from '@tanstack/react-query';
import { AutoComplete, Button, Card, Flex, Input, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResidentCandidate } from '../../../../../shared/contract/party';
import { localDate } from '../../../../../shared/domain/dates';
import { useQueryProc } from '../../../api/hooks';
import { ageOn } from '../../../components/age';
import { useDebouncedValue } from '../../../components/useDebouncedValue';
import '../../cases/cases.css';

export function MemberResidentPicker({
  id,
  branchId,
  value,
  onChange,
}: {
  id?: string;
  /** The branch whose grid's residents are offered; nothing is searched until it is chosen. */
  branchId?: number;
  value?: number;
  onChange?: (residentId: number | undefined) => void;
}) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<ResidentCandidate | null>(null);
  const chosen = picked && picked.residentId === value ? picked : null;
  if (!chosen) {
    return (
      <CandidateSearch
        id={id}
        branchId={branchId}
        onPick={(candidate) => {
          setPicked(candidate);
          onChange?.(candidate.residentId);
        }}
      />
    );
  }
  return (
    <Card size="small" className="roster-resident">
      <Flex justify="space-between" align="center" gap={12}>
        <div>
          <Typography.Text strong>{chosen.name}</Typography.Text>
          <Typography.Text type="secondary" className="roster-resident-facts">
            <CandidateFacts candidate={chosen} />
          </Typography.Text>
          <div className="party-muted">
            {chosen.address} · {chosen.gridPath}
          </div>
        </div>
        <Button
          id={id}
          onClick={() => {
            setPicked(null);
            onChange?.(undefined);
          }}
        >
          {t('partyRoster.changeResident')}
        </Button>
      </Flex>
    </Card>
  );
}

function CandidateSearch({
  id,
  branchId,
  onPick,
}: {
  id?: string;
  branchId?: number;
  onPick: (candidate: ResidentCandidate) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim().slice(0, 20), 200);
  const search = useQueryProc(
    'party.residentCandidates',
    { branchId: branchId ?? 0, q },
    { enabled: branchId !== undefined && q.length > 0, placeholderData: keepPreviousData, staleTime: 5_000 },
  );
  const rows = q && search.data ? search.data.rows : [];
  const nothing = q.length > 0 && search.isSuccess && !search.isPlaceholderData && rows.length === 0;
  return (
    <AutoComplete
      id={id}
      value={text}
      disabled={branchId === undefined}
      onChange={(next: string) => setText(next)}
      onSelect={(residentId: string) => {
        const candidate = rows.find((row) => String(row.residentId) === residentId);
        setText('');
        if (candidate && candidate.memberOf === null) onPick(candidate);
      }}
      options={rows.map((row) => ({
        value: String(row.residentId),
        disabled: row.memberOf !== null,
        label: <CandidateLine candidate={row} />,
      }))}
      showSearch={{ filterOption: false }}
      defaultActiveFirstOption
      popupMatchSelectWidth
      notFoundContent={nothing ? t('partyRoster.candidatesNone', { q }) : null}
      listHeight={360}
    >
      <Input
        prefix={<SearchOutlined />}
        suffix={search.isFetching ? <Spin size="small" /> : <span />}
        placeholder={
          branchId === undefined ? t('partyRoster.chooseBranchFirst') : t('partyRoster.candidatePlaceholder')
        }
        aria-label={t('partyRoster.resident')}
        maxLength={20}
      />
    </AutoComplete>
  );
}

/** 男 · 63 岁 · 中共党员: what tells namesakes apart without an ID number. */
function CandidateFacts({ candidate }: { candidate: ResidentCandidate }) {
  const { t } = useTranslation();
  const today = localDate(Date.now());
  return [
    candidate.gender ? t(`genders.${candidate.gender}`) : null,
    candidate.birthDate ? t('search.age', { age: ageOn(candidate.birthDate, today) }) : null,
    candidate.politicalStatus === 'masses' ? null : t(`politicalStatuses.${candidate.politicalStatus}`),
  ]
    .filter(Boolean)
    .join(' · ');
}

function CandidateLine({ candidate }: { candidate: ResidentCandidate }) {
  const { t } = useTranslation();
  return (
    <div className="lookup-hit">
      <div className="lookup-hit-line">
        <Typography.Text strong={candidate.memberOf === null}>{candidate.name}</Typography.Text>
        <span className="lookup-hit-id">
          <CandidateFacts candidate={candidate} />
        </span>
        {candidate.memberOf !== null && <Tag>{t('partyRoster.alreadyMember', { branch: candidate.memberOf })}</Tag>}
      </div>
      <div className="lookup-hit-line">
        <span className="lookup-hit-address">{candidate.address}</span>
        <Typography.Text type="secondary" className="lookup-hit-grid">
          {candidate.gridPath}
        </Typography.Text>
      </div>
    </div>
  );
}
