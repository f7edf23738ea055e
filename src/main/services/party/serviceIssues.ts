// Field problems of the organisational-life, dues and service procedures, gathered so one answer names them all.
import { AppError, type FieldIssue } from '../../../shared/contract/errors';
import { localDate } from '../../../shared/domain/dates';
import { type ValidationKey, validationMessage } from '../../../shared/i18n/validation';
import type { Ctx } from '../context';

export class IssueList {
  private readonly issues: FieldIssue[] = [];

  constructor(private readonly ctx: Ctx) {}

  add(path: FieldIssue['path'], key: ValidationKey, params: Record<string, string | number> = {}): this {
    this.issues.push({ path, message: validationMessage(this.ctx.lang, key, params) });
    return this;
  }

  /** Dates of events, meetings, payments and service are never after today. */
  notInFuture(path: FieldIssue['path'], date: string): this {
    if (date > today(this.ctx)) this.add(path, 'dateInFuture');
    return this;
  }

  /** Throws VALIDATION with every problem found, so nothing is written. */
  throwIfAny(): void {
    if (this.issues.length === 0) return;
    const summary = this.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new AppError('VALIDATION', summary, { reason: 'invalidInput', issues: this.issues });
  }
}

/** Today (YYYY-MM-DD) at the desk. */
export function today(ctx: Ctx): string {
  return localDate(ctx.clock.now());
}

/** The current month (YYYY-MM) at the desk. */
export function currentMonth(ctx: Ctx): string {
  return today(ctx).slice(0, 7);
}
