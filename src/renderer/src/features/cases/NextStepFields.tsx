// How far a new case goes at once: accepted (the usual), accepted and dispatched to a worker or a department, resolved
// on the spot with its resolution, or only registered. The grid's own workers come first among the handlers.
import { Form, Input, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { intakeSteps } from '../../../../shared/contract/cases';
import { useQueryProc } from '../../api/hooks';

export type IntakeStep = (typeof intakeSteps)[number];

/** The handler field holds one choice for two contract fields: `user:<id>` or `department:<name>`. */
export type HandlerChoice = `user:${number}` | `department:${string}`;

export function handlerOf(choice: HandlerChoice | undefined): { handlerUserId?: number; handlerDepartment?: string } {
  if (choice?.startsWith('user:')) return { handlerUserId: Number(choice.slice('user:'.length)) };
  if (choice?.startsWith('department:')) return { handlerDepartment: choice.slice('department:'.length) };
  return {};
}

const stepOrder: IntakeStep[] = ['accept', 'assign', 'resolve', 'register'];

export function NextStepFields({ next, gridId }: { next: IntakeStep; gridId: number | undefined }) {
  const { t } = useTranslation();
  const handlers = useQueryProc('cases.handlers', { gridId }, { enabled: next === 'assign', staleTime: 60_000 });
  const [typed, setTyped] = useState('');
  const users = handlers.data?.users ?? [];
  const departments = handlers.data?.departments ?? [];
  const newDepartment = typed.trim() && !departments.includes(typed.trim()) ? typed.trim().slice(0, 60) : null;

  const userOption = (user: (typeof users)[number]) => ({
    value: `user:${user.userId}`,
    label: user.gridNames.length
      ? t('newCase.handlerWithGrids', { name: user.displayName, grids: user.gridNames.join('、') })
      : user.displayName,
  });

  return (
    <>
      <Form.Item name="next" label={t('newCase.next')}>
        <Radio.Group
          optionType="button"
          options={stepOrder.map((step) => ({ value: step, label: t(`newCase.steps.${step}`) }))}
        />
      </Form.Item>
      {next === 'assign' && (
        // The server reports a missing handler on handlerUserId, so the one field carries that name.
        <Form.Item
          name="handlerUserId"
          label={t('newCase.handler')}
          rules={[{ required: true, message: t('newCase.handlerRequired') }]}
          extra={t('newCase.handlerHint')}
        >
          <Select<HandlerChoice>
            showSearch={{ optionFilterProp: 'label', onSearch: setTyped }}
            loading={handlers.isPending}
            placeholder={t('newCase.handlerPlaceholder')}
            popupMatchSelectWidth={false}
            options={[
              {
                label: t('newCase.handlersOnGrid'),
                options: users.filter((user) => user.onThisGrid).map(userOption),
              },
              {
                label: t('newCase.handlersOther'),
                options: users.filter((user) => !user.onThisGrid).map(userOption),
              },
              {
                label: t('newCase.departments'),
                options: [
                  ...(newDepartment
                    ? [
                        {
                          value: `department:${newDepartment}`,
                          label: t('newCase.newDepartment', { name: newDepartment }),
                        },
                      ]
                    : []),
                  ...departments.map((department) => ({ value: `department:${department}`, label: department })),
                ],
              },
            ].filter((group) => group.options.length > 0)}
          />
        </Form.Item>
      )}
      {next === 'resolve' && (
        <Form.Item
          name="resolution"
          label={t('newCase.resolution')}
          rules={[{ required: true, whitespace: true, message: t('newCase.resolutionRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('newCase.resolutionPlaceholder')} />
        </Form.Item>
      )}
    </>
  );
}
