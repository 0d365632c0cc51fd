// Every language edition must tell the same story: the same steps (same ids, figures, scenes, params), the same
// figures, and every interface string. A gap fails the build with the language and the key named, instead of a
// page that silently falls back to English or loses a deep link.

export interface EditionStep {
  id: string;
  figure: string;
  scene: string;
  params: unknown;
}

export interface Edition {
  lang: string;
  steps: EditionStep[];
  figures: { id: string; kind: string }[];
  ui: Record<string, string> | undefined;
}

/** Problems found comparing each edition with the reference edition (the first one, English). */
export function editionProblems(editions: readonly Edition[]): string[] {
  const [ref, ...others] = editions;
  if (!ref) return [];
  const problems: string[] = [];
  const refUi = Object.keys(ref.ui ?? {});
  for (const ed of [ref, ...others]) {
    if (!ed.ui) problems.push(`${ed.lang}: ui: no interface strings for this language in src/i18n/ui.ts`);
  }
  for (const ed of others) {
    const where = (key: string) => `${ed.lang}: ${key}`;
    const steps = new Map(ed.steps.map((s) => [s.id, s]));
    ref.steps.forEach((rs, i) => {
      const s = steps.get(rs.id);
      if (!s) return problems.push(`${where(`step "${rs.id}"`)}: missing (present in ${ref.lang})`);
      if (ed.steps[i]?.id !== rs.id) problems.push(`${where(`step "${rs.id}"`)}: out of order (position ${i + 1} in ${ref.lang})`);
      for (const field of ['figure', 'scene'] as const) {
        if (s[field] !== rs[field]) problems.push(`${where(`step "${rs.id}"`)}: ${field} is "${s[field]}", ${ref.lang} has "${rs[field]}"`);
      }
      if (JSON.stringify(s.params) !== JSON.stringify(rs.params)) {
        problems.push(`${where(`step "${rs.id}"`)}: params differ from ${ref.lang}`);
      }
    });
    const refStepIds = new Set(ref.steps.map((s) => s.id));
    for (const s of ed.steps) if (!refStepIds.has(s.id)) problems.push(`${where(`step "${s.id}"`)}: not in ${ref.lang}`);

    const figs = new Map(ed.figures.map((f) => [f.id, f]));
    for (const rf of ref.figures) {
      const f = figs.get(rf.id);
      if (!f) problems.push(`${where(`figure "${rf.id}"`)}: missing (present in ${ref.lang})`);
      else if (f.kind !== rf.kind) problems.push(`${where(`figure "${rf.id}"`)}: kind is "${f.kind}", ${ref.lang} has "${rf.kind}"`);
    }
    if (ed.ui) {
      for (const key of refUi) {
        if (!ed.ui[key]?.trim()) problems.push(`${where(`ui "${key}"`)}: missing interface string`);
      }
    }
  }
  return problems;
}
