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
