// A section's table as plain HTML: it prints as it shows, its head repeats on every page it runs over, and a row
// never splits between pages.
import { useTranslation } from 'react-i18next';
import type { MonthlySummary } from '../../../../../shared/contract/stats';
import { statsLabel, valueText } from './summaryFormat';

type Table = MonthlySummary['sections'][number]['table'];

export function SectionTable({ table }: { table: Table }) {
  const { t } = useTranslation();
  // The first column names the rows; the values line up with the columns after it.
  const [labelColumn, ...valueColumns] = table.columns;
  return (
    <table className="summary-table">
      <thead>
        <tr>
          <th scope="col">{labelColumn ? statsLabel(t, 'columns', labelColumn.key) : ''}</th>
          {valueColumns.map((column) => (
            <th scope="col" key={column.key} className="summary-number">
              {statsLabel(t, 'columns', column.key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, index) => (
          // Labels may repeat (two communities' 第一网格), so the position keys the row.
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are never reordered in place.
          <tr key={index}>
            <th scope="row">{row.label}</th>
            {valueColumns.map((column, at) => (
              <td key={column.key} className="summary-number">
                {valueText(column.kind, row.values[at] ?? null)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
