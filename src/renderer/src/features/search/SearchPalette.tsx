// The search palette: residents found while typing, by name, pinyin, any digits of an ID number or phone, or address.
import { SearchOutlined } from '@ant-design/icons';
import { keepPreviousData } from '@tanstack/react-query';
import { Empty, Input, type InputRef, Modal, Spin, Tag, Typography } from 'antd';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { SearchHit } from '../../../../shared/contract/residents';
import { localDate } from '../../../../shared/domain/dates';
import { useQueryProc } from '../../api/hooks';
import { ageOn } from '../../components/age';
import { Highlighted } from '../../components/Highlighted';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { describeError } from '../../i18n/describeError';
import { hitMarks } from './matchIndices';
import './search.css';

const hintKeys = ['name', 'pinyin', 'idNumber', 'phone', 'address'] as const;

export function SearchPalette({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const inputRef = useRef<InputRef>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const query = useDebouncedValue(text.trim(), 150);
  const search = useQueryProc(
    'residents.search',
    { query, limit: 20 },
    { enabled: open && query.length > 0, placeholderData: keepPreviousData, staleTime: 5_000 },
  );
  const hits = query && search.data ? search.data : [];
  const today = localDate(Date.now());

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new answer starts the choice at its first row.
  useEffect(() => setActive(0), [search.data]);

  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const openHit = (hit: SearchHit) => {
    onClose();
    setText('');
    navigate(`/households/${hit.householdId}`);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (hits.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[active];
      if (hit) openHit(hit);
    }
  };

  return (
    <Modal
      open={open}
      onCancel={onClose}
      footer={null}
      closable={false}
      width={720}
      style={{ top: 72 }}
      className="search-palette"
      afterOpenChange={(opened) => opened && inputRef.current?.focus({ cursor: 'end' })}
      title={null}
      aria-label={t('search.open')}
    >
      <Input
        ref={inputRef}
        size="large"
        prefix={<SearchOutlined />}
        suffix={search.isFetching ? <Spin size="small" /> : null}
        placeholder={t('search.placeholder')}
        aria-label={t('search.open')}
        aria-controls="search-results"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        allowClear
        maxLength={40}
      />
      <div className="search-results" id="search-results" ref={listRef} role="listbox" aria-label={t('search.open')}>
        {!query ? (
          <div className="search-guide">
            <Typography.Text strong>{t('search.emptyTitle')}</Typography.Text>
            <ul>
              {hintKeys.map((key) => (
                <li key={key}>{t(`search.emptyHints.${key}`)}</li>
              ))}
            </ul>
          </div>
        ) : search.isError ? (
          <Typography.Paragraph type="danger" className="search-guide">
            {describeError(search.error, t)}
          </Typography.Paragraph>
        ) : search.data && hits.length === 0 && !search.isPlaceholderData ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              <>
                <div>{t('search.noResults', { query })}</div>
                <Typography.Text type="secondary">{t('search.noResultsHint')}</Typography.Text>
              </>
            }
          />
        ) : (
          hits.map((hit, index) => (
            <SearchResult
              key={hit.residentId}
              hit={hit}
              query={query}
              today={today}
              index={index}
              active={index === active}
              onHover={() => setActive(index)}
              onOpen={() => openHit(hit)}
            />
          ))
        )}
      </div>
      <div className="search-footer">
        <Typography.Text type="secondary">{t('search.keyboardHint')}</Typography.Text>
      </div>
    </Modal>
  );
}

function SearchResult({
  hit,
  query,
  today,
  index,
  active,
  onHover,
  onOpen,
}: {
  hit: SearchHit;
  query: string;
  today: string;
  index: number;
  active: boolean;
  onHover: () => void;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const marks = hitMarks(hit, query);
  const facts = [
    hit.gender ? t(`genders.${hit.gender}`) : null,
    hit.birthDate ? t('search.age', { age: ageOn(hit.birthDate, today) }) : null,
  ].filter(Boolean);
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard reaches each result through the input's arrow keys.
    <div
      role="option"
      aria-selected={active}
      tabIndex={-1}
      data-index={index}
      className={active ? 'search-hit search-hit-active' : 'search-hit'}
      onMouseMove={onHover}
      onClick={onOpen}
    >
      <div className="search-hit-line">
        <span className="search-hit-name">
          <Highlighted text={hit.name} indices={marks.name} />
        </span>
        {facts.length > 0 && <Typography.Text type="secondary">{facts.join(' · ')}</Typography.Text>}
        {hit.lifeStatus !== 'active' && <Tag>{t(`lifeStatuses.${hit.lifeStatus}`)}</Tag>}
        <Tag color="gold" className="search-hit-why">
          {t('search.matched', { field: t(`search.matchedBy.${hit.matchedBy}`) })}
        </Tag>
      </div>
      <div className="search-hit-line search-hit-numbers">
        {hit.maskedIdNumber && (
          <span>
            <Highlighted text={hit.maskedIdNumber} indices={marks.idNumber} />
          </span>
        )}
        {hit.maskedPhone && (
          <span>
            <Highlighted text={hit.maskedPhone} indices={marks.phone} />
          </span>
        )}
      </div>
      <div className="search-hit-line">
        <span>
          <Highlighted text={hit.address} indices={marks.address} />
        </span>
        <Typography.Text type="secondary" className="search-hit-grid">
          {hit.gridPath}
        </Typography.Text>
      </div>
    </div>
  );
}
