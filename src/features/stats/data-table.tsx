import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DataTableProps {
  caption: string;
  head: readonly ReactNode[];
  rows: readonly (readonly ReactNode[])[];
}

/** A chart's data as a table, behind a disclosure so the page stays short: the chart's text alternative. */
export function DataTable({ caption, head, rows }: DataTableProps) {
  const { t } = useTranslation();
  return (
    <details className="chart-data">
      <summary>{t('stats.showTable')}</summary>
      {/* Focusable and named, so keyboard users can scroll a wide table on a narrow screen. */}
      <div className="chart-data__scroll" tabIndex={0} role="region" aria-label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {head.map((cell, i) => (
                <th key={i} scope="col">
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) =>
                  c === 0 ? (
                    <th key={c} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={c}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
