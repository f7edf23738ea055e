// The one IPC message of the desktop transport: its channel, its shape, and how the main process answers it.
// No electron import, so tests drive it on plain Node and the preload shares the same channel and shape.
import { z } from 'zod';
import { AppError, type Envelope } from '../../shared/contract/errors';
import { pickLanguage } from '../../shared/i18n/validation';
import type { Router } from '../rpc/router';

export const rpcChannel = 'griddesk:rpc';

// Bounds keep a hostile page from making the main process chew on huge strings before it is refused.
export const callMetaSchema = z.strictObject({
  token: z.string().max(512).nullable(),
  lang: z.string().max(35),
});

export const rpcMessageSchema = z.strictObject({
  procedure: z.string().max(200),
  input: z.unknown(),
  meta: callMetaSchema,
});

export type RpcMessage = z.infer<typeof rpcMessageSchema>;

function refusal(error: AppError): Envelope<never> {
  return { ok: false, error: error.toBody() };
}

/**
 * The answer to one IPC message: FORBIDDEN when it does not come from the app's own page,
 * VALIDATION when it is not shaped like an RpcMessage, otherwise whatever the router answers.
 */
export function answerRpcMessage(
  router: Pick<Router, 'call'>,
  message: unknown,
  fromAppPage: boolean,
): Envelope<unknown> {
  if (!fromAppPage) {
    return refusal(
      new AppError('FORBIDDEN', 'This call does not come from the GridDesk window.', { reason: 'forbidden' }),
    );
  }
  const parsed = rpcMessageSchema.safeParse(message);
  if (!parsed.success) {
    return refusal(
      new AppError('VALIDATION', 'The call is not shaped like { procedure, input, meta: { token, lang } }.', {
        reason: 'invalidRequest',
      }),
    );
  }
  const { procedure, input, meta } = parsed.data;
  return router.call(procedure, input, { token: meta.token, lang: pickLanguage(meta.lang) });
}
