// Adjusting a branch's committee: each seat an active member of the branch with a post, where they come from and
// since when. The whole committee is sent at once (party.setCommittee) and replaces the old one.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { BranchDetail } from '../../../../../shared/contract/party';
import {
  type CommitteePost,
  committeePosts,
  type SecretaryBackground,
  secretaryBackgrounds,
} from '../../../../../shared/domain/party';
import { useMutationProc, useQueryProc } from '../../../api/hooks';
import { FormModal, useSaveAndClose } from '../../../components/FormModal';
import { dateOf, dayOf, isFutureDay } from '../members/partyFormat';
import { partyQueries } from '../partyQueries';

interface SeatValues {
  memberId?: number;
  post: CommitteePost;
  background: SecretaryBackground;
  since?: Dayjs;
}

export function CommitteeModal({ branch, onClose }: { branch: BranchDetail | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ seats: SeatValues[] }>();
  const setCommittee = useMutationProc('party.setCommittee', { invalidates: partyQueries });
  const save = useSaveAndClose(form, onClose);
  const members = useQueryProc(
    'party.members',
    { branchId: branch?.id ?? 0, status: 'active', limit: 200 },
    { enabled: branch !== null },
  );
  const activeMembers = (members.data?.rows ?? []).map((member) => ({ value: member.id, label: member.name }));
  // Sitting members are named even when the branch has more members than one page brings.
  const memberOptions = [
    ...activeMembers,
    ...(branch?.committee ?? [])
      .filter((seat) => !activeMembers.some((option) => option.value === seat.memberId))
      .map((seat) => ({ value: seat.memberId, label: seat.name })),
  ];

  useEffect(() => {
    if (branch) {
      form.setFieldsValue({
        seats: branch.committee.map((seat) => ({ ...seat, since: dayOf(seat.since) })),
      });
    }
  }, [branch, form]);

  const submit = ({ seats = [] }: { seats?: SeatValues[] }) =>
    save(async () => {
      if (!branch) return '';
      await setCommittee.mutateAsync({
        branchId: branch.id,
        version: branch.version,
        seats: seats.map((seat) => ({
          memberId: seat.memberId ?? 0,
          post: seat.post,
          background: seat.background,
          since: dateOf(seat.since) ?? '',
        })),
      });
      return t('partyBranchesPage.committeeSaved', { name: branch.name });
    });

  const required = [{ required: true, message: t('form.required') }];
  return (
    <FormModal
      form={form}
      open={branch !== null}
      title={t('partyBranchesPage.committeeTitle', { name: branch?.name ?? '' })}
      onClose={onClose}
      pending={setCommittee.isPending}
      width={760}
    >
      <Typography.Paragraph type="secondary">{t('partyBranchesPage.committeeHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ seats: [] }}>
        <Form.List name="seats">
          {(seats, { add, remove }, { errors }) => (
            <>
              {seats.length > 0 && (
                <div className="committee-seat committee-seat-head" aria-hidden>
                  <span>{t('partyBranchesPage.name')}</span>
                  <span>{t('partyBranchesPage.post')}</span>
                  <span>{t('partyBranchesPage.background')}</span>
                  <span>{t('partyBranchesPage.since')}</span>
                </div>
              )}
              {seats.map((seat, index) => (
                <div key={seat.key} className="committee-seat">
                  <Form.Item name={[seat.name, 'memberId']} rules={required}>
                    <Select
                      showSearch={{ optionFilterProp: 'label' }}
                      aria-label={t('partyBranchesPage.seatMember', { n: index + 1 })}
                      placeholder={t('partyBranchesPage.chooseMember')}
                      loading={members.isLoading}
                      options={memberOptions}
                      notFoundContent={t('partyBranchesPage.noActiveMembers')}
                    />
                  </Form.Item>
                  <Form.Item name={[seat.name, 'post']} rules={required}>
                    <Select
                      aria-label={t('partyBranchesPage.post')}
                      options={committeePosts.map((post) => ({ value: post, label: t(`committeePosts.${post}`) }))}
                    />
                  </Form.Item>
                  <Form.Item name={[seat.name, 'background']} rules={required}>
                    <Select
                      aria-label={t('partyBranchesPage.background')}
                      options={secretaryBackgrounds.map((value) => ({
                        value,
                        label: t(`secretaryBackgrounds.${value}`),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name={[seat.name, 'since']} rules={required}>
                    <DatePicker
                      aria-label={t('partyBranchesPage.since')}
                      style={{ width: '100%' }}
                      disabledDate={isFutureDay}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('partyBranchesPage.removeSeat', { n: index + 1 })}
                    onClick={() => remove(seat.name)}
                  />
                </div>
              ))}
              <Form.ErrorList errors={errors} />
              <Button
                type="dashed"
                block
                icon={<PlusOutlined />}
                disabled={seats.length >= 15}
                onClick={() =>
                  add({ post: seats.length === 0 ? 'secretary' : 'member', background: 'other', since: dayjs() })
                }
              >
                {t('partyBranchesPage.addSeat')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </FormModal>
  );
}
