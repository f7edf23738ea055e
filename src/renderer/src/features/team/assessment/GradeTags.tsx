// A worker's grade as a coloured tag (优秀 green, 良好 blue, 合格 plain, 不合格 red), with 末位 and 暂定 beside it.
import { Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssessmentGrade } from '../../../../../shared/domain/assessment';

const gradeColours: Record<AssessmentGrade, string | undefined> = {
  excellent: 'green',
  good: 'blue',
  pass: undefined,
  fail: 'red',
};

export function GradeTags({ grade, bottom, complete }: { grade: AssessmentGrade; bottom: boolean; complete: boolean }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      <Tag color={gradeColours[grade]}>{t(`assessmentGrades.${grade}`)}</Tag>
      {bottom && <Tag color="red">{t('teamAssessment.bottom')}</Tag>}
      {!complete && (
        <Tooltip title={t('teamAssessment.provisionalHint')}>
          <Tag color="orange">{t('teamAssessment.provisional')}</Tag>
        </Tooltip>
      )}
    </Space>
  );
}
