// A resident's care and attention tags: care groups in blue, attention groups (sensitive) in a warning colour.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResidentSummary } from '../../../../shared/contract/residents';
import { isAttentionTag } from '../../../../shared/domain/residents';

export function ResidentTags({ tags }: { tags: ResidentSummary['tags'] }) {
  const { t } = useTranslation();
  if (tags.length === 0) return null;
  return (
    <span className="resident-tags">
      {tags.map(({ tag, riskLevel }) => {
        const label = t(`residentTags.${tag}`);
        return (
          <Tag key={tag} color={isAttentionTag(tag) ? 'volcano' : 'blue'} variant="outlined">
            {riskLevel ? t('household.riskLevel', { tag: label, level: t(`riskLevels.${riskLevel}`) }) : label}
          </Tag>
        );
      })}
    </span>
  );
}
