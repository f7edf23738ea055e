// The register by resident: who, their masked numbers, where they live and their tags; a row opens the household file.
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { OutputOf } from '../../../../shared/contract';
import { localDate } from '../../../../shared/domain/dates';
import { useInfiniteProc } from '../../api/hooks';
import { InfiniteTable } from '../../components/InfiniteTable';
import { GenderAge } from './GenderAge';
import { registerPageSize } from './HouseholdTable';
import { RegisterEmpty } from './RegisterEmpty';
import { ResidentTags } from './ResidentTags';
import type { RegisterFilters } from './registerFilters';

type ResidentRow = OutputOf<'residents.list'>['rows'][number];

export function ResidentTable({ filters }: { filters: RegisterFilters }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const today = localDate(Date.now());
  const list = useInfiniteProc('residents.list', {
    gridId: filters.gridId,
    tag: filters.tag,
    residenceType: filters.residenceType,
    houseUse: filters.houseUse,
    lifeStatus: filters.lifeStatus,
    limit: registerPageSize,
  });

  return (
    <InfiniteTable<ResidentRow>
      list={list}
      rowKey="id"
      label={t('register.byResident')}
      onRowClick={(row) => navigate(`/households/${row.householdId}`)}
      loaded={(count) => t('register.loadedResidents', { count })}
      empty={<RegisterEmpty title={t('register.emptyResidents')} />}
      columns={[
        {
          key: 'name',
          title: t('register.columns.name'),
          dataIndex: 'name',
          width: 96,
          ellipsis: true,
          render: (name: string, row) => (
            <Link to={`/households/${row.householdId}`} onClick={(event) => event.stopPropagation()}>
              {name}
            </Link>
          ),
        },
        {
          key: 'genderAge',
          title: t('register.columns.genderAge'),
          width: 96,
          render: (_, row) => <GenderAge gender={row.gender} birthDate={row.birthDate} today={today} />,
        },
        {
          key: 'idNumber',
          title: t('register.columns.idNumber'),
          dataIndex: 'maskedIdNumber',
          width: 176,
          className: 'register-number',
          render: (value: string | null) => value ?? t('common.none'),
        },
        {
          key: 'phone',
          title: t('register.columns.phone'),
          dataIndex: 'phone',
          width: 124,
          className: 'register-number',
          render: (value: string | null) => value ?? t('common.none'),
        },
        { key: 'address', title: t('register.columns.address'), dataIndex: 'address', ellipsis: true },
        {
          key: 'residenceType',
          title: t('register.columns.residenceType'),
          dataIndex: 'residenceType',
          width: 90,
          render: (type: ResidentRow['residenceType']) => t(`residenceTypes.${type}`),
        },
        {
          key: 'tags',
          title: t('register.columns.tags'),
          dataIndex: 'tags',
          width: 200,
          ellipsis: true,
          render: (tags: ResidentRow['tags']) => <ResidentTags tags={tags} />,
        },
      ]}
    />
  );
}
