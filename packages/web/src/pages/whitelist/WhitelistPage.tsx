import { PlusOutlined } from '@ant-design/icons';
import { WHITELIST_ENTRY_STATES } from '@rouxing/contracts';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type WhitelistEntry, type WhitelistEntryState, type WhitelistStepAction, whitelistApi, whitelistKeys } from '../../api/whitelist';
import { useCurrentUser } from '../../app/auth';
import { PageHeader } from '../../components/PageHeader';
import { can } from '../../lib/permissions';
import { actionsFor } from './actions';
import { WhitelistHistoryDrawer } from './WhitelistHistoryDrawer';
import { WhitelistProposeForm } from './WhitelistProposeForm';
import { WhitelistStepModal } from './WhitelistStepModal';

const STATE_COLOR: Record<WhitelistEntryState, string> = {
  proposed: 'gold',
  approved: 'blue',
  active: 'green',
  removal_proposed: 'orange',
  refused: 'default',
  removed: 'default',
};

/** 白名单 (常政办发〔2025〕5号 第十二项): the register every department reads; proposals, their review and confirmation, history. */
export default function WhitelistPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [filters, setFilters] = useState<{ state?: string; q?: string; page: number }>({ page: 1 });
  const [proposing, setProposing] = useState(false);
  const [stepping, setStepping] = useState<{ row: WhitelistEntry; action: WhitelistStepAction } | null>(null);
  const [history, setHistory] = useState<WhitelistEntry | null>(null);
  const q = useQuery({
    queryKey: [...whitelistKeys.all, filters],
    queryFn: () => whitelistApi.list({ ...filters, pageSize: 20 }),
    staleTime: 0,
  });
  return (
    <>
      <PageHeader
        title={t('whitelist.title')}
        testId="page-whitelist"
        extra={
          can(me, 'whitelist.propose') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setProposing(true)} data-testid="whitelist-new">
              {t('whitelist.new')}
            </Button>
          )
        }
      />
      <Card>
        <Typography.Paragraph>{t('whitelist.intro')}</Typography.Paragraph>
        <Space wrap style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear
            placeholder={t('whitelist.searchPlaceholder')}
            onSearch={(v) => setFilters((f) => ({ ...f, q: v || undefined, page: 1 }))}
            style={{ width: 260 }}
            data-testid="whitelist-search"
          />
          <Select
            allowClear
            placeholder={t('whitelist.state')}
            style={{ width: 160 }}
            onChange={(v?: string) => setFilters((f) => ({ ...f, state: v, page: 1 }))}
            options={WHITELIST_ENTRY_STATES.map((s) => ({ value: s, label: t(`whitelist.states.${s}`) }))}
          />
        </Space>
        <Table<WhitelistEntry>
          rowKey="id"
          loading={q.isLoading}
          dataSource={q.data?.items ?? []}
          scroll={{ x: 1300 }}
          pagination={{
            current: filters.page,
            pageSize: 20,
            total: q.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page) => setFilters((f) => ({ ...f, page })),
          }}
          locale={{ emptyText: t('whitelist.empty') }}
          columns={[
            { title: t('whitelist.entity'), dataIndex: 'entityName', width: 220, fixed: 'left' },
            { title: t('whitelist.uscc'), dataIndex: 'uscc', width: 190 },
            { title: t('whitelist.department'), dataIndex: 'departmentName', width: 180 },
            { title: t('whitelist.basis'), dataIndex: 'basis', width: 100, render: (b: string) => t(`whitelist.bases.${b}`) },
            {
              title: t('whitelist.reason'),
              dataIndex: 'reason',
              width: 260,
              render: (v: string) => (
                <Typography.Paragraph ellipsis={{ rows: 2, tooltip: v }} style={{ margin: 0 }}>
                  {v}
                </Typography.Paragraph>
              ),
            },
            {
              title: t('whitelist.state'),
              dataIndex: 'state',
              width: 120,
              render: (s: WhitelistEntryState) => (
                <Tag color={STATE_COLOR[s]} data-testid="whitelist-state">
                  {t(`whitelist.states.${s}`)}
                </Tag>
              ),
            },
            { title: t('whitelist.nextReviewOn'), dataIndex: 'nextReviewOn', width: 120, render: (v: string | null) => v ?? '—' },
            { title: t('whitelist.proposedBy'), dataIndex: 'proposedByName', width: 100 },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 260,
              fixed: 'right',
              render: (_, r) => (
                <Space size={4} wrap>
                  {actionsFor(r, me).map((action) => (
                    <Button key={action} size="small" onClick={() => setStepping({ row: r, action })} data-testid={`whitelist-${action}`}>
                      {t(`whitelist.actions.${action}`)}
                    </Button>
                  ))}
                  <Button size="small" type="link" onClick={() => setHistory(r)} data-testid="whitelist-history-open">
                    {t('whitelist.history')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Modal open={proposing} onCancel={() => setProposing(false)} footer={null} destroyOnHidden title={t('whitelist.new')} width={640}>
        <WhitelistProposeForm onDone={() => setProposing(false)} />
      </Modal>
      {stepping && <WhitelistStepModal row={stepping.row} action={stepping.action} onClose={() => setStepping(null)} />}
      {history && <WhitelistHistoryDrawer row={history} onClose={() => setHistory(null)} />}
    </>
  );
}
