import type { NoPenaltyListDetail } from '@rouxing/contracts';
import { RULE_LEVELS } from '@rouxing/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { catalogueApi } from '../../api/catalogue';
import { useCurrentUser } from '../../app/auth';
import { DatePicker } from '../../components/DateInput';
import { ImportModal } from './ImportModal';

type ImportMeta = { title: string; level: string; issuer: string; domain: string; documentNo?: string; effective: [Dayjs, Dayjs | null] };

/** Import of a list from a file: the list's own fields first, then the file of entries; the new draft opens. */
export function ListImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [meta] = Form.useForm<ImportMeta>();
  return (
    <ImportModal
      open={open}
      onClose={onClose}
      templateUrl={catalogueApi.listTemplateUrl()}
      upload={async (file) => {
        const v = await meta.validateFields();
        return catalogueApi.importList(file, {
          title: v.title,
          level: v.level,
          issuer: v.issuer,
          domain: v.domain,
          documentNo: v.documentNo ?? '',
          departmentId: me.departmentId ?? '',
          effectiveFrom: v.effective[0].format('YYYY-MM-DD'),
          effectiveTo: v.effective[1] ? v.effective[1].format('YYYY-MM-DD') : '',
        });
      }}
      onDone={(r) => {
        qc.invalidateQueries({ queryKey: ['no-penalty-lists'] });
        navigate(`/rules/no-penalty-lists/${(r as NoPenaltyListDetail).id}`);
      }}
    >
      <Form form={meta} layout="vertical" initialValues={{ level: 'county', issuer: me.departmentName ?? '' }}>
        <Form.Item name="title" label={t('rules.listTitle')} rules={[{ required: true }]}>
          <Input data-testid="import-title" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="level" label={t('rules.level')}>
            <Select style={{ width: 120 }} options={RULE_LEVELS.map((l) => ({ value: l, label: t(`assistant.levels.${l}`) }))} />
          </Form.Item>
          <Form.Item name="issuer" label={t('rules.issuer')} rules={[{ required: true }]}>
            <Input style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="domain" label={t('rules.domain')} rules={[{ required: true }]}>
            <Input style={{ width: 160 }} data-testid="import-domain" />
          </Form.Item>
          <Form.Item name="documentNo" label={t('rules.documentNo')}>
            <Input style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="effective" label={t('rules.effectivePeriod')} rules={[{ required: true }]}>
            <DatePicker.RangePicker allowEmpty={[false, true]} />
          </Form.Item>
        </Space>
      </Form>
    </ImportModal>
  );
}
