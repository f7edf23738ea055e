// The shape every catalogue shares: the Chinese catalogue's keys, each leaf any string.
import type { zhCN } from './zh-CN';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export type Catalogue = Strings<typeof zhCN>;
