// Adding a place on a grid, or editing one (with its version): grid, kind, name, address and a contact.
import { Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../../shared/contract';
import type { PlaceRow } from '../../../../../shared/contract/team';
import { type PlaceKind, placeKinds } from '../../../../../shared/domain/gridTeam';
import { useMutationProc } from '../../../api/hooks';
import { FormModal, useSaveAndClose } from '../../../components/FormModal';
import { GridTreeSelect } from '../../../components/GridTreeSelect';
import { zodRule } from '../../../components/zodRule';
import { teamQueries } from '../teamQueries';

const fields = contract['team.savePlace'].input.shape;

interface PlaceValues {
  gridId?: number;
  kind?: PlaceKind;
  name: string;
  address: string;
  contactName?: string;
  contactPhone?: string;
}

/** `place`: undefined closed, null a new place, a row the place being edited. */
export function PlaceFormModal({ place, onClose }: { place: PlaceRow | null | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PlaceValues>();
  const savePlace = useMutationProc('team.savePlace', { invalidates: teamQueries });
  const saveAndClose = useSaveAndClose(form, onClose);

  useEffect(() => {
    if (!place) return;
    form.setFieldsValue({
      gridId: place.gridId,
      kind: place.kind,
      name: place.name,
      address: place.address,
      contactName: place.contactName ?? undefined,
      contactPhone: place.contactPhone ?? undefined,
    });
  }, [place, form]);

  const submit = (values: PlaceValues) =>
    saveAndClose(async () => {
      if (!values.gridId || !values.kind) return '';
      const saved = await savePlace.mutateAsync({
        ...(place ? { id: place.id, version: place.version } : {}),
        gridId: values.gridId,
        kind: values.kind,
        name: values.name,
        address: values.address,
        contactName: values.contactName?.trim() || undefined,
        contactPhone: values.contactPhone?.trim() || undefined,
      });
      return t(place ? 'teamField.placeForm.saved' : 'teamField.placeForm.added', { name: saved.name });
    });

  return (
    <FormModal
      form={form}
      open={place !== undefined}
      title={place ? t('teamField.placeForm.titleEdit', { name: place.name }) : t('teamField.placeForm.titleNew')}
      onClose={onClose}
      pending={savePlace.isPending}
      width={560}
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <div className="places-form-row">
          <Form.Item
            name="gridId"
            label={t('teamField.placeForm.grid')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <GridTreeSelect placeholder={t('teamField.placeForm.gridPlaceholder')} />
          </Form.Item>
          <Form.Item
            name="kind"
            label={t('teamField.placeForm.kind')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Select options={placeKinds.map((kind) => ({ value: kind, label: t(`placeKinds.${kind}`) }))} />
          </Form.Item>
        </div>
        <Form.Item name="name" label={t('teamField.placeForm.name')} required rules={[zodRule(fields.name, t)]}>
          <Input maxLength={60} autoFocus />
        </Form.Item>
        <Form.Item
          name="address"
          label={t('teamField.placeForm.address')}
          required
          rules={[zodRule(fields.address, t)]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <div className="places-form-row">
          <Form.Item
            name="contactName"
            label={t('teamField.placeForm.contactName')}
            rules={[zodRule(fields.contactName, t)]}
          >
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item
            name="contactPhone"
            label={t('teamField.placeForm.contactPhone')}
            rules={[zodRule(fields.contactPhone, t)]}
          >
            <Input maxLength={20} />
          </Form.Item>
        </div>
      </Form>
    </FormModal>
  );
}
