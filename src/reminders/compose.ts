import { escapeHtml } from '../charts/escape.js';
import { countNoun } from '../numbers/danish-nouns.js';

/**
 * The e-mails' words. Plain Danish, short, with the link to the meeting; the HTML part says the
 * same as the text part, for mail programs that show only one of them.
 */
export const messages = {
  invitationSubject: (title: string, when: string) => `Indkaldelse: ${title}, ${when}`,
  invitationIntro: (name: string, group: string) => `Kære ${name}\n\nDu er indkaldt til ledermøde i ${group}.`,
  when: (when: string) => `Tidspunkt: ${when}`,
  where: (location: string) => `Sted: ${location}`,
  agendaHeading: 'Dagsorden',
  noAgenda: 'Dagsordenen er ikke lagt endnu.',
  openLink: (url: string) => `Se mødet og dagsordenen i Datadialog: ${url}`,
  calendarHint: 'Kalenderinvitationen er vedhæftet, så du kan sætte mødet i din kalender.',
  digestSubject: (title: string, when: string) => `Før mødet: ${title}, ${when}`,
  digestIntro: (name: string, group: string, when: string) =>
    `Kære ${name}\n\n${group} holder ledermøde ${when}. Her er det, der er godt at se på inden mødet.`,
  dueHeading: 'Handlinger, der skal være klar til mødet',
  overdueHeading: 'Handlinger, hvis frist er overskredet',
  missingHeading: 'Indikatorer, der mangler tal for seneste periode',
  behindHeading: 'Mål, der er bagud',
  nothing: 'Der er ingen handlinger med frist, ingen manglende tal og ingen mål bagud. Godt gået.',
  action: (what: string, who: string, due: string) => `${what} – ${who ? `${who}, ` : ''}frist ${due}`,
  missing: (indicator: string, period: string, owner: string | undefined) => `${indicator}: mangler tal for ${period}${owner ? ` (ansvarlig: ${owner})` : ''}`,
  behind: (goal: string, progress: string) => `${goal}: ${progress}`,
  signature: 'Venlig hilsen\nDatadialog',
  footer: 'Du får denne e-mail, fordi du er medlem af ledergruppen i Datadialog.',
};

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

interface Section {
  heading: string;
  lines: readonly string[];
}

function compose(subject: string, intro: string, sections: readonly Section[], closing: readonly string[]): ComposedMail {
  const text = [
    intro,
    ...sections.map((s) => `${s.heading}:\n${s.lines.map((l) => `- ${l}`).join('\n')}`),
    ...closing,
    messages.signature,
    messages.footer,
  ].join('\n\n');
  const paragraph = (t: string) => `<p>${escapeHtml(t).replaceAll('\n', '<br>')}</p>`;
  const html = [
    '<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>' + escapeHtml(subject) + '</title></head>',
    '<body style="font-family: \'IBM Plex Sans\', Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a;">',
    paragraph(intro),
    ...sections.map((s) => `<h2 style="font-size: 18px;">${escapeHtml(s.heading)}</h2><ul>${s.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`),
    ...closing.map(paragraph),
    paragraph(messages.signature),
    `<p style="color: #545454; font-size: 14px;">${escapeHtml(messages.footer)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

export interface InvitationContent {
  recipientName: string;
  groupName: string;
  meetingTitle: string;
  /** "torsdag den 10. december 2026 kl. 9.00–10.00" */
  when: string;
  location: string;
  agenda: ReadonlyArray<{ title: string; reason: string | null }>;
  url: string;
}

export function composeInvitation(c: InvitationContent): ComposedMail {
  const agenda: Section = {
    heading: messages.agendaHeading,
    lines: c.agenda.length ? c.agenda.map((item, i) => `${i + 1}. ${item.title}${item.reason ? ` (${item.reason})` : ''}`) : [messages.noAgenda],
  };
  const intro = [messages.invitationIntro(c.recipientName, c.groupName), messages.when(c.when), ...(c.location ? [messages.where(c.location)] : [])].join('\n');
  return compose(messages.invitationSubject(c.meetingTitle, c.when), intro, [agenda], [messages.openLink(c.url), messages.calendarHint]);
}

export interface DigestContent {
  recipientName: string;
  groupName: string;
  meetingTitle: string;
  when: string;
  url: string;
  due: readonly string[];
  overdue: readonly string[];
  missing: readonly string[];
  behind: readonly string[];
}

export function composeDigest(c: DigestContent): ComposedMail {
  const sections: Section[] = [
    { heading: messages.overdueHeading, lines: c.overdue },
    { heading: messages.dueHeading, lines: c.due },
    { heading: messages.missingHeading, lines: c.missing },
    { heading: messages.behindHeading, lines: c.behind },
  ].filter((s) => s.lines.length > 0);
  const closing = [...(sections.length ? [] : [messages.nothing]), messages.openLink(c.url)];
  return compose(messages.digestSubject(c.meetingTitle, c.when), messages.digestIntro(c.recipientName, c.groupName, c.when), sections, closing);
}

/** "2 handlinger, 1 indikator uden tal" for a status line in the outbox. */
export function digestSummary(c: Pick<DigestContent, 'due' | 'overdue' | 'missing' | 'behind'>): string {
  return [
    countNoun(c.due.length + c.overdue.length, 'handling', 'handlinger'),
    countNoun(c.missing.length, 'indikator uden tal', 'indikatorer uden tal'),
    countNoun(c.behind.length, 'mål bagud', 'mål bagud'),
  ].join(', ');
}
