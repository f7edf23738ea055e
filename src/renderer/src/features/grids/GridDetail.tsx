// The selected grid: where it sits, what is below it, who serves on it, and what a manager may change.
import { IdcardOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Result,
  Row,
  Skeleton,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { GridDetail as GridDetailData } from '../../../../shared/contract/grids';
import type { GridLevel } from '../../../../shared/domain/gridLevels';
import { useQueryProc } from '../../api/hooks';
import { describeError } from '../../i18n/describeError';
import { useCan } from '../auth/SessionProvider';
import { GridActions } from './GridActions';
import { GridLevelIcon, GridLevelTag } from './GridLevelIcon';
import type { GridTreeModel } from './gridTreeModel';
import { StaffTable } from './StaffTable';

type CountKey = keyof GridDetailData['counts'];

/** What is worth counting below each level: a micro-grid has nothing below it but its staff. */
const countsByLevel: Record<GridLevel, CountKey[]> = {
  street: ['communities', 'grids', 'microGrids', 'staff'],
  community: ['grids', 'microGrids', 'staff'],
  grid: ['microGrids', 'staff'],
  micro_grid: ['staff'],
};

export function GridDetail({ id, model }: { id: number; model: GridTreeModel }) {
  const { t } = useTranslation();
  const canManage = useCan('grids.manage');
  const canReadRegister = useCan('households.read');
  const canCreateHousehold = useCan('households.manage');
  const detail = useQueryProc('grids.get', { id });

  if (detail.isPending) {
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  }
  if (detail.isError) {
    return (
      <Card>
        <Result
          status="warning"
          title={describeError(detail.error, t)}
          extra={<Button onClick={() => detail.refetch()}>{t('common.retry')}</Button>}
        />
      </Card>
    );
  }

  const { grid, path, counts, staff } = detail.data;
  const parent = path.at(-2);

  return (
    <>
      <Card className="grids-detail-card">
        {path.length > 1 && (
          <Breadcrumb
            className="grids-breadcrumb"
            items={path.map((step) => ({
              key: step.id,
              title: step.id === grid.id ? step.name : <Link to={`/grids/${step.id}`}>{step.name}</Link>,
            }))}
          />
        )}
        {/* Not the card's own title: that one truncates, and a long name or level must wrap above the buttons instead. */}
        <div className="grids-detail-head">
          <span className="grids-detail-title">
            <GridLevelIcon level={grid.level} />
            <Typography.Title level={2} className="grids-detail-name">
              {grid.name}
            </Typography.Title>
            <GridLevelTag level={grid.level} />
            {grid.archived && <Tag>{t('grids.archived')}</Tag>}
          </span>
          {canManage && <GridActions grid={grid} model={model} />}
        </div>
        {grid.archived && <Alert type="info" showIcon title={t('grids.archivedNotice')} style={{ marginBottom: 16 }} />}
        <Descriptions
          size="small"
          column={3}
          items={[
            { key: 'level', label: t('grids.level'), children: t(`gridLevels.${grid.level}`) },
            {
              key: 'code',
              label: t('grids.code'),
              children: grid.code ?? <Typography.Text type="secondary">{t('grids.noCode')}</Typography.Text>,
            },
            ...(parent
              ? [
                  {
                    key: 'parent',
                    label: t(`gridLevels.${parent.level}`),
                    children: <Link to={`/grids/${parent.id}`}>{parent.name}</Link>,
                  },
                ]
              : []),
          ]}
        />
        <Row gutter={[16, 16]} className="grids-counts">
          {countsByLevel[grid.level].map((key) => (
            <Col key={key} xs={12} lg={6}>
              <Statistic title={t(`grids.counts.${key}`)} value={counts[key]} />
            </Col>
          ))}
        </Row>
        {canReadRegister && (
          <Flex gap={16} wrap className="grids-register-links">
            <Link to={`/households?gridId=${grid.id}`}>
              <IdcardOutlined /> {t('grids.households')}
            </Link>
            {canCreateHousehold && grid.level === 'micro_grid' && !grid.archived && (
              <Link to={`/households?gridId=${grid.id}&create=1`}>
                <PlusOutlined /> {t('grids.createHousehold')}
              </Link>
            )}
          </Flex>
        )}
      </Card>
      <StaffTable grid={grid} staff={staff} canManage={canManage} />
    </>
  );
}
