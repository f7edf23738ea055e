// The left menu: the areas this user may use, in the groups of the domain; a group of one is just its item.
import { Menu, type MenuProps } from 'antd';
import { createElement, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { useCurrentUser } from '../auth/SessionProvider';
import { areaOfPath, areasFor, groups } from './navigation';

type MenuItem = Required<MenuProps>['items'][number];

export function SideMenu() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current = areaOfPath(pathname);
  const [openKeys, setOpenKeys] = useState<string[]>(current ? [`group:${current.group}`] : []);

  // Arriving in an area from elsewhere (a shortcut on the home page) opens its group too.
  useEffect(() => {
    if (!current) return;
    const key = `group:${current.group}`;
    setOpenKeys((keys) => (keys.includes(key) ? keys : [...keys, key]));
  }, [current]);

  const items = useMemo<MenuItem[]>(() => {
    const visible = areasFor(user);
    return groups.flatMap<MenuItem>((group) => {
      const members = visible.filter((area) => area.group === group.key);
      const [only] = members;
      if (!only) return [];
      if (members.length === 1) {
        return [{ key: only.path, icon: createElement(only.icon), label: t(`nav.items.${only.key}`) }];
      }
      return [
        {
          key: `group:${group.key}`,
          icon: createElement(group.icon),
          label: t(`nav.groups.${group.key}`),
          children: members.map((area) => ({
            key: area.path,
            icon: createElement(area.icon),
            label: t(`nav.items.${area.key}`),
          })),
        },
      ];
    });
  }, [user, t]);

  return (
    <Menu
      theme="dark"
      mode="inline"
      items={items}
      selectedKeys={current ? [current.path] : []}
      openKeys={openKeys}
      onOpenChange={setOpenKeys}
      onClick={({ key }) => navigate(key)}
    />
  );
}
