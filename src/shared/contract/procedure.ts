// How a procedure is declared: once, with its zod input and output, its permission and its kind.
import type { z } from 'zod';
import type { Permission } from '../domain/roles';

export type ProcedureKind = 'query' | 'mutation';
/** `public` needs no sign-in; `signedIn` needs any signed-in user; otherwise a permission. */
export type Access = 'public' | 'signedIn' | Permission;

export interface Procedure<
  Name extends string = string,
  Input extends z.ZodType = z.ZodType,
  Output extends z.ZodType = z.ZodType,
> {
  name: Name;
  kind: ProcedureKind;
  access: Access;
  input: Input;
  output: Output;
  summary: string;
  /**
   * The handler manages the database itself and runs outside the router's transaction (a restore replaces the
   * whole file); its audit rows are written afterwards, into the database then open.
   */
  ownTransaction?: boolean;
}

export function query<Name extends string, Input extends z.ZodType, Output extends z.ZodType>(
  name: Name,
  spec: { access: Access; input: Input; output: Output; summary: string },
): Procedure<Name, Input, Output> {
  return { name, kind: 'query', ...spec };
}

export function mutation<Name extends string, Input extends z.ZodType, Output extends z.ZodType>(
  name: Name,
  spec: { access: Access; input: Input; output: Output; summary: string; ownTransaction?: boolean },
): Procedure<Name, Input, Output> {
  return { name, kind: 'mutation', ...spec };
}

/** Keys a list of procedures by name, so the contract is one object indexed by procedure name. */
export function byName<const P extends readonly Procedure[]>(procedures: P): { [K in P[number] as K['name']]: K } {
  return Object.fromEntries(procedures.map((p) => [p.name, p])) as never;
}
