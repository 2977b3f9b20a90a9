import { QueryClientProvider } from '@tanstack/react-query';
import type { ThemeConfig } from 'antd';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { FeedbackBridge } from './feedback';
import { FullPageSpin } from './guards';
import { queryClient } from './queryClient';
import { router } from './router';

/** Government blue; the sider stays antd's dark navy. */
const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0b4ea2',
    borderRadius: 4,
    // Secondary and descriptive text at 7:1 on white (WCAG 2.0 AA needs 4.5:1; antd's default is 0.45 black).
    colorTextSecondary: '#595959',
    colorTextDescription: '#595959',
    // Placeholders at 4.6:1 on white (antd's default 0.25 black is 2:1; axe color-contrast).
    colorTextPlaceholder: '#757575',
    // Links in government blue: 8:1 on white and on the page grey (antd's default blue is 4:1 on grey).
    colorLink: '#0b4ea2',
    fontFamily: "'PingFang SC','Microsoft YaHei','Noto Sans CJK SC','Noto Sans SC',sans-serif",
  },
  components: {
    Layout: { headerBg: '#0b4ea2', headerHeight: 56, headerPadding: '0 20px', siderBg: '#0f2746' },
    Menu: { darkItemBg: '#0f2746', darkSubMenuItemBg: '#0a1d36', darkItemSelectedBg: '#0b4ea2' },
    // Coloured tags write in the 8th shade where antd's 7th is under 4.5:1 on the tag's own tint (WCAG 2.0 AA).
    Tag: { orange7: '#ad4e00', green7: '#237804', gold7: '#ad6800', cyan7: '#006d75', volcano7: '#ad2102', lime7: '#3f6600' },
    Descriptions: { labelColor: '#595959' },
  },
};

export function App() {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en-US';
  // dayjs is global: set it during render so that pickers rendered in this pass use it.
  dayjs.locale(english ? 'en' : 'zh-cn');
  return (
    <ConfigProvider locale={english ? enUS : zhCN} theme={theme}>
      <AntApp>
        <FeedbackBridge />
        <QueryClientProvider client={queryClient}>
          <Suspense fallback={<FullPageSpin />}>
            <RouterProvider router={router} />
          </Suspense>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
