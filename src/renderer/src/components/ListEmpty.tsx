// What an empty list says: what is missing, and what to do about it (add the first one, widen the filters, or ask
// whoever keeps the list).
import { Typography } from 'antd';

export function ListEmpty({ title, hint }: { title: string; hint: string }) {
  return (
    <>
      <div>{title}</div>
      <Typography.Text type="secondary">{hint}</Typography.Text>
    </>
  );
}

/** The words of an empty list that can be filtered and that some roles may add to, as each area's catalogue has them. */
export interface FilteredListEmptyTexts {
  empty: string;
  emptyHint: string;
  emptyFiltered: string;
  emptyFilteredHint: string;
  emptyReadOnly: string;
}

/** Nothing matches the filters (widen them), or nothing yet (add the first, or ask whoever keeps the list). */
export function FilteredListEmpty({
  texts,
  filtered,
  canAdd,
}: {
  texts: FilteredListEmptyTexts;
  filtered: boolean;
  canAdd: boolean;
}) {
  return (
    <ListEmpty
      title={filtered ? texts.emptyFiltered : texts.empty}
      hint={filtered ? texts.emptyFilteredHint : canAdd ? texts.emptyHint : texts.emptyReadOnly}
    />
  );
}
