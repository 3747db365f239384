/** Danish texts for the error pages, one per status a user can meet. */
const statusTexts: Record<number, { title: string; text: string }> = {
  400: { title: 'Forkert forespørgsel', text: 'Siden kunne ikke forstå det, der blev sendt. Gå tilbage og prøv igen.' },
  401: { title: 'Du skal logge ind', text: 'Din session er udløbet, eller du er ikke logget ind. Log ind og prøv igen.' },
  403: { title: 'Ingen adgang', text: 'Du har ikke adgang til at gøre dette.' },
  404: { title: 'Siden findes ikke', text: 'Vi kan ikke finde den side, du leder efter. Den kan være flyttet, eller du har ikke adgang til den.' },
  413: { title: 'Filen eller formularen er for stor', text: 'Det, du sendte, er større end tilladt. Del filen op eller fjern unødvendige kolonner, og prøv igen.' },
  429: { title: 'For mange forsøg', text: 'Der har været for mange forsøg på kort tid. Vent lidt, og prøv igen.' },
  500: { title: 'Der skete en fejl', text: 'Noget gik galt hos os. Prøv igen om lidt. Hvis fejlen bliver ved, så kontakt jeres systemadministrator.' },
};

export function errorView(status: number, message?: string) {
  const texts = statusTexts[status] ?? statusTexts[500]!;
  return { title: texts.title, status, heading: texts.title, text: message ?? texts.text };
}
