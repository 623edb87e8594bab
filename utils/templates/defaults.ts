import type { TemplateRecord } from '../db/records';
import { SUPPORT_TEMPLATES } from './support-templates';

/**
 * Insyn's own guardian messages, seeded once into the templates table (utils/db/templates.ts); the teacher
 * edits or deletes them freely. Each says which subject, that the pupil risks not reaching the grading
 * criteria and why, what the pupil needs to show, what the school does, proposes a time to talk and how
 * to reach the teacher. Square brackets are for the teacher to fill in: only they know. Placeholders:
 * {pupil} {subject} {teacher} {school} {term} {reasons} {meeting}.
 */
export const DEFAULT_TEMPLATES: readonly TemplateRecord[] = [
  {
    id: 'builtin-sv-meddelande-1-5',
    name: 'Meddelande – riskerar att inte nå godtagbara kunskaper (åk 1–5)',
    lang: 'sv',
    subject: 'Hur det går för {pupil} i {subject}',
    body: `Hej!

Jag vill berätta hur det går för {pupil} i {subject} den här terminen ({term}). Just nu riskerar {pupil} att inte nå godtagbara kunskaper i ämnet. Det här ser jag:
{reasons}

För att nå dit behöver {pupil} visa [vad eleven behöver visa].
I skolan gör vi så här: [extra anpassningar och stöd].

Jag vill gärna prata med er om hur vi tillsammans kan hjälpa {pupil}. Passar {meeting}? Säg gärna till om en annan tid är bättre.

Ni når mig genom att svara på det här meddelandet eller ringa skolan.

Vänliga hälsningar
{teacher}
{school}`,
    builtIn: true,
  },
  {
    id: 'builtin-sv-meddelande-6-9',
    name: 'Meddelande – riskerar att inte nå betyget E (åk 6–9)',
    lang: 'sv',
    subject: '{subject}: {pupil} riskerar att inte nå betyget E',
    body: `Hej!

Jag hör av mig om {pupil} i {subject}. Som det ser ut nu ({term}) riskerar {pupil} att inte nå betyget E i ämnet. Det bygger på:
{reasons}

För att nå E behöver {pupil} visa [vad eleven behöver visa].
Det här gör vi i skolan: [extra anpassningar och stöd].

Det finns tid kvar, och jag vill gärna prata med er och {pupil} om hur vi går vidare. Jag föreslår {meeting}. Passar inte tiden hittar vi en annan.

Svara på det här meddelandet eller ring skolan, så hörs vi.

Vänliga hälsningar
{teacher}
{school}`,
    builtIn: true,
  },
  {
    id: 'builtin-sv-brev',
    name: 'Brev att skicka hem per post',
    lang: 'sv',
    subject: 'Brev till vårdnadshavare för {pupil}',
    body: `Till vårdnadshavare för {pupil}

Jag är lärare i {subject} för {pupil} på {school} och skriver för att berätta hur det går i ämnet den här terminen ({term}).

Just nu riskerar {pupil} att inte nå de kunskaper som krävs i {subject} (i årskurs 6–9: betyget E). Det här ser jag:
{reasons}

För att nå dit behöver {pupil} visa [vad eleven behöver visa].
I skolan gör vi så här: [extra anpassningar och stöd].

Jag vill gärna träffa er för att prata om hur vi tillsammans kan hjälpa {pupil}. Jag föreslår {meeting}. Om tiden inte passar, hör av er så hittar vi en annan.

Ni når mig via skolans expedition eller i InfoMentor: [telefonnummer eller e-postadress].

Med vänliga hälsningar
{teacher}
{school}`,
    builtIn: true,
  },
  {
    id: 'builtin-en-message',
    name: 'Message – at risk of not reaching the grading criteria',
    lang: 'en',
    subject: 'How {pupil} is doing in {subject}',
    body: `Hello,

I am writing about how {pupil} is doing in {subject} this term ({term}). At the moment {pupil} is at risk of not reaching the grading criteria in the subject (in years 6–9: the grade E). This is what I see:
{reasons}

To get there, {pupil} needs to show [what the pupil needs to show].
At school we are doing this: [extra adaptations and support].

I would like to talk with you about how we can help {pupil} together. Would {meeting} suit you? If not, please suggest another time.

You can reach me by replying to this message or by calling the school.

Kind regards,
{teacher}
{school}`,
    builtIn: true,
  },
  {
    id: 'builtin-en-letter',
    name: 'Letter to send home by post',
    lang: 'en',
    subject: 'Letter to the guardians of {pupil}',
    body: `To the guardians of {pupil}

I teach {pupil} {subject} at {school}, and I am writing to tell you how the subject is going this term ({term}).

At the moment {pupil} is at risk of not reaching the grading criteria in {subject} (in years 6–9: the grade E). This is what I see:
{reasons}

To get there, {pupil} needs to show [what the pupil needs to show].
At school we are doing this: [extra adaptations and support].

I would like to meet you to talk about how we can help {pupil} together. I suggest {meeting}. If that time does not suit you, please get in touch and we will find another.

You can reach me through the school office or in InfoMentor: [phone number or e-mail address].

Kind regards,
{teacher}
{school}`,
    builtIn: true,
  },
  ...SUPPORT_TEMPLATES,
];
