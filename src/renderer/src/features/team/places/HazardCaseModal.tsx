// After an inspection found a hazard: the case it became, with its number and a way straight to it.
import { Button, Modal, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { InspectionRow } from '../../../../../shared/contract/team';

export function HazardCaseModal({ inspection, onClose }: { inspection: InspectionRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const caseId = inspection?.caseId;
  return (
    <Modal open={inspection !== null} onCancel={onClose} footer={null} width={480}>
      {inspection && (
        <Result
          status="success"
          title={t('teamField.inspect.caseTitle')}
          subTitle={t('teamField.inspect.caseText', {
            name: inspection.placeName,
            number: inspection.caseNumber ?? '',
          })}
          extra={[
            <Button
              key="open"
              type="primary"
              autoFocus
              onClick={() => {
                onClose();
                if (caseId) navigate(`/cases/${caseId}`);
              }}
            >
              {t('teamField.inspect.openCase')} {inspection.caseNumber}
            </Button>,
            <Button key="close" onClick={onClose}>
              {t('common.close')}
            </Button>,
          ]}
        />
      )}
    </Modal>
  );
}
