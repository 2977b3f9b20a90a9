import { CameraOutlined, CloseOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * One file, from the phone's camera or from the files: native inputs (keyboard and screen readers know
 * them), visually hidden inside labels that look like buttons.
 */
export function FilePicker({
  value,
  onChange,
  accept,
  camera = false,
  testId,
}: {
  value?: File | null;
  onChange?: (f: File | null) => void;
  accept: string;
  camera?: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const pick = (e: React.ChangeEvent<HTMLInputElement>) => {
    onChange?.(e.target.files?.[0] ?? null);
    e.target.value = '';
  };
  return (
    <Space orientation="vertical" size={6} style={{ width: '100%' }}>
      <Space wrap>
        {camera && (
          <label className="rx-file-button">
            <input type="file" accept="image/*" capture="environment" className="rx-visually-hidden" onChange={pick} />
            <CameraOutlined /> {t('case.materials.takePhoto')}
          </label>
        )}
        <label className="rx-file-button">
          <input type="file" accept={accept} className="rx-visually-hidden" onChange={pick} data-testid={testId} />
          <PaperClipOutlined /> {t('case.materials.chooseFile')}
        </label>
      </Space>
      {value && (
        <Space size={4} data-testid={`${testId}-name`}>
          <Typography.Text>{value.name}</Typography.Text>
          <Button size="small" type="text" icon={<CloseOutlined />} aria-label={t('common.delete')} onClick={() => onChange?.(null)} />
        </Space>
      )}
    </Space>
  );
}
