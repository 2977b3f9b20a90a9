import type { CaseSummary } from '@rouxing/contracts';
import { useMutation } from '@tanstack/react-query';
import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { partyApi } from '../../api/parties';
import { useCurrentUser } from '../../app/auth';
import { showError } from '../../app/feedback';
import { RevealButton } from '../../components/RevealButton';
import { can } from '../../lib/permissions';

/** The party of a case: an entity with its 统一社会信用代码, or a person with the 公民身份号码 masked (unmasked on request, audited). */
export function PartyLine({ kase }: { kase: Pick<CaseSummary, 'partyKind' | 'entityName' | 'partyUscc' | 'personId' | 'partyIdNumber'> }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const reveal = useMutation({
    mutationFn: (reason: string) => partyApi.personalData(kase.personId as string, reason),
    onError: (e) => showError(e),
  });
  if (kase.partyKind === 'entity') {
    return <>{`${kase.entityName}（${kase.partyUscc}）`}</>;
  }
  const shown = reveal.data ? `${reveal.data.idNumber}${reveal.data.phone ? `，${reveal.data.phone}` : ''}` : (kase.partyIdNumber ?? '');
  return (
    <Space wrap size={4}>
      <Tag>{t('parties.kinds.person')}</Tag>
      <span data-testid="case-party-person">{`${kase.entityName}（${t('parties.idNumber')}：${shown}）`}</span>
      {can(me, 'entity.personal_data.read') && !reveal.data && (
        <RevealButton
          size="small"
          label={t('parties.reveal')}
          loading={reveal.isPending}
          onReveal={(reason) => reveal.mutate(reason)}
          testId="case-party-reveal"
        />
      )}
    </Space>
  );
}
