export const messages = {
  'state-missing':
    'Vi kunne ikke genkende dit loginforsøg, måske fordi siden har været åben længe. Start forfra med at logge ind med din arbejdskonto.',
  'state-mismatch':
    'Svaret fra login-tjenesten hører ikke til dit loginforsøg i dette vindue. Start forfra med at logge ind med din arbejdskonto.',
  'provider-refused': 'Login blev afbrudt eller afvist hos login-tjenesten. Prøv igen.',
  'code-rejected': 'Svaret fra login-tjenesten er allerede brugt eller er udløbet. Start forfra med at logge ind med din arbejdskonto.',
  'nonce-mismatch': 'Svaret fra login-tjenesten passer ikke til dit loginforsøg. Start forfra med at logge ind med din arbejdskonto.',
  'token-expired':
    'Svaret fra login-tjenesten var udløbet eller endnu ikke gyldigt, så du er ikke logget ind. Prøv igen. Sker det igen, så bed jeres it-afdeling tjekke, at serverens ur går rigtigt.',
  'token-signature':
    'Svaret fra login-tjenesten kunne ikke bekræftes som ægte, så du er ikke logget ind. Kontakt jeres it-afdeling, hvis det sker igen.',
  'token-invalid': 'Svaret fra login-tjenesten var ikke gyldigt, så du er ikke logget ind. Kontakt jeres it-afdeling, hvis det sker igen.',
  'audience-wrong':
    'Svaret fra login-tjenesten var udstedt til et andet system end Datadialog, så du er ikke logget ind. Kontakt jeres it-afdeling.',
  'issuer-unknown':
    'Svaret kom fra en login-tjeneste, som Datadialog ikke kender, så du er ikke logget ind. Start forfra fra Datadialogs loginside.',
  'claims-missing':
    'Din arbejdskonto sendte ikke din e-mailadresse, og uden den kan Datadialog ikke vide, hvem du er. Kontakt jeres administrator.',
  'client-rejected':
    'Login-tjenesten genkendte ikke Datadialog, fordi klient-id eller klienthemmelighed er forkert eller udløbet. Kontakt jeres it-afdeling.',
  'provider-unreachable': 'Login-tjenesten kan ikke nås lige nu. Prøv igen om lidt, og kontakt jeres it-afdeling, hvis det bliver ved.',
  'provider-error': 'Login med arbejdskonto mislykkedes. Prøv igen, og kontakt jeres it-afdeling, hvis det sker igen.',
  'user-deactivated': 'Din bruger i Datadialog er deaktiveret. Kontakt jeres administrator, hvis du skal have adgang igen.',
  'user-unknown': 'Din arbejdskonto er ikke oprettet i Datadialog. Kontakt jeres administrator.',
  'identity-conflict':
    'Din e-mailadresse hører allerede til en anden arbejdskonto i Datadialog, så du er ikke logget ind. Kontakt jeres administrator.',
} as const;

export type SignInFailure = keyof typeof messages;

/**
 * A refused sign-in with a work account. The message is Danish and safe to show the person; `detail`
 * and `cause` are for the log, never the page.
 */
export class SignInError extends Error {
  constructor(
    readonly reason: SignInFailure,
    readonly detail?: string,
    options?: { cause?: unknown },
  ) {
    super(messages[reason], options);
    this.name = 'SignInError';
  }
}
