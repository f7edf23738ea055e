// The backups procedures: the manager (ctx.backups) does the work; here each call is answered and audited.
import type { Handlers } from '../context';

export const backupsHandlers: Handlers<'backups.list' | 'backups.create' | 'backups.inspect' | 'backups.restore'> = {
  'backups.list': (ctx) => ({ files: ctx.backups.list(), status: ctx.backups.status() }),

  'backups.create': (ctx) => {
    const running = ctx.backups.begin('manual');
    ctx.audit.record({ entity: 'backups', entityId: null, after: { name: running.name, kind: running.kind } });
    return { running };
  },

  'backups.inspect': (ctx, input) => ctx.backups.inspect(input.name),

  'backups.restore': (ctx, input) => {
    const result = ctx.backups.restore(input.name);
    // The audit row lands in the restored database, whose users may differ: the actor is the account of the same
    // username there, or none (their name is kept in the row).
    const actor = ctx.actor;
    const sameUser = actor
      ? (ctx.backups.database().sqlite.prepare('select id from users where username = ?').pluck().get(actor.username) as
          | number
          | undefined)
      : undefined;
    ctx.audit.record({
      entity: 'backups',
      entityId: null,
      actorId: sameUser ?? null,
      after: {
        restored: result.restored.name,
        beforeRestore: result.beforeRestore,
        migrationsApplied: result.migrationsApplied,
        by: actor ? { username: actor.username, displayName: actor.displayName } : null,
      },
    });
    return { ...result, signInAgain: true as const };
  },
};
