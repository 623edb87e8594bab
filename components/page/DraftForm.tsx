import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import type { ActionResult, FlowState } from '@/utils/content/contact-flow';
import { defaultTemplate, displayName, draftFor, letterFor, mailtoFits, mailtoUrl, type Draft } from '@/utils/content/draft';
import type { ContactLog, LogFields } from '@/utils/content/log-form';
import type { PupilAtRisk } from '@/utils/content/page-risks';
import type { Letter } from '@/utils/content/print-letter';
import { statusText } from '@/utils/content/status-text';
import type { TemplateView } from '@/utils/messaging/protocol';
import { genitive } from '@/utils/i18n/words';
import { onlyAbsence } from '@/utils/templates/parent-words';
import { blanksIn, renderTemplate } from '@/utils/templates/render';
import { getLanguage, t } from '@/utils/i18n';
import { closeOnEscape, useFormFocus, useUniqueId } from './focus';
import { LogForm } from './LogForm';
import { SealedText } from './SealedText';
import { SignatureForm, type Signature } from './SignatureForm';

export interface DraftFormProps {
  pupils: PupilAtRisk[];
  /** A grade page (years 6–9): the message speaks of grade E. */
  grades: boolean;
  /** The term the page shows; the risk belongs to it, whatever today's term is. */
  term?: string;
  drafting: FlowState['drafting'];
  now(): Date;
  onCopy(text: string): Promise<boolean>;
  onPrint(letter: Letter): void;
  onLog(pupilKey: string, log: ContactLog): Promise<ActionResult>;
  /** The teacher's name and school, given in the draft the first time. */
  onSign(signature: Signature): Promise<ActionResult>;
  announce(text: string): void;
  onClose(): void;
}

const EMPTY: Draft = { subject: '', body: '' };

/**
 * Drafting guardian messages, one per pupil, stepping through the pupils chosen. The text is the
 * template filled in; the teacher edits it freely, then copies, mails, prints and logs the contact.
 */
export function DraftForm(props: DraftFormProps) {
  const { pupils, drafting, now, onLog, onClose } = props;
  const id = useUniqueId();
  const [index, setIndex] = useState(0);
  const [logging, setLogging] = useState(false);
  const [channel, setChannel] = useState<LogFields['channel']>('infomentor');
  const first = useFormFocus<HTMLSelectElement & HTMLInputElement>();
  const pupil = pupils[Math.min(index, pupils.length - 1)];
  const text = useDraftText(props, pupil);
  if (!pupil || !text) return null;

  return (
    <section class="form" aria-labelledby={`${id}-h`} onKeyDown={closeOnEscape(onClose)} data-insyn-draft>
      <DraftHeading id={id} pupil={pupil} index={index} total={pupils.length} onStep={setIndex} />
      {drafting.status === 'loading' && <p class="muted">{t('draftLoadingTemplates')}</p>}
      {drafting.status === 'failed' && <p class="error">{t('draftNoTemplates')}</p>}
      <DraftFields id={id} first={first} text={text} onClose={onClose} />
      <DraftActions {...props} text={text} logging={logging} onToggleLog={() => setLogging(!logging)} onChannel={setChannel} />
      {logging && (
        <LogForm
          key={pupil.key}
          pupils={[pupil]}
          preset={{ channel }}
          now={now}
          onSubmit={(_keys, log) => onLog(pupil.key, log)}
          onSaved={() => {
            setLogging(false);
            if (index < pupils.length - 1) setIndex(index + 1);
          }}
          onClose={() => setLogging(false)}
        />
      )}
    </section>
  );
}

/** One pupil's text: the chosen template filled in, or what the teacher made of it. */
interface DraftText {
  templates: TemplateView[];
  template?: TemplateView;
  draft: Draft;
  missing: string[];
  unsigned: boolean;
  meeting: string;
  chooseTemplate(id: string): void;
  chooseMeeting(value: string): void;
  edit(patch: Partial<Draft>): void;
  sign(signature: Signature): Promise<ActionResult>;
}

function useDraftText({ grades, term, drafting, onSign }: DraftFormProps, pupil: PupilAtRisk | undefined): DraftText | undefined {
  const templates = drafting.context?.templates ?? [];
  const [templateId, setTemplateId] = useState<string>();
  const [meeting, setMeeting] = useState('');
  const [edits, setEdits] = useState<Record<string, Draft>>({});
  if (!pupil) return undefined;
  const template =
    templates.find((tpl) => tpl.id === templateId) ?? defaultTemplate(templates, getLanguage(), grades, onlyAbsence(pupil.risks));
  const context = drafting.context;
  const draft =
    edits[pupil.key] ?? (template && context ? draftFor(template, pupil, { ...context, term: term ?? context.term }, meeting) : EMPTY);
  const missing = blanksIn(`${draft.subject}\n${draft.body}`);
  // A new template or meeting time starts every text over from the template.
  const restart = (apply: () => void) => {
    apply();
    setEdits({});
  };
  // Texts the teacher already edited keep their edits and get the signature where the template left it.
  const sign = async (signature: Signature) => {
    const result = await onSign(signature);
    if (result.ok) {
      const signed = (text: string) => renderTemplate(text, signature);
      setEdits((all) =>
        Object.fromEntries(Object.entries(all).map(([key, d]) => [key, { subject: signed(d.subject), body: signed(d.body) }])),
      );
    }
    return result;
  };
  return {
    templates,
    ...(template ? { template } : {}),
    draft,
    missing,
    unsigned: context !== undefined && (missing.includes('{teacher}') || missing.includes('{school}')),
    meeting,
    chooseTemplate: (id) => restart(() => setTemplateId(id)),
    chooseMeeting: (value) => restart(() => setMeeting(value)),
    edit: (patch) => setEdits((all) => ({ ...all, [pupil.key]: { ...draft, ...patch } })),
    sign,
  };
}

function DraftHeading({
  id,
  pupil,
  index,
  total,
  onStep,
}: {
  id: string;
  pupil: PupilAtRisk;
  index: number;
  total: number;
  onStep(i: number): void;
}) {
  return (
    <>
      <h3 id={`${id}-h`}>{t('draftHeading', { whose: genitive(displayName(pupil.pupil)) })}</h3>
      {total > 1 && (
        <nav class="stepper" aria-label={t('draftStepperLabel')}>
          <button type="button" disabled={index === 0} onClick={() => onStep(index - 1)}>
            {t('draftPrevious')}
          </button>
          <span>{t('draftStep', { n: index + 1, total })}</span>
          <button type="button" disabled={index >= total - 1} onClick={() => onStep(index + 1)}>
            {t('draftNext')}
          </button>
        </nav>
      )}
      <p class="muted" data-insyn-draft-status>
        {pupil.risks.map((r) => `${r.subject}: ${statusText(r.view)}`).join(' · ')}
      </p>
    </>
  );
}

type FirstField = RefObject<(HTMLSelectElement & HTMLInputElement) | null>;

function DraftFields({ id, first, text, onClose }: { id: string; first: FirstField; text: DraftText; onClose(): void }) {
  const { templates, template, draft, missing } = text;
  return (
    <>
      {templates.length > 0 && (
        <>
          <label for={`${id}-template`}>{t('draftTemplate')}</label>
          <select id={`${id}-template`} ref={first} value={template?.id} onChange={(e) => text.chooseTemplate(e.currentTarget.value)}>
            {templates.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {t('draftTemplateOption', { name: tpl.name, language: t(tpl.lang === 'sv' ? 'draftLanguageSv' : 'draftLanguageEn') })}
              </option>
            ))}
          </select>
        </>
      )}
      <label for={`${id}-meeting`}>{t('draftMeeting')}</label>
      <input
        id={`${id}-meeting`}
        ref={templates.length > 0 ? undefined : first}
        type="datetime-local"
        value={text.meeting}
        onInput={(e) => text.chooseMeeting(e.currentTarget.value)}
      />
      <SealedText
        id={`${id}-subject`}
        label={t('draftSubject')}
        value={draft.subject}
        onInput={(subject) => text.edit({ subject })}
        onEscape={onClose}
      />
      <SealedText
        id={`${id}-body`}
        label={t('draftBody')}
        rows={10}
        value={draft.body}
        describedBy={missing.length > 0 ? `${id}-missing` : undefined}
        onInput={(body) => text.edit({ body })}
        onEscape={onClose}
      />
      {missing.length > 0 && (
        <p id={`${id}-missing`} class="warning" aria-live="polite">
          {t('draftMissing', { placeholders: missing.join(', ') })}
        </p>
      )}
    </>
  );
}

interface DraftActionsProps extends DraftFormProps {
  text: DraftText;
  logging: boolean;
  onToggleLog(): void;
  onChannel(channel: LogFields['channel']): void;
}

/**
 * Copy, e-mail, print, log. A text too long for a mailto: link (some mail programs cut it, silently) is
 * offered to copy for an e-mail instead of a link that would lose its end.
 */
function DraftActions({ text, drafting, now, onCopy, onPrint, announce, onClose, logging, onToggleLog, onChannel }: DraftActionsProps) {
  const { draft, template } = text;
  const context = drafting.context;
  const copy = async (channel: LogFields['channel']) => {
    const copied = await onCopy(draft.body);
    if (copied) onChannel(channel);
    announce(copied ? t('draftCopied') : t('draftCopyFailed'));
  };
  const print = () => {
    if (!context) return;
    try {
      onPrint(letterFor(draft, template?.lang ?? getLanguage(), context, now()));
      onChannel('brev');
    } catch {
      announce(t('draftPrintFailed'));
    }
  };
  const mailto = mailtoUrl(draft);
  return (
    <>
      {text.unsigned && context && <SignatureForm initial={context} onSave={text.sign} />}
      {!mailtoFits(mailto) && <p class="muted">{t('draftEmailTooLong')}</p>}
      <div class="actions">
        <button type="button" class="primary" onClick={() => void copy('infomentor')}>
          {t('draftCopy')}
        </button>
        {mailtoFits(mailto) ? (
          <a class="button" href={mailto} onClick={() => onChannel('e-post')}>
            {t('draftEmail')}
          </a>
        ) : (
          <button type="button" onClick={() => void copy('e-post')}>
            {t('draftCopyForEmail')}
          </button>
        )}
        <button type="button" onClick={print} disabled={!context}>
          {t('draftPrint')}
        </button>
        <button type="button" aria-expanded={logging} onClick={onToggleLog}>
          {t('draftLog')}
        </button>
        <button type="button" class="quiet" onClick={onClose}>
          {t('pageClose')}
        </button>
      </div>
    </>
  );
}
