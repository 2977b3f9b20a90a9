import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The server's `PLACEHOLDERS` (documents/gongwen.ts): any other `{name}` in an upload is refused by name. */
export const PLACEHOLDERS = [
  'documentNo',
  'authority',
  'partyName',
  'partyUscc',
  'partyIdentifier',
  'partyAddress',
  'legalRepresentative',
  'facts',
  'legalBasis',
  'content',
  'deadline',
  'officers',
  'contact',
  'issuedOn',
] as const;

export function PlaceholderHelp() {
  const { t } = useTranslation();
  return (
    <Card title={t('templates.placeholdersTitle')} data-testid="template-placeholders">
      <Typography.Paragraph>{t('templates.placeholdersHelp')}</Typography.Paragraph>
      <table className="rx-placeholder-table">
        <thead>
          <tr>
            <th scope="col">{t('templates.placeholder')}</th>
            <th scope="col">{t('templates.meaning')}</th>
          </tr>
        </thead>
        <tbody>
          {PLACEHOLDERS.map((p) => (
            <tr key={p}>
              <td>
                <code>{`{${p}}`}</code>
              </td>
              <td>{t(`templates.placeholders.${p}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
