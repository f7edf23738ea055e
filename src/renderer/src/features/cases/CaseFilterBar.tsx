// The case list's filters: words or numbers, status (with "still open" as one choice), kind, source, category, grid,
// handler, registration dates, deadline and supervision; each change rewrites the address. A dashboard figure's
// filters that the bar has no field for (resolved or followed-up dates, voided left out) read as closable tags.
import { Button, DatePicker, Flex, Input, Select, Tag } from 'antd';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFilters } from '../../../../shared/contract/cases';
import { caseKinds, caseSources, caseStatuses, supervisionLevels } from '../../../../shared/domain/cases';
import { useQueryProc } from '../../api/hooks';
import { GridTreeSelect } from '../../components/GridTreeSelect';
import { useFilterText } from '../../components/useFilterText';
import { useCan, useCurrentUser } from '../auth/SessionProvider';
import { CategorySelect } from './CategorySelect';
import { hasCaseFilters } from './caseListFilters';

const openChoice = 'open';
const mineChoice = 'mine';
const extensionChoice = 'extensionPending';

type Patch = Partial<CaseFilters>;

export function CaseFilterBar({ filters, onChange }: { filters: CaseFilters; onChange: (patch: Patch) => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const canDispatch = useCan('cases.register');
  const handlers = useQueryProc('cases.handlers', {}, { enabled: canDispatch, staleTime: 60_000 });
  const [text, setText] = useFilterText(filters.text, (value) => onChange({ text: value }));

  // A link or a saved view can change the text from outside; the box follows.
  // biome-ignore lint/correctness/useExhaustiveDependencies: follows the filter only, not each keystroke.
  useEffect(() => {
    if ((filters.text ?? '') !== text.trim()) setText(filters.text ?? '');
  }, [filters.text]);

  const statusValue = [...(filters.open ? [openChoice] : []), ...(filters.status ?? [])];
  const onStatus = (values: string[]) => {
    const pickedOpen = values.includes(openChoice) && !filters.open;
    // "Still open" and single statuses exclude each other: the last choice wins.
    if (pickedOpen) return onChange({ open: true, status: undefined });
    const statuses = caseStatuses.filter((status) => values.includes(status));
    onChange({ open: statuses.length > 0 ? undefined : values.includes(openChoice) || undefined, status: statuses });
  };

  const handlerValue = filters.mine ? mineChoice : filters.handlerUserId;
  const onHandler = (value: string | number | undefined) =>
    onChange(
      value === mineChoice
        ? { mine: true, handlerUserId: undefined }
        : { mine: undefined, handlerUserId: typeof value === 'number' ? value : undefined },
    );

  const deadlineValue = filters.extensionPending ? extensionChoice : filters.deadline;
  const onDeadline = (value: string | undefined) =>
    onChange({
      deadline: value === 'overdue' || value === 'dueSoon' ? value : undefined,
      extensionPending: value === extensionChoice || undefined,
    });

  const range: [dayjs.Dayjs | null, dayjs.Dayjs | null] = [
    filters.registeredFrom ? dayjs(filters.registeredFrom) : null,
    filters.registeredTo ? dayjs(filters.registeredTo) : null,
  ];

  return (
    <Flex vertical gap={8} className="case-filters">
      <Flex gap={8} wrap align="center">
        <Input.Search
          className="case-filter-text"
          allowClear
          aria-label={t('caseList.text')}
          placeholder={t('caseList.textPlaceholder')}
          value={text}
          maxLength={60}
          onChange={(event) => setText(event.target.value)}
          onSearch={(value) => onChange({ text: value.trim() || undefined })}
        />
        <Select<string[]>
          mode="multiple"
          className="case-filter-status"
          allowClear
          maxTagCount="responsive"
          aria-label={t('caseList.status')}
          placeholder={t('caseList.anyStatus')}
          value={statusValue}
          onChange={onStatus}
          popupMatchSelectWidth={false}
          options={[
            { value: openChoice, label: t('caseList.openOnly') },
            ...caseStatuses.map((status) => ({ value: status, label: t(`caseStatuses.${status}`) })),
          ]}
        />
        <Select
          mode="multiple"
          className="case-filter-kind"
          allowClear
          maxTagCount="responsive"
          aria-label={t('caseList.kind')}
          placeholder={t('caseList.anyKind')}
          value={filters.kind ?? []}
          onChange={(kind) => onChange({ kind })}
          popupMatchSelectWidth={false}
          options={caseKinds.map((kind) => ({ value: kind, label: t(`caseKinds.${kind}`) }))}
        />
        <Select
          mode="multiple"
          className="case-filter-source"
          allowClear
          maxTagCount="responsive"
          aria-label={t('caseList.source')}
          placeholder={t('caseList.anySource')}
          value={filters.source ?? []}
          onChange={(source) => onChange({ source })}
          popupMatchSelectWidth={false}
          options={caseSources.map((source) => ({ value: source, label: t(`caseSources.${source}`) }))}
        />
        <CategorySelect
          style={{ width: 180 }}
          allowClear
          label={t('caseList.category')}
          placeholder={t('caseList.anyCategory')}
          value={filters.categoryId}
          onChange={(categoryId) => onChange({ categoryId })}
        />
      </Flex>
      <Flex gap={8} wrap align="center">
        <GridTreeSelect
          style={{ width: 240 }}
          allowClear
          label={t('caseList.grid')}
          placeholder={t('caseList.anyGrid')}
          value={filters.gridId}
          onChange={(gridId) => onChange({ gridId })}
        />
        <Select<string | number>
          className="case-filter-handler"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={t('caseList.handler')}
          placeholder={t('caseList.anyHandler')}
          value={handlerValue}
          onChange={onHandler}
          popupMatchSelectWidth={false}
          options={[
            { value: mineChoice, label: t('caseList.mine', { name: user.displayName }) },
            ...(handlers.data?.users ?? [])
              .filter((handler) => handler.userId !== user.id)
              .map((handler) => ({ value: handler.userId, label: handler.displayName })),
          ]}
        />
        <DatePicker.RangePicker
          className="case-filter-dates"
          aria-label={t('caseList.registered')}
          placeholder={[t('caseList.registeredFrom'), t('caseList.registeredTo')]}
          value={range}
          allowEmpty={[true, true]}
          onChange={(dates) =>
            onChange({
              registeredFrom: dates?.[0]?.format('YYYY-MM-DD') ?? undefined,
              registeredTo: dates?.[1]?.format('YYYY-MM-DD') ?? undefined,
            })
          }
        />
        <Select
          className="case-filter-deadline"
          allowClear
          aria-label={t('caseList.deadline')}
          placeholder={t('caseList.anyDeadline')}
          value={deadlineValue}
          onChange={onDeadline}
          popupMatchSelectWidth={false}
          options={[
            { value: 'overdue', label: t('deadlineStates.overdue') },
            { value: 'dueSoon', label: t('deadlineStates.dueSoon') },
            { value: extensionChoice, label: t('caseList.extensionPending') },
          ]}
        />
        <Select
          mode="multiple"
          className="case-filter-supervision"
          allowClear
          maxTagCount="responsive"
          aria-label={t('caseList.supervision')}
          placeholder={t('caseList.anySupervision')}
          value={filters.supervision ?? []}
          onChange={(supervision) => onChange({ supervision })}
          popupMatchSelectWidth={false}
          options={supervisionLevels.map((level) => ({ value: level, label: t(`supervisionLevels.${level}`) }))}
        />
        {hasCaseFilters(filters) && (
          <Button
            type="link"
            onClick={() => {
              setText('');
              onChange(clearedFilters(filters));
            }}
          >
            {t('caseList.clearFilters')}
          </Button>
        )}
      </Flex>
      <DrillDownTags filters={filters} onChange={onChange} />
    </Flex>
  );
}

/** A period of dates as the tag words it: both ends, from one, or until one. */
function periodWords(t: TFunction, from?: string, to?: string): string {
  if (from && to) return t('caseList.period', { from, to });
  return from ? t('caseList.periodFrom', { from }) : t('caseList.periodTo', { to: to ?? '' });
}

/**
 * The filters a figure of the dashboard or the monthly summary opens the list with, beyond the bar's fields: so the
 * list says what it is (办结日期 2026-10-01 至 2026-10-31). Closing a tag drops that filter.
 */
function DrillDownTags({ filters, onChange }: { filters: CaseFilters; onChange: (patch: Patch) => void }) {
  const { t } = useTranslation();
  const { resolvedFrom, resolvedTo, followedUpFrom, followedUpTo, excludeVoided } = filters;
  const resolved = resolvedFrom !== undefined || resolvedTo !== undefined;
  const followedUp = followedUpFrom !== undefined || followedUpTo !== undefined;
  if (!resolved && !followedUp && !excludeVoided) return null;
  return (
    <Flex gap={8} wrap align="center" className="case-filter-tags">
      {resolved && (
        <Tag closable onClose={() => onChange({ resolvedFrom: undefined, resolvedTo: undefined })}>
          {t('caseList.resolvedWithin', { period: periodWords(t, resolvedFrom, resolvedTo) })}
        </Tag>
      )}
      {followedUp && (
        <Tag closable onClose={() => onChange({ followedUpFrom: undefined, followedUpTo: undefined })}>
          {t('caseList.followedUpWithin', { period: periodWords(t, followedUpFrom, followedUpTo) })}
        </Tag>
      )}
      {excludeVoided && (
        <Tag closable onClose={() => onChange({ excludeVoided: undefined })}>
          {t('caseList.excludeVoided')}
        </Tag>
      )}
    </Flex>
  );
}

/** Every filter unset: a patch that empties the list's filters. */
function clearedFilters(filters: CaseFilters): Patch {
  return Object.fromEntries(Object.keys(filters).map((key) => [key, undefined]));
}
