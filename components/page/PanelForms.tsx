import type { ContactFlow, FlowState } from '@/utils/content/contact-flow';
import type { PupilAtRisk } from '@/utils/content/page-risks';
import type { Letter } from '@/utils/content/print-letter';
import { DismissForm } from './DismissForm';
import { DraftForm } from './DraftForm';
import { LogForm } from './LogForm';

export interface PanelFormsProps {
  state: FlowState;
  flow: ContactFlow;
  copy(text: string): Promise<boolean>;
  print(letter: Letter): void;
  now(): Date;
}

/** The open form of the contact flow, for the pupils it is about: draft, log or "Inte i risk". */
export function PanelForms({ state, flow, copy, print, now }: PanelFormsProps) {
  const { form, analysis } = state;
  const pupils: PupilAtRisk[] = form ? state.pupils.filter((p) => form.pupilKeys.includes(p.key)) : [];
  if (!form || pupils.length === 0) return null;
  const key = form.pupilKeys.join('\n');
  if (form.kind === 'draft')
    return (
      <DraftForm
        key={key}
        pupils={pupils}
        grades={analysis?.kind === 'grades'}
        term={analysis?.context.term}
        drafting={state.drafting}
        now={now}
        onCopy={copy}
        onPrint={print}
        onLog={flow.logContact}
        onSign={flow.saveSignature}
        announce={flow.announce}
        onClose={flow.closeForm}
      />
    );
  if (form.kind === 'log')
    return (
      <LogForm
        key={key}
        pupils={pupils}
        several={form.several}
        preset={form.preset}
        now={now}
        onSubmit={(keys, log) => flow.logContacts(keys, log)}
        onSaved={flow.closeForm}
        onClose={flow.closeForm}
      />
    );
  return <DismissForm key={key} pupils={pupils} onSubmit={(reason) => flow.dismiss(form.pupilKeys, reason)} onClose={flow.closeForm} />;
}
