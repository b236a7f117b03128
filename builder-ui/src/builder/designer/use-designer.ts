/**
 * The designer's state: the design read from the definition's form, the problems of the current
 * design, and `apply(edit)`. A design with problems is kept here and shown with its errors, but
 * not written into the definition (an invalid combination never reaches the saved form); once
 * it is valid again the form is written. A form changed elsewhere (JSON view, discard) is re-read.
 */
import { createContext, useContext, useMemo, useRef, useState } from 'react';
import type { FormDesign } from '../../../../functions/core/designer/design-types';
import { formToDesign } from '../../../../functions/core/designer/read-design';
import { type DesignProblem, validateDesign } from '../../../../functions/core/designer/validate-design';
import { designToForm } from '../../../../functions/core/designer/write-design';
import type { Procedure } from '../../../../functions/core/types';
import { registry } from '../../catalog-context';

export interface Designer {
  design: FormDesign;
  problems: DesignProblem[];
  procedure: Procedure;
  readOnly: boolean;
  apply(edit: (d: FormDesign) => FormDesign): void;
}

const sources = (registry.sources ?? []).map((s) => ({
  id: s.id,
  attributes: ((s as { attributes?: { name: string }[] }).attributes ?? []).map((a) => ({ name: a.name })),
}));

export function useDesignerState(
  definition: Procedure,
  onChange: (next: Procedure) => void,
  readOnly: boolean,
): Designer {
  const written = useRef<Procedure['form'] | undefined>(undefined);
  const [state, setState] = useState<{ form: Procedure['form']; design: FormDesign }>(() => ({
    form: definition.form,
    design: formToDesign(definition.form),
  }));
  let design = state.design;
  if (definition.form !== state.form && definition.form !== written.current) {
    // Changed outside the designer: read it again (during render, so no stale frame is shown).
    design = formToDesign(definition.form);
    setState({ form: definition.form, design });
  }
  const ctx = useMemo(
    () => ({ sources, derived: (definition.derived ?? []).map((d) => d.name) }),
    [definition.derived],
  );
  // The design an edit made was checked when it was applied: the render that shows it reuses that.
  const checked = useRef<{ design: FormDesign; ctx: typeof ctx; problems: DesignProblem[] } | null>(null);
  const check = (d: FormDesign) => {
    const last = checked.current;
    if (last && last.design === d && last.ctx === ctx) return last.problems;
    const problems = validateDesign(d, ctx);
    checked.current = { design: d, ctx, problems };
    return problems;
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: check only reads design and ctx
  const problems = useMemo(() => check(design), [design, ctx]);
  const apply = (edit: (d: FormDesign) => FormDesign) => {
    if (readOnly) return;
    const next = edit(design);
    if (next === design) return;
    const nextProblems = check(next);
    if (nextProblems.length === 0) {
      const form = designToForm(next);
      written.current = form;
      setState({ form, design: next });
      onChange({ ...definition, form });
    } else setState({ form: state.form, design: next });
  };
  return { design, problems, procedure: definition, readOnly, apply };
}

export const DesignerContext = createContext<Designer | null>(null);

export function useDesigner(): Designer {
  const d = useContext(DesignerContext);
  if (!d) throw new Error('useDesigner outside the form designer');
  return d;
}
