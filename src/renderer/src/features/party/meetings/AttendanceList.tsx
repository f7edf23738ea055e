// The attendance of a meeting inside its form: every expected member present by default; unchecking one asks for the
// reason of the absence and an optional note. Counts "expected N, present M" follow the switches.
import { Button, Checkbox, Empty, Flex, Form, Input, Select, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type AbsenceReason, absenceReasons } from '../../../../../shared/domain/party';

export interface AttendanceValue {
  memberId: number;
  name: string;
  present: boolean;
  absenceReason?: AbsenceReason;
  absenceNote?: string;
}

interface Props {
  /** What to say instead of the list: no branch chosen, members loading (with neither, an empty list says so). */
  placeholder?: 'chooseBranch' | 'loading';
}

export function AttendanceList({ placeholder }: Props) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const rows: AttendanceValue[] = Form.useWatch('attendance', { form, preserve: true }) ?? [];
  const present = rows.filter((row) => row?.present).length;

  const allPresent = () =>
    form.setFieldValue(
      'attendance',
      rows.map((row) => ({ ...row, present: true, absenceReason: undefined, absenceNote: undefined })),
    );

  return (
    <div className="attendance">
      <Flex justify="space-between" align="center" className="attendance-head">
        <Typography.Text strong>{t('partyLife.form.attendance')}</Typography.Text>
        {rows.length > 0 && (
          <Flex gap={12} align="center">
            <Typography.Text className="attendance-counts">
              {t('partyLife.form.counts', { expected: rows.length, present })}
            </Typography.Text>
            <Button size="small" onClick={allPresent} disabled={present === rows.length}>
              {t('partyLife.form.allPresent')}
            </Button>
          </Flex>
        )}
      </Flex>
      {placeholder === 'loading' ? (
        <Flex justify="center" className="attendance-empty">
          <Spin tip={t('partyLife.form.loadingMembers')}>
            <div style={{ width: 200, height: 40 }} />
          </Spin>
        </Flex>
      ) : placeholder || rows.length === 0 ? (
        <Empty
          className="attendance-empty"
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t(placeholder ? 'partyLife.form.chooseBranchFirst' : 'partyLife.form.noMembers')}
        />
      ) : null}
      <Form.List name="attendance">
        {(fields, _ops, { errors }) => (
          <>
            <Form.ErrorList errors={errors} className="attendance-errors" />
            <div className="attendance-rows" hidden={fields.length === 0}>
              {fields.map((field) => {
                const row = rows[field.name];
                return (
                  <div
                    key={field.key}
                    className={row?.present === false ? 'attendance-row is-absent' : 'attendance-row'}
                  >
                    <Form.Item name={[field.name, 'present']} valuePropName="checked" className="attendance-present">
                      <Checkbox>{row?.name}</Checkbox>
                    </Form.Item>
                    {row?.present === false ? (
                      <>
                        <Form.Item
                          name={[field.name, 'absenceReason']}
                          className="attendance-reason"
                          rules={[{ required: true, message: t('validation.absenceReasonRequired') }]}
                        >
                          <Select
                            aria-label={t('partyLife.form.reason')}
                            placeholder={t('partyLife.form.reason')}
                            options={absenceReasons.map((reason) => ({
                              value: reason,
                              label: t(`absenceReasons.${reason}`),
                            }))}
                          />
                        </Form.Item>
                        <Form.Item name={[field.name, 'absenceNote']} className="attendance-note">
                          <Input
                            aria-label={t('partyLife.form.note')}
                            placeholder={t('partyLife.form.note')}
                            maxLength={100}
                          />
                        </Form.Item>
                      </>
                    ) : (
                      <Typography.Text type="secondary" className="attendance-state">
                        {t('partyLife.form.present')}
                      </Typography.Text>
                    )}
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
