// The residents' wishes a member has claimed off the wish wall, each leading to its case.
import { Card, Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MemberDetail } from '../../../../../shared/contract/party';
import { useCan } from '../../auth/SessionProvider';
import { CaseStatusTag } from '../../cases/caseTags';

export function MemberClaimedWishes({ wishes }: { wishes: MemberDetail['claimedWishes'] }) {
  const { t } = useTranslation();
  // A case page needs cases.read; others see the wish without a link.
  const opensCases = useCan('cases.read');
  return (
    <Card size="small" title={t('partyRoster.wishesTitle', { count: wishes.length })}>
      {wishes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('partyRoster.wishesEmpty')} />
      ) : (
        <List
          size="small"
          dataSource={wishes}
          renderItem={(wish) => (
            <List.Item key={wish.caseId}>
              <div className="member-wish">
                {opensCases ? (
                  <Link to={`/cases/${wish.caseId}`} className="case-number">
                    {wish.number}
                  </Link>
                ) : (
                  <span className="case-number">{wish.number}</span>
                )}
                <CaseStatusTag status={wish.status} />
                <Typography.Text ellipsis={{ tooltip: wish.description }} className="member-wish-text">
                  {wish.description}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
