// The month assessed: any month that has begun (this month's scores are provisional).
import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { currentMonth } from './assessmentFormat';

export function MonthPicker({ month, onChange }: { month: string; onChange: (month: string) => void }) {
  const { t } = useTranslation();
  const thisMonth = currentMonth();
  return (
    <DatePicker
      picker="month"
      aria-label={t('teamAssessment.month')}
      allowClear={false}
      value={dayjs(`${month}-01`)}
      format={t('teamAssessment.monthFormat')}
      disabledDate={(day) => day.format('YYYY-MM') > thisMonth}
      onChange={(value) => value && onChange(value.format('YYYY-MM'))}
    />
  );
}
