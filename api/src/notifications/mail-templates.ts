import { type MailTemplates, type RenderedMail } from '../core';

/** Renders a queued `mail` payload with the template it names. */
export type MailRenderer = (payload: Record<string, unknown>) => RenderedMail;

/**
 * One renderer over every feature's templates (the composition root collects them, `server/mail-templates.ts`),
 * so this module sends mail without knowing what any of it says.
 */
export function mailRenderer(templates: MailTemplates): MailRenderer {
  return (payload) => {
    const name = payload.template;
    const template = typeof name === 'string' && Object.hasOwn(templates, name) ? templates[name] : undefined;
    if (!template) throw new Error(`no mail template called ${JSON.stringify(name)}`);
    return template(payload);
  };
}
