import type { I18n } from '../i18n';

/** The invitation to the supplier portal: who invites, for whom, and the one-time link. */
export function portalInvitationMessage(
  i18n: I18n,
  m: {
    name: string;
    organisationName: string;
    supplierName: string;
    inviterName: string;
    link: string;
    expiresAt: Date;
  },
): { subject: string; text: string } {
  const days = 7;
  const subject = i18n._({
    id: 'portal.invite.subject',
    message: '{organisation} invites you to its supplier portal',
    values: { organisation: m.organisationName },
  });
  const lines = [
    i18n._({ id: 'email.hello', message: 'Hello {name},', values: { name: m.name } }),
    '',
    i18n._({
      id: 'portal.invite.body',
      message:
        '{inviter} of {organisation} gives you access to its supplier portal for {supplier}: the orders sent to you, your answers and your ship notices, in one place.',
      values: { inviter: m.inviterName, organisation: m.organisationName, supplier: m.supplierName },
    }),
    '',
    i18n._({
      id: 'portal.invite.link',
      message: 'Set your password here (the link works once, for {days} days):',
      values: { days },
    }),
    m.link,
    '',
    i18n._({
      id: 'portal.invite.ignore',
      message: 'If you did not expect this, ignore this message: nothing happens without the link.',
    }),
  ];
  return { subject, text: `${lines.join('\n')}\n` };
}
