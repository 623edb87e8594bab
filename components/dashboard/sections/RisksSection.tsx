import { useState } from 'preact/hooks';
import type { Column } from '@/components/common/DataTable';
import { Dialog } from '@/components/common/Dialog';
import { TextAreaField } from '@/components/common/Field';
import { usePaged, useReload, useSelection } from '@/components/common/hooks';
import type { RiskRow } from '@/utils/db/queries/risks';
import type { RiskStatus } from '@/utils/db/records';
import { formatDate, formatNumber, t, tCount } from '@/utils/i18n';
import type { RiskView } from '@/utils/messaging/protocol';
import { followUpText, statusText } from '@/utils/content/status-text';
import { useAsync } from '@/utils/ui/use-async';
import { FilterForm, type FilterSpec } from '../FilterForm';
import { RISK_STATUSES, riskStatusLabel } from '../labels';
import { useFilters } from '../use-filters';
import { PagedList } from './PagedList';
import { PupilFactsEditor } from './PupilFactsEditor';
import { saveEdit } from './save-edit';
import type { SectionProps } from './types';

type Decision = 'resolve' | 'dismiss';

/** Risks with filters; the teacher marks chosen risks resolved or "not at risk", always with a reason. */
export function RisksSection({ api, announce, fail }: SectionProps) {
  const { values, onChange, filter, key } = useFilters<RiskFilterValues>({ status: 'open', group: '', subject: '', text: '' });
  const [version, reload] = useReload();
  const choices = useAsync(() => Promise.all([api.groups(), api.subjects()]), []);
  const paged = usePaged((page) => api.listRisks(filter, page), key, version);
  const selection = useSelection(key);
  const rows = paged.state.status === 'done' ? paged.state.value.rows : [];
  const label = (row: RiskRow) => `${row.pupil?.name ?? row.pupilId}, ${row.subject}`;
  // Where telling the guardians stands for the rows shown: the outcome, not just the status.
  const views = useAsync(() => api.riskViews(rows.map((r) => r.id)), [rows.map((r) => r.id).join('\n'), version]);
  const viewOf = (id: string) => (views.status === 'done' ? views.value.find((v) => v.riskId === id) : undefined);
  const [editing, setEditing] = useState<RiskRow | null>(null);

  const { deciding, setDeciding, reason, setReason, decide } = useDecision({ api, announce, fail }, () => {
    selection.clear();
    reload();
  });

  const saveFacts = (row: RiskRow, patch: Parameters<typeof api.updatePupilFacts>[1]) =>
    saveEdit(
      { announce, fail },
      () => api.updatePupilFacts(row.pupilId, patch),
      t('dashPupilFactsSaved'),
      () => {
        setEditing(null);
        reload();
      },
    );

  const [groups, subjects] = choices.status === 'done' ? choices.value : [[], []];
  return (
    <>
      <FilterForm filters={riskFilters(groups, subjects)} values={values} onChange={onChange} />
      <DecideBar count={selection.selected.size} onDecide={setDeciding} />
      <PagedList
        paged={paged}
        caption={(page) => t('dashRisksCaption', { count: formatNumber(page.total) })}
        pagesLabel={t('dashRisksPages')}
        columns={riskColumns(viewOf, setEditing)}
        rowKey={(r) => r.id}
        empty={t('dashRisksEmpty')}
        selection={{ ...selection, rowLabel: (id) => t('dashSelectRow', { what: label(rows.find((r) => r.id === id)!) }) }}
      />
      {editing?.pupil && (
        <PupilFactsEditor pupil={editing.pupil} onCancel={() => setEditing(null)} onSave={(patch) => void saveFacts(editing, patch)} />
      )}
      {deciding && (
        <DecideDialog
          deciding={deciding}
          count={selection.selected.size}
          reason={reason}
          onReason={setReason}
          onConfirm={() => void decide([...selection.selected])}
          onCancel={() => setDeciding(null)}
        />
      )}
    </>
  );
}

/** Resolving or dismissing risks: which of the two is asked, the reason typed, and the decision sent. */
function useDecision({ api, announce, fail }: SectionProps, decided: () => void) {
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const [reason, setReason] = useState('');
  const decide = async (ids: string[]) => {
    try {
      const count = deciding === 'resolve' ? await api.resolveRisks(ids, reason.trim()) : await api.dismissRisks(ids, reason.trim());
      announce({ message: tCount(deciding === 'resolve' ? 'dashRisksResolved' : 'dashRisksDismissed', count) });
      setDeciding(null);
      setReason('');
      decided();
    } catch (error) {
      fail(error);
    }
  };
  return { deciding, setDeciding, reason, setReason, decide };
}

function DecideBar({ count, onDecide }: { count: number; onDecide: (decision: Decision) => void }) {
  return (
    <div class="bulk" role="group" aria-label={t('dashBulkLabel')}>
      <span>{t('dashSelectedCount', { count: formatNumber(count) })}</span>
      <button type="button" disabled={count === 0} onClick={() => onDecide('resolve')}>
        {t('dashRisksResolve')}
      </button>
      <button type="button" disabled={count === 0} onClick={() => onDecide('dismiss')}>
        {t('dashRisksDismiss')}
      </button>
    </div>
  );
}

/** The list's columns: where telling stands (`viewOf`), and the button that edits the pupil's facts. */
function riskColumns(viewOf: (id: string) => RiskView | undefined, onEdit: (row: RiskRow) => void): Column<RiskRow>[] {
  return [
    { id: 'pupil', header: t('dashColPupil'), cell: (r) => <PupilName row={r} /> },
    { id: 'group', header: t('dashColGroup'), cell: (r) => r.pupil?.group ?? '' },
    { id: 'subject', header: t('dashColSubject'), cell: (r) => r.subject },
    { id: 'term', header: t('dashColTerm'), cell: (r) => r.term },
    { id: 'evidence', header: t('dashColEvidence'), cell: (r) => r.evidence.join('; ') },
    { id: 'first', header: t('dashColFirstSeen'), cell: (r) => formatDate(r.firstSeen) },
    {
      id: 'status',
      header: t('dashColStatus'),
      cell: (r) => <RiskStatusCell row={r} view={viewOf(r.id)} />,
    },
    {
      id: 'facts',
      header: t('dashColGuardians'),
      cell: (r) =>
        r.pupil && (
          <button type="button" aria-label={t('dashPupilFactsFor', { pupil: r.pupil.name })} onClick={() => onEdit(r)}>
            {t('dashPupilFacts')}
          </button>
        ),
    },
  ];
}

type RiskFilterValues = {
  status: RiskStatus | '';
  group: string;
  subject: string;
  text: string;
};

/** The list's filters: the statuses as their domain list declares them, the groups and subjects stored. */
function riskFilters(groups: string[], subjects: string[]): FilterSpec<RiskFilterValues>[] {
  return [
    {
      key: 'status',
      id: 'risk-status',
      label: t('dashColStatus'),
      choices: RISK_STATUSES,
      choiceLabel: (s) => riskStatusLabel(s as RiskStatus),
    },
    { key: 'group', id: 'risk-group', label: t('dashColGroup'), choices: groups },
    { key: 'subject', id: 'risk-subject', label: t('dashColSubject'), choices: subjects },
    { key: 'text', id: 'risk-search', label: t('dashSearchPupil'), type: 'search' },
  ];
}

interface DecideDialogProps {
  deciding: Decision;
  count: number;
  reason: string;
  onReason: (reason: string) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Resolving or dismissing the chosen risks asks for the reason, always. */
function DecideDialog({ deciding, count, reason, onReason, onConfirm, onCancel }: DecideDialogProps) {
  return (
    <Dialog
      title={deciding === 'resolve' ? tCount('dashRisksResolveTitle', count) : t('dashRisksDismissTitle', { count: formatNumber(count) })}
      confirmLabel={t(deciding === 'resolve' ? 'dashRisksResolve' : 'dashRisksDismiss')}
      canConfirm={reason.trim().length > 0}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <TextAreaField
        id="risk-reason"
        label={t('dashRisksReason')}
        hint={t('dashRisksReasonHint')}
        required
        maxLength={500}
        rows={3}
        value={reason}
        onChange={onReason}
      />
    </Dialog>
  );
}

/** The pupil's name with the marks that change how to tell the guardians, wherever the pupil is shown. */
function PupilName({ row }: { row: RiskRow }) {
  const pupil = row.pupil;
  return (
    <>
      {pupil?.name ?? row.pupilId}
      {pupil?.protectedData && <span class="mark"> · {t('pageProtected')}</span>}
      {pupil?.interpreter && <span class="mark"> · {t('pageInterpreter', { language: pupil.interpreter })}</span>}
    </>
  );
}

/** "Öppen · Försökt 20 nov (telefon) · ej nådd · Nytt försök 21 nov": the status and how telling stands. */
function RiskStatusCell({ row, view }: { row: RiskRow; view?: RiskView }) {
  const told = view?.lastContact ? statusText(view) : undefined;
  const next = followUpText(view);
  return (
    <span data-status={row.status}>
      {riskStatusLabel(row.status)}
      {row.statusReason && ` — ${row.statusReason}`}
      {told && ` · ${told}`}
      {next && ` · ${next}`}
    </span>
  );
}
