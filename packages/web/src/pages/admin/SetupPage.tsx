import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { SetupChecklist } from './SetupChecklist';

/** 开通向导: the administrator's list of what is still missing before officers can work. */
export default function SetupPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('setup.menu.firstRun')} testId="page-first-run" />
      <Card>
        <SetupChecklist />
      </Card>
    </>
  );
}
