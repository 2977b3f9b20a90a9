import type { Me } from '@rouxing/contracts';
import type { MenuProps } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { type Group, type Leaf, MENU, type Node } from './menu-tree';

const isGroup = (n: Node): n is Group => 'children' in n;

function visibleLeaves(me: Me): Leaf[] {
  return MENU.flatMap((n) => (isGroup(n) ? n.children : [n])).filter((l) => l.visible(me));
}

/** antd Menu items for this user; groups without a visible child are left out. */
export function menuItems(me: Me, t: TFunction): NonNullable<MenuProps['items']> {
  const leaf = (l: Leaf) => ({
    key: l.key,
    icon: l.icon,
    label: (
      <Link to={l.path} data-testid={l.testId}>
        {t(l.labelKey)}
      </Link>
    ),
  });
  return MENU.flatMap((n) => {
    if (!isGroup(n)) {
      return n.visible(me) ? [leaf(n)] : [];
    }
    const children = n.children.filter((c) => c.visible(me));
    if (children.length === 0) {
      return [];
    }
    return [{ key: n.key, icon: n.icon, label: <span data-testid={n.testId}>{t(n.labelKey)}</span>, children: children.map(leaf) }];
  });
}

export function groupKeys(): string[] {
  return MENU.filter(isGroup).map((g) => g.key);
}

/** The menu entry for a path: the longest visible path that is the path or a prefix of it. */
export function selectedKey(me: Me, pathname: string): string | undefined {
  let best: Leaf | undefined;
  for (const l of visibleLeaves(me)) {
    const hit = l.path === '/' ? pathname === '/' : pathname === l.path || pathname.startsWith(`${l.path}/`);
    if (hit && (!best || l.path.length > best.path.length)) {
      best = l;
    }
  }
  return best?.key;
}
