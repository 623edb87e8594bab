import { useState } from 'preact/hooks';
import type { ActionResult, FlowState } from '@/utils/content/contact-flow';
import { defaultTemplate, displayName, draftFor, letterFor, mailtoUrl, type Draft } from '@/utils/content/draft';
import type { ContactLog, LogFields } from '@/utils/content/log-form';
import type { PupilAtRisk } from '@/utils/content/page-risks';
import type { Letter } from '@/utils/content/print-letter';
import { statusText } from '@/utils/content/status-text';
import { genitive } from '@/utils/i18n/words';
import { onlyAbsence } from '@/utils/templates/parent-words';
import { blanksIn, renderTemplate } from '@/utils/templates/render';
import { getLanguage, t } from '@/utils/i18n';
import { closeOnEscape, useFormFocus, useUniqueId } from './focus';
import { LogForm } from './LogForm';
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
export function DraftForm({ pupils, grades, term, drafting, now, onCopy, onPrint, onLog, onSign, announce, onClose }: DraftFormProps) {
  const id = useUniqueId();
  const templates = drafting.context?.templates ?? [];
  const [templateId, setTemplateId] = useState<string>();
  const [meeting, setMeeting] = useState('');
  const [index, setIndex] = useState(0);
  const [edits, setEdits] = useState<Record<string, Draft>>({});
  const [logging, setLogging] = useState(false);
  const [channel, setChannel] = useState<LogFields['channel']>('infomentor');
  const first = useFormFocus<HTMLSelectElement & HTMLInputElement>();

  const pupil = pupils[Math.min(index, pupils.length - 1)];
  if (!pupil) return null;
  const template =
    templates.find((tpl) => tpl.id === templateId) ?? defaultTemplate(templates, getLanguage(), grades, onlyAbsence(pupil.risks));
  const context = drafting.context;
  const draft =
    edits[pupil.key] ?? (template && context ? draftFor(template, pupil, { ...context, term: term ?? context.term }, meeting) : EMPTY);
  const missing = blanksIn(`${draft.subject}\n${draft.body}`);
  const unsigned = context !== undefined && (missing.includes('{teacher}') || missing.includes('{school}'));
  const edit = (patch: Partial<Draft>) => setEdits((all) => ({ ...all, [pupil.key]: { ...draft, ...patch } }));
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

  const copy = async () => {
    const copied = await onCopy(draft.body);
    if (copied) setChannel('infomentor');
    announce(copied ? t('draftCopied') : t('draftCopyFailed'));
  };
  const print = () => {
    if (!context) return;
    try {
      onPrint(letterFor(draft, template?.lang ?? getLanguage(), context, now()));
      setChannel('brev');
    } catch {
      announce(t('draftPrintFailed'));
    }
  };

  return (
    <section class="form" aria-labelledby={`${id}-h`} onKeyDown={closeOnEscape(onClose)} data-insyn-draft>
      <h3 id={`${id}-h`}>{t('draftHeading', { whose: genitive(displayName(pupil.pupil)) })}</h3>
      {pupils.length > 1 && (
        <nav class="stepper" aria-label={t('draftStepperLabel')}>
          <button type="button" disabled={index === 0} onClick={() => setIndex(index - 1)}>
            {t('draftPrevious')}
          </button>
          <span>{t('draftStep', { n: index + 1, total: pupils.length })}</span>
          <button type="button" disabled={index >= pupils.length - 1} onClick={() => setIndex(index + 1)}>
            {t('draftNext')}
          </button>
        </nav>
      )}
      <p class="muted" data-insyn-draft-status>
        {pupil.risks.map((r) => `${r.subject}: ${statusText(r.view)}`).join(' · ')}
      </p>

      {drafting.status === 'loading' && <p class="muted">{t('draftLoadingTemplates')}</p>}
      {drafting.status === 'failed' && <p class="error">{t('draftNoTemplates')}</p>}
      {templates.length > 0 && (
        <>
          <label for={`${id}-template`}>{t('draftTemplate')}</label>
          <select
            id={`${id}-template`}
            ref={first}
            value={template?.id}
            onChange={(e) => restart(() => setTemplateId(e.currentTarget.value))}
          >
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
        value={meeting}
        onInput={(e) => restart(() => setMeeting(e.currentTarget.value))}
      />
      <label for={`${id}-subject`}>{t('draftSubject')}</label>
      <input id={`${id}-subject`} type="text" value={draft.subject} onInput={(e) => edit({ subject: e.currentTarget.value })} />
      <label for={`${id}-body`}>{t('draftBody')}</label>
      <textarea
        id={`${id}-body`}
        rows={10}
        value={draft.body}
        aria-describedby={missing.length > 0 ? `${id}-missing` : undefined}
        onInput={(e) => edit({ body: e.currentTarget.value })}
      />
      {missing.length > 0 && (
        <p id={`${id}-missing`} class="warning">
          {t('draftMissing', { placeholders: missing.join(', ') })}
        </p>
      )}
      {unsigned && context && <SignatureForm initial={context} onSave={sign} />}

      <div class="actions">
        <button type="button" class="primary" onClick={copy}>
          {t('draftCopy')}
        </button>
        <a class="button" href={mailtoUrl(draft)} onClick={() => setChannel('e-post')}>
          {t('draftEmail')}
        </a>
        <button type="button" onClick={print} disabled={!context}>
          {t('draftPrint')}
        </button>
        <button type="button" aria-expanded={logging} onClick={() => setLogging(!logging)}>
          {t('draftLog')}
        </button>
        <button type="button" class="quiet" onClick={onClose}>
          {t('pageClose')}
        </button>
      </div>
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
