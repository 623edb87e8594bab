import type { TemplateRecord } from '../db/records';
import { SUPPORT_TEMPLATES } from './support-templates';

/** What a built-in guardian template is about: the kinds of conversation ("–" is its own, about attendance). */
export const GUARDIAN_TEMPLATE_KINDS = ['risk', 'attendance'] as const;
/** The languages Insyn writes to guardians in; lätt svenska is a language of its own here, written in Swedish. */
export const GUARDIAN_TEMPLATE_LANGUAGES: Record<'sv' | 'sv-easy' | 'en', TemplateRecord['lang']> = { sv: 'sv', 'sv-easy': 'sv', en: 'en' };
/** A message sent in InfoMentor or by e-mail, or a letter printed and posted for families who read neither. */
export const GUARDIAN_TEMPLATE_FORMS = ['message', 'letter'] as const;

export interface TemplateAbout {
  kind: (typeof GUARDIAN_TEMPLATE_KINDS)[number];
  language: keyof typeof GUARDIAN_TEMPLATE_LANGUAGES;
  form: (typeof GUARDIAN_TEMPLATE_FORMS)[number];
}

/** A built-in guardian template with what it is about; only the template is stored (seedTemplates). */
export interface GuardianTemplate {
  about: TemplateAbout;
  template: TemplateRecord;
}

const guardian = (about: TemplateAbout, template: TemplateRecord): GuardianTemplate => ({ about, template });

/**
 * Insyn's own guardian messages, seeded once into the templates table (utils/store/templates.ts); the
 * teacher edits or deletes them freely. Each is ready to send once Insyn has filled it: it says which
 * subject and what the teacher sees in words for parents ({reasons}: "ännu inte har visat godtagbara
 * kunskaper i matematik"), what the school does, and how to reach the teacher. The pupil is named twice,
 * not in every sentence. The subject line tells nothing about the pupil or the risk, because an e-mail
 * preview is read on shared screens and lock screens. Square brackets are for what only the teacher knows.
 * Placeholders: {pupil} {subject} {teacher} {school} {term} {reasons} {meeting} {interpreter}; a line with
 * {meeting} or {interpreter} is left out when there is no time or no interpreter (utils/templates/render.ts).
 * "–" (no basis for a grade because of absence) has templates of its own about attendance; an F in a
 * subject that ends is a task in the checklist (skriftlig bedömning), never a sentence here. Every kind comes
 * as a message and as a letter in each language it is written in (tests/unit/templates/forms.test.ts).
 */
export const GUARDIAN_TEMPLATES: readonly GuardianTemplate[] = [
  guardian(
    { kind: 'risk', language: 'sv', form: 'message' },
    {
      id: 'builtin-sv-meddelande-1-5',
      name: 'Meddelande – riskerar att inte nå godtagbara kunskaper (åk 1–5)',
      lang: 'sv',
      subject: 'Ett samtal om skolarbetet',
      body: `Hej!

Jag vill berätta hur det går i {subject} under {term}. Just nu ser jag att {pupil} {reasons}.

Det här behöver övas mer: [vad eleven behöver visa].
I skolan gör vi så här: [extra anpassningar och stöd].

Jag vill gärna prata med er om hur vi tillsammans kan hjälpa {pupil} vidare.
Passar {meeting}? Säg gärna till om en annan tid är bättre.
{interpreter}

Ni når mig genom att svara på det här meddelandet eller ringa skolan.

Vänliga hälsningar
{teacher}
{school}`,
      builtIn: true,
    },
  ),
  guardian(
    { kind: 'risk', language: 'sv', form: 'message' },
    {
      id: 'builtin-sv-meddelande-6-9',
      name: 'Meddelande – riskerar att inte nå betyget E (åk 6–9)',
      lang: 'sv',
      subject: 'Ett samtal om skolarbetet',
      body: `Hej!

Jag hör av mig om {subject} under {term}. Jag ser att {pupil} {reasons}. Inget betyg är satt än, och det finns tid kvar.

För att nå betyget E behövs det här: [vad eleven behöver visa].
Det här gör vi i skolan: [extra anpassningar och stöd].

Jag vill gärna prata med er och ert barn om hur vi går vidare.
Jag föreslår {meeting}. Passar inte tiden hittar vi en annan.
{interpreter}

Svara på det här meddelandet eller ring skolan, så hörs vi.

Vänliga hälsningar
{teacher}
{school}`,
      builtIn: true,
    },
  ),
  guardian(
    { kind: 'attendance', language: 'sv', form: 'message' },
    {
      id: 'builtin-sv-franvaro',
      name: 'Meddelande – frånvaro, underlag för betyg saknas (–)',
      lang: 'sv',
      subject: 'Ett samtal om närvaron i skolan',
      body: `Hej!

Jag hör av mig om {subject} under {term}. {pupil} har varit borta från lektionerna så mycket att jag ännu inte har tillräckligt underlag för att bedöma kunskaperna i ämnet.

Om det inte ändras kan jag inte sätta något betyg. Då står det ett streck (–) i stället för ett betyg. Det är inte ett F, men det betyder att ämnet inte blir godkänt.

Jag vill gärna att vi tillsammans hittar sätt att öka närvaron och ta igen det som missats: [vad eleven behöver göra].
Jag föreslår att vi ses {meeting}. Passar inte tiden hittar vi en annan.
{interpreter}

Ni når mig genom att svara på det här meddelandet eller ringa skolan.

Vänliga hälsningar
{teacher}
{school}`,
      builtIn: true,
    },
  ),
  guardian(
    { kind: 'attendance', language: 'sv', form: 'letter' },
    {
      id: 'builtin-sv-brev-franvaro',
      name: 'Brev – frånvaro, underlag för betyg saknas (–)',
      lang: 'sv',
      subject: 'Om närvaron i {subject}',
      body: `Till vårdnadshavare för {pupil}

Jag är lärare i {subject} på {school} och skriver om närvaron under {term}.

{pupil} har varit borta från lektionerna så mycket att jag ännu inte har tillräckligt underlag för att bedöma kunskaperna i ämnet. Om det inte ändras kan jag inte sätta något betyg. Då står det ett streck (–) i stället för ett betyg. Det är inte ett F, men ämnet blir inte godkänt.

Jag vill gärna att vi tillsammans hittar sätt att öka närvaron och ta igen det som missats: [vad eleven behöver göra].
Jag föreslår att vi ses {meeting}. Om tiden inte passar, hör av er så hittar vi en annan.
{interpreter}

Ni når mig via skolans expedition eller i InfoMentor: [telefonnummer eller e-postadress].

Med vänliga hälsningar
{teacher}
{school}`,
      builtIn: true,
    },
  ),
  guardian(
    { kind: 'risk', language: 'sv-easy', form: 'message' },
    {
      id: 'builtin-sv-latt',
      name: 'Meddelande på lätt svenska',
      lang: 'sv',
      subject: 'Ett samtal om skolarbetet',
      body: `Hej!

Jag är lärare i {subject}.
Jag vill berätta hur det går i skolan under {term}.

Jag ser att {pupil} {reasons}.
Det betyder att det behövs mer hjälp i skolan.

I skolan gör vi så här: [extra anpassningar och stöd].

Jag vill gärna träffa er och prata.
Kan ni komma {meeting}?
{interpreter}

Svara på det här meddelandet eller ring skolan.

Hälsningar
{teacher}
{school}`,
      builtIn: true,
    },
  ),
  guardian(
    { kind: 'risk', language: 'sv-easy', form: 'letter' },
    {
      id: 'builtin-sv-brev-latt',
      name: 'Brev på lätt svenska',
      lang: 'sv',
      subject: 'Om skolarbetet i {subject}',
      body: `Till vårdnadshavare för {pupil}

Jag är lärare i {subject} på {school}.
Jag skriver för att berätta hur det går i skolan under {term}.

Jag ser att {pupil} {reasons}.
Det betyder att det behövs mer hjälp i skolan.

I skolan gör vi så här: [extra anpassningar och stöd].

Jag vill gärna träffa er och prata.
Kan ni komma {meeting}?
{interpreter}

Ring skolans expedition eller skriv till mig i InfoMentor: [telefonnummer eller e-postadress].

Hälsningar
{teacher}
{school}`,
      builtIn: true,
    },
  ),
  guardian(
    { kind: 'risk', language: 'sv', form: 'letter' },
    {
      id: 'builtin-sv-brev',
      name: 'Brev att skicka hem per post',
      lang: 'sv',
      subject: 'Om skolarbetet i {subject}',
      body: `Till vårdnadshavare för {pupil}

Jag är lärare i {subject} på {school} och skriver för att berätta hur det går i ämnet under {term}.

Jag ser att {pupil} {reasons}. Inget betyg är satt än, och det finns tid kvar.

Det här behöver övas mer: [vad eleven behöver visa].
I skolan gör vi så här: [extra anpassningar och stöd].

Jag vill gärna träffa er för att prata om hur vi tillsammans kan hjälpa till.
Jag föreslår {meeting}. Om tiden inte passar, hör av er så hittar vi en annan.
{interpreter}

Ni når mig via skolans expedition eller i InfoMentor: [telefonnummer eller e-postadress].

Med vänliga hälsningar
{teacher}
{school}`,
      builtIn: true,
    },
  ),
  guardian(
    { kind: 'risk', language: 'en', form: 'message' },
    {
      id: 'builtin-en-message',
      name: 'Message – at risk of not reaching the grading criteria',
      lang: 'en',
      subject: 'A talk about school work',
      body: `Hello,

I am writing about {subject} in {term}. At the moment {pupil} {reasons}. No grade has been set, and there is still time.

What needs more practice: [what the pupil needs to show].
At school we are doing this: [extra adaptations and support].

I would like to talk with you about how we can help together.
Would {meeting} suit you? If not, please suggest another time.
{interpreter}

You can reach me by replying to this message or by calling the school.

Kind regards,
{teacher}
{school}`,
      builtIn: true,
    },
  ),
  guardian(
    { kind: 'attendance', language: 'en', form: 'message' },
    {
      id: 'builtin-en-absence',
      name: 'Message – absence, no basis for a grade (–)',
      lang: 'en',
      subject: 'A talk about attendance',
      body: `Hello,

I am writing about {subject} in {term}. {pupil} has missed so many lessons that I do not yet have enough to assess their knowledge in the subject.

If this does not change, I cannot set a grade. The report then shows a dash (–) instead of a grade. It is not an F, but the subject is not passed.

I would like us to find ways together to improve attendance and catch up on what was missed: [what the pupil needs to do].
I suggest we meet {meeting}. If that time does not suit you, we will find another.
{interpreter}

You can reach me by replying to this message or by calling the school.

Kind regards,
{teacher}
{school}`,
      builtIn: true,
    },
  ),
  guardian(
    { kind: 'attendance', language: 'en', form: 'letter' },
    {
      id: 'builtin-en-letter-absence',
      name: 'Letter – absence, no basis for a grade (–)',
      lang: 'en',
      subject: 'About attendance in {subject}',
      body: `To the guardians of {pupil}

I teach {subject} at {school}, and I am writing about attendance in {term}.

{pupil} has missed so many lessons that I do not yet have enough to assess their knowledge in the subject. If this does not change, I cannot set a grade. The report then shows a dash (–) instead of a grade. It is not an F, but the subject is not passed.

I would like us to find ways together to improve attendance and catch up on what was missed: [what the pupil needs to do].
I suggest we meet {meeting}. If that time does not suit you, please get in touch and we will find another.
{interpreter}

You can reach me through the school office or in InfoMentor: [phone number or e-mail address].

Kind regards,
{teacher}
{school}`,
      builtIn: true,
    },
  ),
  guardian(
    { kind: 'risk', language: 'en', form: 'letter' },
    {
      id: 'builtin-en-letter',
      name: 'Letter to send home by post',
      lang: 'en',
      subject: 'About school work in {subject}',
      body: `To the guardians of {pupil}

I teach {subject} at {school}, and I am writing to tell you how the subject is going in {term}.

At the moment {pupil} {reasons}. No grade has been set, and there is still time.

What needs more practice: [what the pupil needs to show].
At school we are doing this: [extra adaptations and support].

I would like to meet you to talk about how we can help together.
I suggest {meeting}. If that time does not suit you, please get in touch and we will find another.
{interpreter}

You can reach me through the school office or in InfoMentor: [phone number or e-mail address].

Kind regards,
{teacher}
{school}`,
      builtIn: true,
    },
  ),
];

export const DEFAULT_TEMPLATES: readonly TemplateRecord[] = [...GUARDIAN_TEMPLATES.map((g) => g.template), ...SUPPORT_TEMPLATES];
