// Recording a member's dues: which months (several at once, e.g. a quarter), the day paid and how; the amount per
// month and the total are shown before saving, in yuan from integer fen.
import { Alert, App, DatePicker, Form, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { fenToYuanText } from '../../../../../shared/domain/money';
import { type DuesPaymentMethod, duesPaymentMethods } from '../../../../../shared/domain/party';
import { useMutationProc, useQueryProc } from '../../../api/hooks';
import { FormModal } from '../../../components/FormModal';
import { type FieldPath, useFormIssues } from '../../../components/useFormIssues';
import { useBranchRoster } from '../meetings/useBranchRoster';
import { partyQueries } from '../partyQueries';
import { payableMonths } from './duesMonths';

/** What the dialog opens on: a branch, maybe a member and the months to record (the sheet's month, the arrears). */
export interface DuesTarget {
  branchId: number;
  month?: string;
  member?: { id: number; name: string };
  months?: string[];
}

interface DuesValues {
  memberId?: number;
  months: string[];
  paidOn?: Dayjs;
  method?: DuesPaymentMethod;
}

const formFields = new Set(['memberId', 'months', 'paidOn', 'method']);
const placeIssue = (path: FieldPath): FieldPath | null =>
  typeof path[0] === 'string' && formFields.has(path[0]) ? [path[0]] : null;

interface Props {
  target: DuesTarget | null;
  thisMonth: string;
  onClose: () => void;
}

export function RecordDuesModal({ target, thisMonth, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<DuesValues>();
  const report = useFormIssues(placeIssue);
  const memberId: number | undefined = Form.useWatch('memberId', form);
  const chosen: string[] = Form.useWatch('months', form) ?? [];
  const roster = useBranchRoster(target?.branchId, target !== null && !target.member);
  const detail = useQueryProc('party.member', { id: memberId ?? 0 }, { enabled: memberId !== undefined });
  const member = detail.data;
  const recordDues = useMutationProc('party.recordDues', { invalidates: partyQueries });
  const monthFormat = t('partyDues.monthFormat');

  useEffect(() => {
    if (!target) return;
    form.setFieldsValue({
      memberId: target.member?.id,
      months: target.months ?? (target.month ? [target.month] : [thisMonth]),
      paidOn: dayjs(),
      method: 'cash',
    });
  }, [target, thisMonth, form]);

  const wanted = target?.months ?? (target?.month ? [target.month] : []);
  const paid = new Set(member?.dues.filter((d) => d.paidFen !== null).map((d) => d.month));
  const dueOf = (month: string) => member?.dues.find((d) => d.month === month)?.dueFen ?? member?.monthlyDuesFen ?? 0;
  const totalFen = chosen.reduce((sum, month) => sum + dueOf(month), 0);
  const monthText = (month: string) => dayjs(`${month}-01`).format(monthFormat);
  const memberName = target?.member?.name ?? member?.name ?? '';

  const submit = async (values: DuesValues) => {
    if (!values.memberId || !values.paidOn || !values.method) return;
    const months = [...values.months].sort();
    try {
      await recordDues.mutateAsync({
        memberId: values.memberId,
        months,
        paidOn: values.paidOn.format('YYYY-MM-DD'),
        method: values.method,
      });
      message.success(
        t('partyDues.form.recorded', { name: memberName, count: months.length, amount: fenToYuanText(totalFen) }),
      );
      onClose();
    } catch (error) {
      report(error, form);
    }
  };

  return (
    <FormModal
      form={form}
      open={target !== null}
      title={target?.member ? `${t('partyDues.form.title')}：${target.member.name}` : t('partyDues.form.title')}
      onClose={onClose}
      pending={recordDues.isPending}
      width={560}
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ months: [] }}>
        <Form.Item
          name="memberId"
          label={t('partyDues.form.member')}
          rules={[{ required: true, message: t('form.required') }]}
          hidden={target?.member !== undefined}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={roster.loading}
            placeholder={t('partyDues.form.chooseMember')}
            options={(roster.members ?? []).map((m) => ({ value: m.id, label: m.name }))}
            onChange={() => form.setFieldValue('months', wanted.length ? wanted : [thisMonth])}
          />
        </Form.Item>
        <Form.Item
          name="months"
          label={t('partyDues.form.months')}
          extra={t('partyDues.form.monthsHint')}
          rules={[{ required: true, type: 'array', min: 1, message: t('form.required') }]}
        >
          <Select
            mode="multiple"
            allowClear
            options={payableMonths(thisMonth, member?.arrivedOn, wanted).map((month) => ({
              value: month,
              label: paid.has(month) ? t('partyDues.form.paidMonth', { month: monthText(month) }) : monthText(month),
              disabled: paid.has(month),
            }))}
          />
        </Form.Item>
        <div className="dues-form-row">
          <Form.Item
            name="paidOn"
            label={t('partyDues.form.paidOn')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item
            name="method"
            label={t('partyDues.form.method')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Select
              options={duesPaymentMethods.map((method) => ({
                value: method,
                label: t(`duesPaymentMethods.${method}`),
              }))}
            />
          </Form.Item>
        </div>
        {member && (
          <Alert
            type="info"
            className="dues-amount"
            title={
              <>
                <div>
                  {t('partyDues.form.perMonth', {
                    amount: fenToYuanText(member.monthlyDuesFen),
                    category: t(`incomeCategories.${member.incomeCategory}`),
                    income: fenToYuanText(member.incomeFen),
                  })}
                </div>
                <Typography.Text strong>
                  {t('partyDues.form.total', { count: chosen.length, amount: fenToYuanText(totalFen) })}
                </Typography.Text>
              </>
            }
          />
        )}
      </Form>
    </FormModal>
  );
}
