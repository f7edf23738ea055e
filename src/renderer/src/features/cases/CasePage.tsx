// One case at /cases/:id: its marks and facts, the steps the user may take now and its attachments on the left,
// every step so far on the right; details can be corrected in a drawer by those who may.
import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useQueryProc } from '../../api/hooks';
import { RecordBreadcrumb, RecordLoading, RecordUnavailable } from '../../components/RecordPage';
import { AttachmentsCard } from './AttachmentsCard';
import { CaseActions } from './CaseActions';
import { CaseHeader } from './CaseHeader';
import { CaseTimeline } from './CaseTimeline';
import { CaseStatusTag, DeadlineTag, KindTag, SupervisionTag } from './caseTags';
import { EditCaseDrawer } from './EditCaseDrawer';
import './casePage.css';

export function CasePage() {
  const { t } = useTranslation();
  const caseId = Number(useParams().id);
  // Others work the same case (the grid worker resolves while the desk looks): fresh on every visit, and kept fresh.
  const found = useQueryProc(
    'cases.get',
    { id: caseId },
    { enabled: caseId > 0, staleTime: 0, refetchInterval: 30_000 },
  );
  const [editing, setEditing] = useState(false);

  const back = { to: '/cases', label: t('casePage.backToList') };

  if (found.isPending) return <RecordLoading />;
  if (found.isError) {
    return (
      <RecordUnavailable
        back={back}
        error={found.error}
        notFound={t('casePage.notFound')}
        breadcrumbClassName="case-breadcrumb"
      />
    );
  }

  const detail = found.data;
  return (
    <div className="case-page">
      <RecordBreadcrumb back={back} current={detail.number} className="case-breadcrumb" />
      <div className="case-title">
        <div className="case-title-main">
          <Typography.Title level={1} className="case-title-number">
            {detail.number}
          </Typography.Title>
          <div className="case-marks">
            <CaseStatusTag status={detail.status} />
            <KindTag kind={detail.kind} />
            {detail.urgency === 'urgent' && <Tag color="red">{t('caseUrgencies.urgent')}</Tag>}
            {detail.supervisionLevel && <SupervisionTag level={detail.supervisionLevel} />}
            {detail.extensionPending && (
              <Tag color="orange">{t('casePage.extensionPending', { days: detail.extensionRequestDays ?? 0 })}</Tag>
            )}
            {detail.source === 'hotline' && <Tag color="purple">{t('casePage.hotlineMark')}</Tag>}
            <span className="case-deadline-mark">
              <Typography.Text type="secondary">{t('casePage.deadline')}</Typography.Text>
              <DeadlineTag row={detail} />
            </span>
          </div>
        </div>
        {detail.canEdit && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('casePage.edit')}
          </Button>
        )}
      </div>
      <Row gutter={16} className="case-columns">
        <Col xs={24} xl={14} className="case-left">
          <Card size="small" title={t('casePage.actionsTitle')} className="case-actions-card">
            <CaseActions detail={detail} />
          </Card>
          <Card size="small" title={t('casePage.detailsTitle')}>
            <CaseHeader detail={detail} />
          </Card>
          <AttachmentsCard
            caseId={detail.id}
            attachments={detail.attachments}
            canAttach={detail.allowedActions.includes('note')}
          />
        </Col>
        <Col xs={24} xl={10}>
          <Card
            size="small"
            title={t('casePage.timelineTitle', { count: detail.timeline.length })}
            className="case-timeline-card"
          >
            <CaseTimeline timeline={detail.timeline} />
          </Card>
        </Col>
      </Row>
      {detail.canEdit && <EditCaseDrawer detail={detail} open={editing} onClose={() => setEditing(false)} />}
    </div>
  );
}
