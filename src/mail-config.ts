/**
 * E-mail for reminders: invitations with a calendar file and a digest before each meeting. Without
 * SMTP_HOST nothing is sent, and the app shows what it would have sent instead.
 */
export interface SmtpConfig {
  host: string;
  port: number;
  /** Implicit TLS (port 465); otherwise STARTTLS is used when the server offers it. */
  secure: boolean;
  user?: string;
  password?: string;
}

export interface MailConfig {
  smtp: SmtpConfig | undefined;
  /** The sender, e.g. "Datadialog <datadialog@kommune.dk>". */
  from: string;
  /** The app's address as users reach it, for links in e-mails, e.g. https://datadialog.kommune.dk. */
  publicUrl: string;
  /** How many days before a meeting the digest goes out. */
  digestDaysBefore: number;
}

const ADDRESS = /^[^@\s<>]+@[^@\s<>]+$/;

export function mailConfigFromEnv(env: NodeJS.ProcessEnv, port: number): { mail: MailConfig } {
  const problems: string[] = [];
  const number = (name: string, fallback: number, min: number, max: number): number => {
    const text = env[name];
    if (text === undefined || text === '') return fallback;
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > max) problems.push(`${name} must be a whole number from ${min} to ${max}, got "${text}"`);
    return n;
  };
  const host = env.SMTP_HOST?.trim();
  const secure = env.SMTP_SECURE === '1' || env.SMTP_SECURE === 'true';
  const smtp: SmtpConfig | undefined = host
    ? {
        host,
        port: number('SMTP_PORT', secure ? 465 : 587, 1, 65535),
        secure,
        ...(env.SMTP_USER ? { user: env.SMTP_USER } : {}),
        ...(env.SMTP_PASSWORD ? { password: env.SMTP_PASSWORD } : {}),
      }
    : undefined;
  const from = env.MAIL_FROM?.trim() || 'Datadialog <datadialog@localhost>';
  const address = /<([^>]+)>\s*$/.exec(from)?.[1] ?? from;
  if (!ADDRESS.test(address)) problems.push(`MAIL_FROM must be an e-mail address, optionally with a name: "Datadialog <datadialog@kommune.dk>", got "${from}"`);
  if (smtp && !env.MAIL_FROM) problems.push('MAIL_FROM must be set when SMTP_HOST is: the address reminders are sent from');
  const publicUrl = (env.PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/\s]+/.test(publicUrl)) problems.push(`PUBLIC_URL must start with http:// or https://, got "${publicUrl}"`);
  const digestDaysBefore = number('REMINDER_DAYS_BEFORE', 3, 0, 30);
  if (problems.length) throw new Error(`E-mail settings are not valid:\n- ${problems.join('\n- ')}`);
  return { mail: { smtp, from, publicUrl, digestDaysBefore } };
}
