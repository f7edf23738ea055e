// A chart's card: its title and unit, a "save as image" button, and in place of empty axes a word on what is missing.
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Typography } from 'antd';
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chartFileName, saveChartPng } from './saveChartPng';
import './chartFrame.css';

export function ChartFrame({
  title,
  unit,
  hint,
  fileNameParts,
  empty = false,
  emptyText,
  loading = false,
  height = 300,
  children,
}: {
  title: string;
  /** 单位：件; shown beside the title and in the saved picture's heading. */
  unit?: string;
  /** A line under the title, e.g. that a click opens the list. */
  hint?: string;
  /** What the saved file is named by besides the title: the scope and the month. */
  fileNameParts: string[];
  /** The data has nothing to draw: say so instead of drawing axes. */
  empty?: boolean;
  emptyText?: string;
  loading?: boolean;
  /** The chart's height in pixels (the card keeps it while loading and empty, so rows do not jump). */
  height?: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const chart = useRef<HTMLDivElement>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    if (!chart.current) return;
    const name = chartFileName([title, ...fileNameParts]);
    setSaving(true);
    try {
      await saveChartPng(chart.current, unit ? `${title}（${unit}）` : title, name);
      message.success(t('chartFrame.saved', { name }));
    } catch {
      message.error(t('chartFrame.saveFailed'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card
      className="chart-frame"
      size="small"
      loading={loading}
      title={
        <Flex gap={8} align="baseline" wrap className="chart-frame-title">
          <span className="chart-frame-name">{title}</span>
          {unit && (
            <Typography.Text type="secondary" className="chart-frame-unit">
              {unit}
            </Typography.Text>
          )}
        </Flex>
      }
      extra={
        !empty && (
          <Button size="small" icon={<DownloadOutlined />} loading={saving} onClick={save}>
            {t('chartFrame.save')}
          </Button>
        )
      }
    >
      {hint && !empty && (
        <Typography.Text type="secondary" className="chart-frame-hint">
          {hint}
        </Typography.Text>
      )}
      <div ref={chart} className="chart-frame-body" style={{ height }}>
        {empty ? (
          <Flex align="center" justify="center" style={{ height: '100%' }}>
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText ?? t('chartFrame.empty')} />
          </Flex>
        ) : (
          children
        )}
      </div>
    </Card>
  );
}
