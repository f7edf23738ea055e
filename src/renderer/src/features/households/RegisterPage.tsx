// The register list: households or residents of a grid, filtered, in a virtual table; the filters live in the address.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { PageTitle } from '../../components/PageTitle';
import { useCan } from '../auth/SessionProvider';
import { ExportButtons } from './ExportButtons';
import { HouseholdFormModal } from './HouseholdFormModal';
import { HouseholdTable } from './HouseholdTable';
import { RegisterFilterBar } from './RegisterFilterBar';
import { ResidentTable } from './ResidentTable';
import { type RegisterFilters, readFilters, writeFilters } from './registerFilters';

export function RegisterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canManage = useCan('households.manage');
  const canExport = useCan('households.export');
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const creating = canManage && params.get('create') === '1';

  const change = (patch: Partial<RegisterFilters>) =>
    setParams(writeFilters({ ...filters, ...patch }), { replace: true });
  const setCreating = (open: boolean) => {
    const next = writeFilters(filters);
    if (open) next.set('create', '1');
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageTitle
        title={t('register.title')}
        intro={t('register.intro')}
        actions={
          <Flex gap={8} wrap justify="end">
            {canExport && <ExportButtons filters={filters} />}
            {canManage && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('register.create')}
              </Button>
            )}
          </Flex>
        }
      />
      <Card className="register-card">
        <RegisterFilterBar filters={filters} onChange={change} />
        {filters.view === 'households' ? <HouseholdTable filters={filters} /> : <ResidentTable filters={filters} />}
      </Card>
      <HouseholdFormModal
        mode={creating ? { kind: 'create', gridId: filters.gridId } : null}
        onClose={() => setCreating(false)}
        onSaved={(household) => navigate(`/households/${household.id}`)}
      />
    </>
  );
}
