// The workbench: who you are and where, and shortcuts to the areas your role can use, built ones first.
import { Card, Col, Row, Tag, Typography } from 'antd';
import { createElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCan, useCurrentUser } from '../auth/SessionProvider';
import { useAuthStatus } from '../auth/useAuthStatus';
import { PartyToDo } from '../party/PartyToDo';
import { type Area, areasFor } from '../shell/navigation';
import { TodayCard } from './TodayCard';
import './home.css';

export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const status = useAuthStatus();
  const usable = areasFor(user).filter((area) => area.key !== 'home');
  const built = usable.filter((area) => area.built);
  const coming = usable.filter((area) => !area.built);
  const keepsBranches = useCan('party.manage');

  return (
    <div className="home">
      <Card className="home-welcome">
        <Typography.Title level={1} className="home-greeting">
          {t('home.greeting', { name: user.displayName })}
        </Typography.Title>
        <Typography.Text className="home-role">
          {t('home.roleLine', { centre: status.data?.centreName ?? t('auth.noCentre'), role: t(`roles.${user.role}`) })}
        </Typography.Text>
        <Typography.Paragraph type="secondary" className="home-role-hint">
          {t(`roleHints.${user.role}`)}
        </Typography.Paragraph>
      </Card>

      {user.role === 'manager' && <TodayCard />}

      {keepsBranches && <PartyToDo />}

      <Typography.Title level={2} className="home-section">
        {t('home.builtTitle')}
      </Typography.Title>
      {built.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('home.nothingBuilt')}</Typography.Paragraph>
      ) : (
        <AreaCards areas={built} />
      )}

      {coming.length > 0 && (
        <>
          <Typography.Title level={2} className="home-section">
            {t('home.comingTitle')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('home.comingHint')}</Typography.Paragraph>
          <AreaCards areas={coming} />
        </>
      )}
    </div>
  );
}

function AreaCards({ areas }: { areas: Area[] }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]}>
      {areas.map((area) => (
        <Col key={area.key} xs={24} md={12} xl={8}>
          <Link to={area.path} className="home-area-link">
            <Card hoverable size="small" className={area.built ? 'home-area' : 'home-area home-area-coming'}>
              <div className="home-area-head">
                <span className="home-area-icon">{createElement(area.icon)}</span>
                <Typography.Text strong className="home-area-name">
                  {t(`nav.items.${area.key}`)}
                </Typography.Text>
                <Tag color={area.built ? 'green' : 'default'}>{area.built ? t('home.built') : t('home.coming')}</Tag>
              </div>
              <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} className="home-area-text">
                {t(`areas.${area.key}`)}
              </Typography.Paragraph>
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}
