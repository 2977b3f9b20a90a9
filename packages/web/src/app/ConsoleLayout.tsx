import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Grid, Layout, Menu, Space, Tag } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useCurrentUser, useLogout } from './auth';
import { Breadcrumbs } from './Breadcrumbs';
import { FullPageSpin } from './guards';
import { LanguageSwitch } from './LanguageSwitch';
import { groupKeys, menuItems, selectedKey } from './menu';
import { PlatformMark } from './PlatformMark';

const { Header, Sider, Content, Footer } = Layout;

/** The back-office frame: blue header with the platform name, dark sider menu, breadcrumb, content. */
export function ConsoleLayout() {
  const me = useCurrentUser();
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();
  const screens = Grid.useBreakpoint();
  const [openKeys, setOpenKeys] = useState<string[]>(groupKeys());
  const [collapsed, setCollapsed] = useState(false);
  const selected = selectedKey(me, location.pathname);
  const narrow = !screens.md;

  return (
    <Layout className="rx-shell">
      <Header className="rx-header">
        <PlatformMark compact={narrow} />
        <div className="rx-header-right">
          <LanguageSwitch dark />
          <Space size={8} className="rx-user" data-testid="header-user">
            <UserOutlined />
            <span data-testid="header-user-name">{me.displayName}</span>
            {!narrow && me.departmentName && <span className="rx-user-dept">{me.departmentName}</span>}
            {me.demo && !narrow && <Tag color="gold">{t('common.demoAccount')}</Tag>}
          </Space>
          <Button
            type="text"
            className="rx-logout"
            icon={<LogoutOutlined />}
            data-testid="logout-button"
            loading={logout.isPending}
            onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })}
          >
            {!narrow && t('auth.logout')}
          </Button>
        </div>
      </Header>
      <Layout>
        <Sider
          width={220}
          breakpoint="lg"
          collapsedWidth={0}
          collapsible={narrow}
          trigger={narrow ? undefined : null}
          collapsed={narrow && collapsed}
          onCollapse={setCollapsed}
          className="rx-sider"
          data-testid="sider"
        >
          <Menu
            theme="dark"
            mode="inline"
            items={menuItems(me, t)}
            selectedKeys={selected ? [selected] : []}
            inlineCollapsed={false}
            openKeys={openKeys}
            onOpenChange={setOpenKeys}
            forceSubMenuRender
            data-testid="main-menu"
            onClick={() => {
              if (narrow) {
                setCollapsed(true);
              }
            }}
          />
        </Sider>
        <Layout className="rx-main">
          <Content className="rx-content">
            <Breadcrumbs />
            <Suspense fallback={<FullPageSpin />}>
              <Outlet />
            </Suspense>
          </Content>
          <Footer className="rx-footer">{t('app.footer')}</Footer>
        </Layout>
      </Layout>
    </Layout>
  );
}
