// Recording who claims a wish off the wall (a party member, a volunteer or a unit), sent as wishes.claim with the
// wish's version; if someone claimed it first, the wall or the case page is refetched and what was typed stays.
import { Alert, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import { type ClaimantKind, claimantKinds } from '../../../../shared/domain/cases';
import { isRpcError } from '../../api/RpcError';
import { FormModal, useSaveAndClose } from '../../components/FormModal';
import { zodRule } from '../../components/zodRule';
import { useCan } from '../auth/SessionProvider';
import { useCaseMutation } from '../cases/useCaseMutation';
import { MemberNameInput } from '../party/members/MemberNameInput';

export interface ClaimTarget {
  id: number;
  version: number;
  number: string;
  description: string;
}

interface ClaimValues {
  claimantKind: ClaimantKind;
  claimantName: string;
  claimantPhone?: string;
  note?: string;
}

const fields = contract['wishes.claim'].input.shape;

export function ClaimWishModal({
  wish,
  stillOpen = true,
  onClose,
}: {
  /** The wish as the screen now has it, so a retry after a refetch sends the new version. */
  wish: ClaimTarget | null;
  /** False once a refetch shows the wish was claimed meanwhile. */
  stillOpen?: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ClaimValues>();
  const [conflict, setConflict] = useState(false);
  // A party member picked off the roster, so the claim counts in their service; those who cannot read the roster type a name.
  const [memberId, setMemberId] = useState<number | undefined>(undefined);
  const findsMembers = useCan('party.read');
  const claimantKind: ClaimantKind | undefined = Form.useWatch('claimantKind', form);
  const picksMember = findsMembers && claimantKind === 'party_member';
  const claim = useCaseMutation('wishes.claim');
  const save = useSaveAndClose(form, onClose, (error) => {
    if (isRpcError(error) && (error.code === 'CONFLICT' || error.code === 'INVALID_TRANSITION')) setConflict(true);
  });

  const submit = (values: ClaimValues) => {
    if (!wish) return;
    setConflict(false);
    return save(async () => {
      const change = await claim.mutateAsync({
        id: wish.id,
        version: wish.version,
        claimantKind: values.claimantKind,
        claimantName: values.claimantName,
        claimantPhone: values.claimantPhone || undefined,
        claimantMemberId: values.claimantKind === 'party_member' ? memberId : undefined,
        note: values.note ?? '',
      });
      return t('wishWall.claimed', { name: values.claimantName, number: change.number });
    });
  };

  return (
    <FormModal
      form={form}
      open={wish !== null}
      title={t('wishWall.claimTitle', { number: wish?.number ?? '' })}
      okText={t('wishWall.claim')}
      okButtonProps={{ disabled: !stillOpen }}
      onClose={onClose}
      onClosed={() => {
        setConflict(false);
        setMemberId(undefined);
      }}
      pending={claim.isPending}
      width={520}
    >
      {wish && (
        <Typography.Paragraph className="claim-wish-text" ellipsis={{ rows: 3 }}>
          {wish.description}
        </Typography.Paragraph>
      )}
      {(conflict || !stillOpen) && (
        <Alert
          className="claim-wish-alert"
          type="warning"
          showIcon
          title={t(stillOpen ? 'wishWall.claimConflict' : 'wishWall.claimTaken')}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={(changed: Partial<ClaimValues>) => {
          if (changed.claimantKind) setMemberId(undefined);
        }}
        initialValues={{ claimantKind: 'party_member' }}
      >
        <Form.Item name="claimantKind" label={t('wishWall.claimantKind')} required>
          <Radio.Group
            optionType="button"
            options={claimantKinds.map((kind) => ({ value: kind, label: t(`claimantKinds.${kind}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="claimantName"
          label={picksMember ? t('partyRoster.claimMember') : t('wishWall.claimantName')}
          required
          rules={[zodRule(fields.claimantName, t)]}
          extra={picksMember ? t('partyRoster.claimMemberHint') : t('wishWall.claimantNameHint')}
        >
          {picksMember ? <MemberNameInput autoFocus onMember={setMemberId} /> : <Input autoFocus maxLength={40} />}
        </Form.Item>
        <Form.Item name="claimantPhone" label={t('wishWall.claimantPhone')} rules={[zodRule(fields.claimantPhone, t)]}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="note" label={t('wishWall.claimNote')} rules={[zodRule(fields.note, t)]}>
          <Input.TextArea rows={2} maxLength={1000} placeholder={t('wishWall.claimNotePlaceholder')} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
