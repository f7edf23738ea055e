// The attendance inside the training form: every worker expected, present by default; unticking one marks them
// absent. "应到 N, 实到 M" follow the ticks, and "全部出席" ticks everyone again.
import { Button, Checkbox, Empty, Flex, Form, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface AttendeeValue {
  staffId: number;
  name: string;
  present: boolean;
}

export function TrainingAttendance({ loading }: { loading: boolean }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const rows: AttendeeValue[] = Form.useWatch('attendance', { form, preserve: true }) ?? [];
  const present = rows.filter((row) => row?.present).length;

  const allPresent = () =>
    form.setFieldValue(
      'attendance',
      rows.map((row) => ({ ...row, present: true })),
    );

  return (
    <div className="training-attendance">
      <Flex justify="space-between" align="center" className="training-attendance-head">
        <Typography.Text strong>{t('teamTraining.form.attendance')}</Typography.Text>
        {rows.length > 0 && (
          <Flex gap={12} align="center">
            <Typography.Text className="training-counts">
              {t('teamTraining.form.counts', { expected: rows.length, present })}
            </Typography.Text>
            <Button size="small" onClick={allPresent} disabled={present === rows.length}>
              {t('teamTraining.form.allPresent')}
            </Button>
          </Flex>
        )}
      </Flex>
      {loading ? (
        <Flex justify="center" className="training-attendance-empty">
          <Spin />
        </Flex>
      ) : rows.length === 0 ? (
        <Empty
          className="training-attendance-empty"
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('teamTraining.form.noWorkers')}
        />
      ) : null}
      <Form.List name="attendance">
        {(fields, _ops, { errors }) => (
          <>
            <Form.ErrorList errors={errors} className="training-attendance-errors" />
            <div className="training-attendance-rows" hidden={fields.length === 0}>
              {fields.map((field) => {
                const row = rows[field.name];
                return (
                  <div
                    key={field.key}
                    className={row?.present === false ? 'training-attendee is-absent' : 'training-attendee'}
                  >
                    <Form.Item name={[field.name, 'present']} valuePropName="checked">
                      <Checkbox>
                        {row?.name}
                        {row?.present === false && (
                          <Typography.Text type="warning" className="training-absent-mark">
                            {t('teamTraining.absent')}
                          </Typography.Text>
                        )}
                      </Checkbox>
                    </Form.Item>
                  </div>
                );
              })}
            </div>
          </>
        )}
      </Form.List>
    </div>
  );
}
