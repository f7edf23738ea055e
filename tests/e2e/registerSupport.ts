// Steps the register specs share: API calls as a signed-in user, demo residents found through the API, the month.
import type { Page } from '@playwright/test';
import { pinyin } from 'pinyin-pro';
import type { InputOf, OutputOf, ProcedureName } from '../../src/shared/contract';
import { localDate } from '../../src/shared/domain/dates';
import { openMenuItem, rpc } from './support';

export async function tokenOf(page: Page, username: string): Promise<string> {
  const login = await rpc(page, 'auth.login', { username, password: 'demo1234' });
  return login.body.data.token as string;
}

/** Calls a procedure as the token's user and answers its data, or fails the test with the server's error. */
export async function api<N extends ProcedureName>(
  page: Page,
  token: string,
  procedure: N,
  input: InputOf<N>,
): Promise<OutputOf<N>> {
  const { body } = await rpc(page, procedure, input, token);
  if (!body.ok) throw new Error(`${procedure} refused: ${JSON.stringify(body.error)}`);
  return body.data as OutputOf<N>;
}

/** zs for 张三: the first letter of each character's pinyin, as a desk clerk types it. */
export function initialsOf(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', surname: 'head' }).join('');
}

/** This month in the centre's time zone, as the visit figures count it. */
export function thisMonth(): string {
  return localDate(Date.now()).slice(0, 7);
}

export function today(): string {
  return localDate(Date.now());
}

/** Opens an area of the 一户一档 menu group, opening the group first as a user would. */
export async function openRegisterArea(page: Page, item: '户与居民' | '入户走访' | '导入'): Promise<void> {
  await openMenuItem(page, '一户一档', item);
}
