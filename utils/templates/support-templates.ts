import type { TemplateRecord } from '../db/records';

/**
 * Guardian messages for the support chain (docs/support-chain.md): the extra anpassningar, the anmälan
 * till rektor, and the principal's decision. Seeded like the other built-in templates (defaults.ts) and
 * logged like any contact when sent. They name no health information and no diagnosis: what the school
 * does and when it is evaluated is enough. Square brackets are for the teacher to fill in.
 */
export const SUPPORT_TEMPLATES: readonly TemplateRecord[] = [
  {
    id: 'builtin-sv-extra-anpassningar',
    name: 'Stödkedjan – extra anpassningar',
    lang: 'sv',
    subject: 'Extra anpassningar i {subject}',
    body: `Hej!

För att hjälpa {pupil} att nå godtagbara kunskaper i {subject} ger vi från och med [datum] extra anpassningar i den vanliga undervisningen: [vad, t.ex. extra genomgång eller förlängd tid].

Vi utvärderar dem omkring [utvärderingsdatum] och hör av oss om hur det har gått. Berätta gärna vad ni ser hemma.

Vänliga hälsningar
{teacher}
{school}`,
    builtIn: true,
  },
  {
    id: 'builtin-en-extra-adaptations',
    name: 'Support chain – extra adaptations',
    lang: 'en',
    subject: 'Extra adaptations in {subject}',
    body: `Hello,

To help {pupil} reach an acceptable level of knowledge in {subject}, from [date] we are giving extra adaptations within ordinary teaching: [what, e.g. an extra walk-through or more time].

We will evaluate them around [evaluation date] and let you know how it went. Please tell us what you see at home.

Kind regards
{teacher}
{school}`,
    builtIn: true,
  },
  {
    id: 'builtin-sv-anmalan-till-rektor',
    name: 'Stödkedjan – anmälan till rektor',
    lang: 'sv',
    subject: 'Anmälan till rektor om stöd',
    body: `Hej!

De extra anpassningarna i {subject} har inte räckt för att {pupil} ska nå godtagbara kunskaper. Därför har jag i dag anmält det till rektor, som skolan ska göra enligt skollagen.

Rektor ser nu till att {pupil}s behov av särskilt stöd utreds. Ni får vara med och berätta hur ni ser på det, och ni får veta vad utredningen kommer fram till.

Vänliga hälsningar
{teacher}
{school}`,
    builtIn: true,
  },
  {
    id: 'builtin-en-referral-to-principal',
    name: 'Support chain – referral to the principal',
    lang: 'en',
    subject: 'Referral to the principal about support',
    body: `Hello,

The extra adaptations in {subject} have not been enough for {pupil} to reach an acceptable level of knowledge. So today I have reported this to the principal, as the Education Act requires.

The principal will now see to it that {pupil}'s need for special support is assessed. You may take part and say how you see it, and you will be told what the assessment finds.

Kind regards
{teacher}
{school}`,
    builtIn: true,
  },
  {
    id: 'builtin-sv-beslut-skickat-hem',
    name: 'Stödkedjan – beslut med överklagandehänvisning',
    lang: 'sv',
    subject: 'Beslut om stöd',
    body: `Hej!

Rektor har beslutat [åtgärdsprogram / att inte utarbeta ett åtgärdsprogram / anpassad studiegång / annat beslut] för {pupil} den [datum]. Beslutet och en överklagandehänvisning finns med i det här brevet.

Ni kan överklaga beslutet inom tre veckor från den dag ni fick det. Hur ni gör står i överklagandehänvisningen.

Vänliga hälsningar
{teacher}
{school}`,
    builtIn: true,
  },
  {
    id: 'builtin-en-decision-sent-home',
    name: 'Support chain – decision with appeal instructions',
    lang: 'en',
    subject: 'Decision about support',
    body: `Hello,

On [date] the principal decided [an action programme / not to draw up an action programme / an adapted course of study / another decision] for {pupil}. The decision and its appeal instructions come with this letter.

You may appeal within three weeks of the day you received it. The appeal instructions say how.

Kind regards
{teacher}
{school}`,
    builtIn: true,
  },
];
