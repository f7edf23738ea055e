// Whom a case is dispatched to: a person who handles cases (the case grid's own workers listed first) or a
// department by name (departments used before are offered as you type); exactly one of the two.
import { AutoComplete, Form, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQueryProc } from '../../api/hooks';
import { zodRule } from '../../components/zodRule';
import { stepSchema } from './stepFields';

export type HandlerKind = 'user' | 'department';

const fields = stepSchema('assign');

export function HandlerFields({ gridId }: { gridId: number }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const kind: HandlerKind = Form.useWatch('handlerKind', form) ?? 'user';
  const handlers = useQueryProc('cases.handlers', { gridId });
  const users = handlers.data?.users ?? [];
  const byId = new Map(users.map((user) => [user.userId, user]));
  const option = (user: (typeof users)[number]) => ({
    value: user.userId,
    label: user.displayName,
    search: `${user.displayName} ${user.gridNames.join(' ')}`,
  });
  const onGrid = users.filter((user) => user.onThisGrid).map(option);
  const others = users.filter((user) => !user.onThisGrid).map(option);

  return (
    <>
      <Form.Item name="handlerKind" label={t('caseSteps.handlerKind')} initialValue="user">
        <Radio.Group
          optionType="button"
          options={[
            { value: 'user', label: t('caseSteps.handlerUser') },
            { value: 'department', label: t('caseSteps.handlerDepartment') },
          ]}
        />
      </Form.Item>
      {kind === 'user' ? (
        <Form.Item
          name="handlerUserId"
          label={t('caseSteps.handler')}
          required
          rules={[{ required: true, message: t('caseSteps.pickHandler') }]}
        >
          <Select
            autoFocus
            showSearch={{ optionFilterProp: 'search' }}
            loading={handlers.isPending}
            placeholder={t('caseSteps.handlerPlaceholder')}
            notFoundContent={handlers.isPending ? undefined : t('caseSteps.noHandlers')}
            options={[
              ...(onGrid.length ? [{ label: t('caseSteps.onThisGrid'), options: onGrid }] : []),
              ...(others.length ? [{ label: t('caseSteps.otherHandlers'), options: others }] : []),
            ]}
            optionRender={(item) => {
              const user = byId.get(Number(item.value));
              return (
                <span className="handler-option">
                  <span>{item.label}</span>
                  {user && (
                    <Typography.Text type="secondary" ellipsis>
                      {t(`roles.${user.role}`)}
                      {user.gridNames.length > 0 && ` · ${user.gridNames.join('、')}`}
                    </Typography.Text>
                  )}
                </span>
              );
            }}
          />
        </Form.Item>
      ) : (
        <Form.Item
          name="handlerDepartment"
          label={t('caseSteps.department')}
          required
          rules={[zodRule(fields.handlerDepartment.unwrap(), t)]}
        >
          <AutoComplete
            autoFocus
            maxLength={60}
            placeholder={t('caseSteps.departmentPlaceholder')}
            options={(handlers.data?.departments ?? []).map((department) => ({ value: department }))}
            filterOption={(input, item) => String(item?.value ?? '').includes(input)}
          />
        </Form.Item>
      )}
    </>
  );
}
