import { Breadcrumb } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useMatches } from 'react-router';

export type Crumb = { key: string; to?: string };
export type RouteHandle = { crumbs?: Crumb[] };

/** The trail of the deepest route: each route's `handle.crumbs` lists it from the top. */
export function Breadcrumbs() {
  const { t } = useTranslation();
  const matches = useMatches();
  const deepest = [...matches].reverse().find((m) => (m.handle as RouteHandle | undefined)?.crumbs);
  const crumbs = (deepest?.handle as RouteHandle | undefined)?.crumbs ?? [];
  const items = [{ key: 'home', to: '/' }, ...crumbs].map((c, i, all) => ({
    key: `${c.key}-${i}`,
    title:
      c.to && i < all.length - 1 ? (
        <Link to={c.to}>{t(c.key === 'home' ? 'menu.home' : c.key)}</Link>
      ) : (
        t(c.key === 'home' ? 'menu.home' : c.key)
      ),
  }));
  return <Breadcrumb className="rx-breadcrumb" items={items} data-testid="breadcrumb" />;
}
