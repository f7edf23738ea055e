// The alley wish wall (小巷心愿墙) at /wishes: wishes waiting for someone, claimed ones and fulfilled ones, by grid;
// a claim is recorded from the wall, and a note opens its case for those who may read cases.
import { Button, Card, Empty, Flex, Result, Skeleton, Tabs, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { wishStages } from '../../../../shared/contract/cases';
import { useInfiniteProc } from '../../api/hooks';
import { GridTreeSelect } from '../../components/GridTreeSelect';
import { PageTitle } from '../../components/PageTitle';
import { describeError } from '../../i18n/describeError';
import { useCan } from '../auth/SessionProvider';
import { type ClaimTarget, ClaimWishModal } from './ClaimWishModal';
import { WishCard, type WishStage } from './WishCard';
import './wishes.css';

const pageSize = 24;

export function WishWallPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canClaim = useCan('wishes.claim');
  const canReadCases = useCan('cases.read');
  const [stage, setStage] = useState<WishStage>('open');
  const [gridId, setGridId] = useState<number | undefined>();
  const [claiming, setClaiming] = useState<ClaimTarget | null>(null);
  const wall = useInfiniteProc('wishes.wall', { stage, gridId, limit: pageSize });
  const wishes = wall.data?.pages.flatMap((page) => page.rows) ?? [];
  // The last counts stay on the tabs while another stage or grid loads.
  const lastCounts = useRef(wall.data?.pages[0]?.counts);
  const counts = wall.data?.pages[0]?.counts ?? lastCounts.current;
  lastCounts.current = counts;
  // The wish as the wall now shows it: after a refetch its version is new, or it has left the open stage.
  const current = claiming && stage === 'open' ? wishes.find((wish) => wish.id === claiming.id) : undefined;

  const board = () => {
    if (wall.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
    if (wall.isError) {
      return (
        <Result
          status="warning"
          title={describeError(wall.error, t)}
          extra={<Button onClick={() => wall.refetch()}>{t('common.retry')}</Button>}
        />
      );
    }
    if (wishes.length === 0) {
      return (
        <Empty
          className="wish-empty"
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={
            <>
              <div>{t(`wishWall.empty.${stage}`)}</div>
              <Typography.Text type="secondary">{t(`wishWall.emptyHint.${stage}`)}</Typography.Text>
            </>
          }
        />
      );
    }
    return (
      <>
        <div className="wish-board">
          {wishes.map((wish) => (
            <WishCard
              key={wish.id}
              wish={wish}
              stage={stage}
              onOpen={canReadCases ? () => navigate(`/cases/${wish.id}`) : undefined}
              onClaim={canClaim && stage === 'open' ? () => setClaiming(wish) : undefined}
            />
          ))}
        </div>
        <Flex justify="center" className="wish-more">
          {wall.hasNextPage ? (
            <Button loading={wall.isFetchingNextPage} onClick={() => wall.fetchNextPage()}>
              {t('common.loadMore')}
            </Button>
          ) : (
            <Typography.Text type="secondary">{t('wishWall.allShown', { count: wishes.length })}</Typography.Text>
          )}
        </Flex>
      </>
    );
  };

  return (
    <div className="wish-wall">
      <PageTitle
        title={t('wishWall.title')}
        intro={t('wishWall.intro')}
        actions={
          <GridTreeSelect
            value={gridId}
            onChange={setGridId}
            allowClear
            placeholder={t('wishWall.allGrids')}
            label={t('wishWall.gridFilter')}
            style={{ width: 270 }}
          />
        }
      />
      <Card>
        <Tabs
          activeKey={stage}
          onChange={(key) => setStage(key as WishStage)}
          items={wishStages.map((key) => ({
            key,
            label: (
              <span>
                {t(`wishStages.${key}`)}
                {counts && <span className={`wish-count wish-count-${key}`}>{counts[key]}</span>}
              </span>
            ),
          }))}
        />
        {board()}
      </Card>
      <ClaimWishModal
        wish={current ?? claiming}
        stillOpen={!claiming || wall.isFetching || current !== undefined}
        onClose={() => setClaiming(null)}
      />
    </div>
  );
}
