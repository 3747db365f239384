/**
 * Demo data for the seed: two leader groups with realistic quarterly
 * indicators. Pure data, no database code.
 *
 * The indicators for "Ledergruppen for Ældre og Sundhed" (sygefravær,
 * borgertilfredshed, sagsbehandlingstid) and for "Ledergruppen for Dagtilbud"
 * are copied from the sample files aeldreomraadet-lang-utf8-bom.csv and
 * dagtilbud-bred-windows1252.csv, values and notes unchanged, and extended with
 * plausible values up to 2026K3. The other three eldercare indicators were
 * generated once from trend + seasonality + noise and are written here as
 * literals, so the seed is deterministic and the app never reads the samples.
 *
 * The literals are written as of late November 2026 (latest quarter 2026K3);
 * demoGroupsAt(today) moves them so their latest quarter is today's latest
 * completed one (see there).
 *
 * REHAB intentionally has no value for the latest quarter, so the app has an
 * indicator that shows "mangler data".
 */
import { latestCompletedPeriod, parseCanonical, periodsBetween, type Period } from '../periods/period.js';

export interface DemoObservation {
  /** Canonical quarter, e.g. '2019K1'. */
  period: string;
  value: number;
  comment?: string;
}

export interface DemoIndicator {
  code: string;
  name: string;
  definition: string;
  whyItMatters: string;
  unit: string;
  decimals: number;
  direction: 'up' | 'down' | 'range';
  rangeMin?: number;
  rangeMax?: number;
  frequency: 'quarter';
  dataSource: string;
  deliveredBy: string;
  observations: DemoObservation[];
}

export interface DemoGroup {
  name: string;
  description: string;
  coreTask: string;
  indicators: DemoIndicator[];
}

/** The latest quarter the literals below cover (they were written in late November 2026). */
export const AUTHORED_LATEST_PERIOD = '2026K3';

const eldercare: DemoGroup = {
  name: 'Ledergruppen for Ældre og Sundhed',
  description:
    'Chefen for Ældre og Sundhed og lederne af hjemmeplejen, plejecentrene, sygeplejen, visitationen og træning og rehabilitering. ' +
    'Gruppen mødes hver anden uge og bruger et møde hvert kvartal på at drøfte data.',
  coreTask:
    'Vi hjælper ældre borgere og borgere med behov for pleje til at klare mest muligt selv og leve et trygt og værdigt liv i eget hjem så længe som muligt. ' +
    'Når de har brug for hjælp, skal den komme i tide, være fagligt god og give mening for borgeren og de pårørende.',
  indicators: [
    {
      code: 'SYGEFRAV',
      name: 'Sygefravær, medarbejdere',
      definition:
        'Sygefraværsdage for medarbejderne i Ældre og Sundhed i procent af det samlede antal arbejdsdage i kvartalet. ' +
        'Tæller kun egen sygdom, ikke barns sygdom og barsel.',
      whyItMatters:
        'Når medarbejderne er syge, møder borgerne flere forskellige hjælpere i deres hjem, og trygheden falder. ' +
        'Fraværet viser også, om arbejdsmiljøet kan bære opgaven.',
      unit: '%',
      decimals: 1,
      direction: 'down',
      frequency: 'quarter',
      dataSource: 'Fraværsstatistik i lønsystemet',
      deliveredBy: 'HR, Løn og Personale',
      observations: [
        { period: '2019K1', value: 7.7 },
        { period: '2019K2', value: 6.6 },
        { period: '2019K3', value: 7.5 },
        { period: '2019K4', value: 6.9 },
        { period: '2020K1', value: 7.6 },
        { period: '2020K2', value: 7.6, comment: 'Covid-19: ekstra fravær' },
        { period: '2020K3', value: 8.9 },
        { period: '2020K4', value: 6.4 },
        { period: '2021K1', value: 7.4 },
        { period: '2021K2', value: 6.2 },
        { period: '2021K3', value: 7 },
        { period: '2021K4', value: 6.7 },
        { period: '2022K1', value: 7.7 },
        { period: '2022K2', value: 6 },
        { period: '2022K3', value: 7.5 },
        { period: '2022K4', value: 6.3 },
        { period: '2023K1', value: 7.1 },
        { period: '2023K2', value: 6.3 },
        { period: '2023K3', value: 7.2 },
        { period: '2023K4', value: 5.7 },
        { period: '2024K1', value: 7.5 },
        { period: '2024K2', value: 6 },
        { period: '2024K3', value: 6.9 },
        { period: '2024K4', value: 6 },
        { period: '2025K1', value: 7.2 },
        { period: '2025K2', value: 6 },
        { period: '2025K3', value: 6.6 },
        { period: '2025K4', value: 5.9 },
        { period: '2026K1', value: 7.1 },
        { period: '2026K2', value: 5.8 },
        { period: '2026K3', value: 6.5 },
      ],
    },
    {
      code: 'BORGERTILF',
      name: 'Borgertilfredshed, hjemmeplejen',
      definition:
        'Andel af de adspurgte borgere i hjemmeplejen, der svarer "tilfreds" eller "meget tilfreds" med hjælpen som helhed. ' +
        'Hvert kvartal ringer vi til omkring 150 tilfældigt udvalgte borgere.',
      whyItMatters:
        'Det er borgernes egen vurdering af, om hjælpen giver mening i deres hverdag. ' +
        'Et fald er ofte det første tegn på, at noget i vores måde at organisere arbejdet på ikke virker for borgerne.',
      unit: '%',
      decimals: 1,
      direction: 'up',
      frequency: 'quarter',
      dataSource: 'Kvartalsvis telefonundersøgelse blandt borgere i hjemmeplejen',
      deliveredBy: 'Kvalitet og Udvikling, Ældre og Sundhed',
      observations: [
        { period: '2020K1', value: 71 },
        { period: '2020K2', value: 71.3 },
        { period: '2020K3', value: 74 },
        { period: '2020K4', value: 74.3 },
        { period: '2021K1', value: 72.8 },
        { period: '2021K2', value: 75.5 },
        { period: '2021K3', value: 75.5 },
        { period: '2021K4', value: 73.8 },
        { period: '2022K1', value: 75.8 },
        { period: '2022K2', value: 75.6 },
        { period: '2022K3', value: 75.8 },
        { period: '2022K4', value: 77.4 },
        { period: '2023K1', value: 75.9 },
        { period: '2023K2', value: 78.4 },
        { period: '2023K3', value: 77.4 },
        { period: '2023K4', value: 78.2 },
        { period: '2024K1', value: 79.2 },
        { period: '2024K2', value: 77.6 },
        { period: '2024K3', value: 79.8 },
        { period: '2024K4', value: 78.5 },
        { period: '2025K1', value: 78.1 },
        { period: '2025K2', value: 78.8 },
        { period: '2025K3', value: 78.8 },
        { period: '2025K4', value: 78.4 },
        { period: '2026K1', value: 77, comment: 'Nye køreruter i hjemmeplejen' },
        { period: '2026K2', value: 76.1 },
        { period: '2026K3', value: 75.4 },
      ],
    },
    {
      code: 'VISITATION',
      name: 'Sagsbehandlingstid, visitation',
      definition:
        'Gennemsnitligt antal kalenderdage fra kommunen modtager en ansøgning om hjemmehjælp, til borgeren får en afgørelse. ' +
        'Opgjort for de afgørelser, der er truffet i kvartalet.',
      whyItMatters:
        'Mens borgeren venter på en afgørelse, mangler de ofte den hjælp, de har brug for, og de pårørende må træde til. ' +
        'Kort sagsbehandlingstid er en forudsætning for, at hjælpen kommer i tide.',
      unit: 'dage',
      decimals: 0,
      direction: 'down',
      frequency: 'quarter',
      dataSource: 'Omsorgssystemet, visitationsmodulet',
      deliveredBy: 'Visitationen, Ældre og Sundhed',
      observations: [
        { period: '2019K1', value: 31 },
        { period: '2019K2', value: 35 },
        { period: '2019K3', value: 34 },
        { period: '2019K4', value: 30 },
        { period: '2020K1', value: 31 },
        { period: '2020K2', value: 30 },
        { period: '2020K3', value: 31 },
        { period: '2020K4', value: 29 },
        { period: '2021K1', value: 27 },
        { period: '2021K2', value: 30 },
        { period: '2021K3', value: 27 },
        { period: '2021K4', value: 30 },
        { period: '2022K1', value: 31 },
        { period: '2022K2', value: 29 },
        { period: '2022K3', value: 21, comment: 'Ny visitationsproces indført' },
        { period: '2022K4', value: 22 },
        { period: '2023K1', value: 19 },
        { period: '2023K2', value: 19 },
        { period: '2023K3', value: 21 },
        { period: '2023K4', value: 17 },
        { period: '2024K1', value: 16 },
        { period: '2024K2', value: 15 },
        { period: '2024K3', value: 18 },
        { period: '2024K4', value: 17 },
        { period: '2025K1', value: 13 },
        { period: '2025K2', value: 13 },
        { period: '2025K3', value: 16 },
        { period: '2025K4', value: 14 },
        { period: '2026K1', value: 15 },
        { period: '2026K2', value: 13 },
        { period: '2026K3', value: 14 },
      ],
    },
    {
      code: 'GENIND30',
      name: 'Genindlæggelser inden for 30 dage',
      definition:
        'Andel af borgere over 65 år, der bliver genindlagt akut inden for 30 dage efter at være udskrevet fra sygehuset. ' +
        'Opgjort efter udskrivelsesdato i kvartalet.',
      whyItMatters:
        'En genindlæggelse er ofte et tegn på, at overgangen fra sygehus til eget hjem ikke er lykkedes, og den koster borgeren kræfter og tryghed. ' +
        'Mange kan forebygges, hvis vi følger godt op i de første dage efter udskrivelsen.',
      unit: '%',
      decimals: 1,
      direction: 'down',
      frequency: 'quarter',
      dataSource: 'Kommunal ledelsesinformation fra Sundhedsdatastyrelsen (eSundhed)',
      deliveredBy: 'Økonomi og Analyse',
      observations: [
        { period: '2019K1', value: 18.1 },
        { period: '2019K2', value: 16.5 },
        { period: '2019K3', value: 15.8 },
        { period: '2019K4', value: 17.4 },
        { period: '2020K1', value: 17.5 },
        { period: '2020K2', value: 16.3 },
        { period: '2020K3', value: 15.8 },
        { period: '2020K4', value: 16.2 },
        { period: '2021K1', value: 17 },
        { period: '2021K2', value: 15.7 },
        { period: '2021K3', value: 15.8 },
        { period: '2021K4', value: 16 },
        { period: '2022K1', value: 16.4, comment: 'Opfølgende hjemmebesøg efter udskrivelse indført' },
        { period: '2022K2', value: 15 },
        { period: '2022K3', value: 15.1 },
        { period: '2022K4', value: 15.3 },
        { period: '2023K1', value: 16.3 },
        { period: '2023K2', value: 15.1 },
        { period: '2023K3', value: 14.2 },
        { period: '2023K4', value: 14.8 },
        { period: '2024K1', value: 15.7 },
        { period: '2024K2', value: 13.8 },
        { period: '2024K3', value: 13.2 },
        { period: '2024K4', value: 14.2 },
        { period: '2025K1', value: 14.7 },
        { period: '2025K2', value: 13.2 },
        { period: '2025K3', value: 13.1 },
        { period: '2025K4', value: 14 },
        { period: '2026K1', value: 15.1 },
        { period: '2026K2', value: 13.3 },
        { period: '2026K3', value: 12.7 },
      ],
    },
    {
      code: 'FALD',
      name: 'Faldulykker blandt borgere over 65 år',
      definition:
        'Antal borgere over 65 år, der har været på skadestue eller er blevet indlagt efter et fald i kvartalet, pr. 1.000 borgere over 65 år i kommunen.',
      whyItMatters:
        'Et fald kan koste en ældre borger førligheden og modet til at komme ud. ' +
        'Færre faldulykker betyder, at flere kan blive ved med at klare sig selv i eget hjem.',
      unit: 'pr. 1.000 borgere',
      decimals: 1,
      direction: 'down',
      frequency: 'quarter',
      dataSource: 'Landspatientregisteret via eSundhed',
      deliveredBy: 'Økonomi og Analyse',
      observations: [
        { period: '2019K1', value: 10.7 },
        { period: '2019K2', value: 9.8 },
        { period: '2019K3', value: 8.5 },
        { period: '2019K4', value: 10.1 },
        { period: '2020K1', value: 11 },
        { period: '2020K2', value: 8.7 },
        { period: '2020K3', value: 8.4 },
        { period: '2020K4', value: 9.7 },
        { period: '2021K1', value: 10.1 },
        { period: '2021K2', value: 9 },
        { period: '2021K3', value: 8.1 },
        { period: '2021K4', value: 8.9 },
        { period: '2022K1', value: 9.4 },
        { period: '2022K2', value: 8.3 },
        { period: '2022K3', value: 8.4 },
        { period: '2022K4', value: 8.9 },
        { period: '2023K1', value: 9.7 },
        { period: '2023K2', value: 8.1, comment: 'Faldforebyggende træningshold startet i alle distrikter' },
        { period: '2023K3', value: 7.6 },
        { period: '2023K4', value: 9 },
        { period: '2024K1', value: 9.4 },
        { period: '2024K2', value: 7.6 },
        { period: '2024K3', value: 7.1 },
        { period: '2024K4', value: 8.2 },
        { period: '2025K1', value: 9.2 },
        { period: '2025K2', value: 7.2 },
        { period: '2025K3', value: 6.9 },
        { period: '2025K4', value: 8.3 },
        { period: '2026K1', value: 8.7 },
        { period: '2026K2', value: 7.5 },
        { period: '2026K3', value: 6.8 },
      ],
    },
    {
      code: 'REHAB',
      name: 'Borgere der bliver mere selvhjulpne efter rehabilitering',
      definition:
        'Andel af de afsluttede rehabiliteringsforløb, hvor borgeren tre måneder efter forløbet har brug for mindre hjælp end ved start. ' +
        'Tallet for et kvartal kommer først, når opfølgningen er registreret i omsorgssystemet.',
      whyItMatters:
        'Det viser, om rehabiliteringen gør borgerne i stand til at klare mere selv, og det er kernen i vores opgave. ' +
        'Samtidig frigør det tid i hjemmeplejen til de borgere, der har brug for mest hjælp.',
      unit: '%',
      decimals: 1,
      direction: 'up',
      frequency: 'quarter',
      dataSource: 'Omsorgssystemet, funktionsevnevurderinger',
      deliveredBy: 'Træning og Rehabilitering',
      observations: [
        { period: '2019K1', value: 54.4 },
        { period: '2019K2', value: 53.6 },
        { period: '2019K3', value: 52.6 },
        { period: '2019K4', value: 53.7 },
        { period: '2020K1', value: 53.7 },
        { period: '2020K2', value: 57.3, comment: 'Hverdagsrehabilitering udvidet til hele hjemmeplejen' },
        { period: '2020K3', value: 57.5 },
        { period: '2020K4', value: 55.2 },
        { period: '2021K1', value: 56.4 },
        { period: '2021K2', value: 58.2 },
        { period: '2021K3', value: 58.1 },
        { period: '2021K4', value: 56.1 },
        { period: '2022K1', value: 58.5 },
        { period: '2022K2', value: 60 },
        { period: '2022K3', value: 59.5 },
        { period: '2022K4', value: 58 },
        { period: '2023K1', value: 61.6 },
        { period: '2023K2', value: 61.5 },
        { period: '2023K3', value: 62.5 },
        { period: '2023K4', value: 62.8 },
        { period: '2024K1', value: 63.3 },
        { period: '2024K2', value: 64.2 },
        { period: '2024K3', value: 64.2 },
        { period: '2024K4', value: 65.9 },
        { period: '2025K1', value: 63.6 },
        { period: '2025K2', value: 67.4 },
        { period: '2025K3', value: 65.6 },
        { period: '2025K4', value: 66.3 },
        { period: '2026K1', value: 64.7 },
        { period: '2026K2', value: 67.4 },
      ],
    },
  ],
};

const daycare: DemoGroup = {
  name: 'Ledergruppen for Dagtilbud',
  description:
    'Dagtilbudschefen og lederne af kommunens børnehuse, vuggestuer og dagplejen. ' +
    'Gruppen mødes en gang om måneden og bruger et møde hvert kvartal på at drøfte data.',
  coreTask:
    'Vi giver børn fra 0 til 6 år trygge rammer, hvor de trives, leger, lærer og udvikler sig sammen med andre børn og nærværende voksne. ' +
    'Forældrene skal kunne regne med en plads, når de har brug for den, og med et godt samarbejde om deres barn.',
  indicators: [
    {
      code: 'SYGEFRAV_DT',
      name: 'Sygefravær',
      definition:
        'Sygefraværsdage for pædagoger, pædagogmedhjælpere og dagplejere i procent af det samlede antal arbejdsdage i kvartalet. ' +
        'Tæller kun egen sygdom, ikke barns sygdom og barsel.',
      whyItMatters:
        'Når en voksen er syg, er der færre kendte voksne omkring børnene, og vikarerne kender ikke børnene. ' +
        'Højt fravær presser også de kolleger, der er på arbejde.',
      unit: '%',
      decimals: 1,
      direction: 'down',
      frequency: 'quarter',
      dataSource: 'Fraværsstatistik i lønsystemet',
      deliveredBy: 'HR, Løn og Personale',
      observations: [
        { period: '2021K1', value: 8.1 },
        { period: '2021K2', value: 7.7 },
        { period: '2021K3', value: 8 },
        { period: '2021K4', value: 7.5 },
        { period: '2022K1', value: 7.2 },
        { period: '2022K2', value: 7.7 },
        { period: '2022K3', value: 7.4 },
        { period: '2022K4', value: 7.5 },
        { period: '2023K1', value: 7.3 },
        { period: '2023K2', value: 7.4 },
        { period: '2023K3', value: 6.8 },
        { period: '2023K4', value: 7.1 },
        { period: '2024K1', value: 6.8 },
        { period: '2024K2', value: 7.1 },
        { period: '2024K3', value: 6.6 },
        { period: '2024K4', value: 6.4 },
        { period: '2025K1', value: 6.7 },
        { period: '2025K2', value: 6.2 },
        { period: '2025K3', value: 6.7 },
        { period: '2025K4', value: 6.3 },
        { period: '2026K1', value: 6.6 },
        { period: '2026K2', value: 6.1 },
        { period: '2026K3', value: 6.3 },
      ],
    },
    {
      code: 'FORAELDRETILF',
      name: 'Forældretilfredshed',
      definition:
        'Andel af forældrene, der svarer "tilfreds" eller "meget tilfreds" med deres barns dagtilbud samlet set. ' +
        'Forældrene får et kort spørgeskema hvert kvartal.',
      whyItMatters:
        'Forældrene ser hver dag, om deres barn trives og bliver mødt af nærværende voksne. ' +
        'Deres vurdering fortæller os, om samarbejdet om barnet fungerer.',
      unit: '%',
      decimals: 1,
      direction: 'up',
      frequency: 'quarter',
      dataSource: 'Kvartalsvis forældreundersøgelse i SurveyXact',
      deliveredBy: 'Dagtilbudsafdelingen, Børn og Familie',
      observations: [
        { period: '2021K1', value: 83.9 },
        { period: '2021K2', value: 80.6 },
        { period: '2021K3', value: 81.9 },
        { period: '2021K4', value: 83.4 },
        { period: '2022K1', value: 82 },
        { period: '2022K2', value: 85.1 },
        { period: '2022K3', value: 84.2 },
        { period: '2022K4', value: 84 },
        { period: '2023K1', value: 87.1 },
        { period: '2023K2', value: 87.1 },
        { period: '2023K3', value: 87.3 },
        { period: '2023K4', value: 87.9 },
        { period: '2024K1', value: 88.1 },
        { period: '2024K2', value: 88.1 },
        { period: '2024K3', value: 86.9 },
        { period: '2024K4', value: 89 },
        { period: '2025K1', value: 87.3 },
        { period: '2025K2', value: 90 },
        { period: '2025K3', value: 87.9 },
        { period: '2025K4', value: 89.2 },
        { period: '2026K1', value: 88.4 },
        { period: '2026K2', value: 90.1 },
        { period: '2026K3', value: 89.6 },
      ],
    },
    {
      code: 'VENTETID',
      name: 'Ventetid på plads',
      definition:
        'Gennemsnitligt antal dage fra den dato, forældrene har ønsket plads, til barnet starter i et dagtilbud. ' +
        'Opgjort for de børn, der er startet i kvartalet.',
      whyItMatters:
        'Forældre skal kunne vende tilbage til arbejde eller uddannelse, når barslen slutter. ' +
        'Lang ventetid gør det svært for familierne at få hverdagen til at hænge sammen.',
      unit: 'dage',
      decimals: 0,
      direction: 'down',
      frequency: 'quarter',
      dataSource: 'Pladsanvisningssystemet',
      deliveredBy: 'Pladsanvisningen, Børn og Familie',
      observations: [
        { period: '2021K1', value: 21 },
        { period: '2021K2', value: 20 },
        { period: '2021K3', value: 20 },
        { period: '2021K4', value: 17 },
        { period: '2022K1', value: 16 },
        { period: '2022K2', value: 16 },
        { period: '2022K3', value: 17 },
        { period: '2022K4', value: 14 },
        { period: '2023K1', value: 14 },
        { period: '2023K2', value: 16 },
        { period: '2023K3', value: 9 },
        { period: '2023K4', value: 14 },
        { period: '2024K1', value: 12 },
        { period: '2024K2', value: 9 },
        { period: '2024K3', value: 9 },
        { period: '2024K4', value: 8 },
        { period: '2025K1', value: 4 },
        { period: '2025K2', value: 5 },
        { period: '2025K3', value: 4 },
        { period: '2025K4', value: 5 },
        { period: '2026K1', value: 6 },
        { period: '2026K2', value: 8, comment: 'Flere tilflyttere med børn under 3 år end forventet' },
        { period: '2026K3', value: 11 },
      ],
    },
    {
      code: 'NORMERING',
      name: 'Normering',
      definition:
        'Antal indskrevne børn pr. fuldtidsansat pædagogisk medarbejder i kommunens daginstitutioner, opgjort som gennemsnit over kvartalet.',
      whyItMatters:
        'Normeringen siger noget om, hvor meget tid de voksne har til det enkelte barn. ' +
        'Byrådet har besluttet, at den skal ligge mellem 2,9 og 3,2 børn pr. voksen, så der er voksne nok, og økonomien kan holde til det.',
      unit: 'børn pr. voksen',
      decimals: 2,
      direction: 'range',
      rangeMin: 2.9,
      rangeMax: 3.2,
      frequency: 'quarter',
      dataSource: 'Lønsystemet og pladsanvisningssystemet',
      deliveredBy: 'Økonomi og Analyse',
      observations: [
        { period: '2021K1', value: 3.38 },
        { period: '2021K2', value: 3.36 },
        { period: '2021K3', value: 3.35 },
        { period: '2021K4', value: 3.35 },
        { period: '2022K1', value: 3.36 },
        { period: '2022K2', value: 3.33 },
        { period: '2022K3', value: 3.28 },
        { period: '2022K4', value: 3.21 },
        { period: '2023K1', value: 3.27 },
        { period: '2023K2', value: 3.22 },
        { period: '2023K3', value: 3.23 },
        { period: '2023K4', value: 3.16 },
        { period: '2024K1', value: 3.2 },
        { period: '2024K2', value: 3.14 },
        { period: '2024K3', value: 3.11 },
        { period: '2024K4', value: 3.07 },
        { period: '2025K1', value: 3.04 },
        { period: '2025K2', value: 3.06 },
        { period: '2025K3', value: 3.08 },
        { period: '2025K4', value: 3.05 },
        { period: '2026K1', value: 3.03 },
        { period: '2026K2', value: 3.06 },
        { period: '2026K3', value: 3.02 },
      ],
    },
  ],
};

/** The demo leader groups as written (latest quarter 2026K3): eldercare first, then daycare. */
export const demoGroups: DemoGroup[] = [eldercare, daycare];

/** The latest quarter the demo shows on `today`: the latest completed one. */
export function demoLatestPeriod(today: Date): Period {
  return latestCompletedPeriod('quarter', today);
}

/** Whole years and the extra quarters (0–3) between the literals and `today`'s latest quarter. */
export function demoShift(today: Date): { years: number; quarters: number } {
  const total = periodsBetween(parseCanonical(AUTHORED_LATEST_PERIOD), demoLatestPeriod(today));
  const years = Math.floor(total / 4);
  return { years, quarters: total - years * 4 };
}

function quarterKey(year: number, index: number): string {
  return `${year}K${index}`;
}

function nextQuarter(period: string): string {
  const { year, index } = parseCanonical(period);
  return index === 4 ? quarterKey(year + 1, 1) : quarterKey(year, index + 1);
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * The series moved by whole years, so every quarter keeps its season (sick leave stays high in the
 * first and third quarters), then extended by the quarters still missing: each new value is the
 * same quarter a year earlier plus the latest year-on-year change, so season and trend carry on.
 */
function moveIndicator(indicator: DemoIndicator, years: number, quarters: number): DemoIndicator {
  const observations = indicator.observations.map((o) => {
    const { year, index } = parseCanonical(o.period);
    return { ...o, period: quarterKey(year + years, index) };
  });
  for (let i = 0; i < quarters; i++) {
    const n = observations.length;
    const yearAgo = observations[n - 4]?.value;
    const last = observations[n - 1]?.value;
    const lastYearAgo = observations[n - 5]?.value;
    if (yearAgo === undefined || last === undefined || lastYearAgo === undefined) break;
    const upper = indicator.unit === '%' ? 100 : Number.POSITIVE_INFINITY;
    const value = Math.min(upper, Math.max(0, roundTo(yearAgo + (last - lastYearAgo), indicator.decimals)));
    observations.push({ period: nextQuarter(observations[n - 1]!.period), value });
  }
  return { ...indicator, observations };
}

/**
 * The demo groups as they should look on `today`: every series ends at today's latest completed
 * quarter (REHAB one quarter before), so a demo started in 2027 or 2030 is as fresh as in 2026.
 */
export function demoGroupsAt(today: Date): DemoGroup[] {
  const { years, quarters } = demoShift(today);
  return demoGroups.map((group) => ({ ...group, indicators: group.indicators.map((i) => moveIndicator(i, years, quarters)) }));
}
