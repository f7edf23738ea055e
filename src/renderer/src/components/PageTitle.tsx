// The heading of a page: its title, one line on what it is for, and its main actions on the right.
import { Typography } from 'antd';
import type { ReactNode } from 'react';

export function PageTitle({ title, intro, actions }: { title: string; intro?: string; actions?: ReactNode }) {
  return (
    <div className="page-title">
      <div>
        <Typography.Title level={1}>{title}</Typography.Title>
        {intro && <Typography.Text type="secondary">{intro}</Typography.Text>}
      </div>
      {actions && <div style={{ flex: 'none' }}>{actions}</div>}
    </div>
  );
}
