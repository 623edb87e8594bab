/**
 * The one rule that names a stored code's label in public/_locales: `<vocabulary>_<code>`, hyphens as
 * underscores (browsers accept only [A-Za-z0-9_] in message names): `channel_e_post`,
 * `pageKind_group_assessment`, `riskStatus_open`. Every vocabulary is labelled by this rule, so
 * no label map restates a list (checklist kinds carry their labels in their rule, utils/checklist/rules/); tests/unit/domain/labels.test.ts checks each code has its label in sv and en.
 */
export type Underscored<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}_${Underscored<Tail>}` : S;

export type LabelKey<V extends string, C extends string> = `${V}_${Underscored<C>}`;

export function labelKey<V extends string, C extends string>(vocabulary: V, code: C): LabelKey<V, C> {
  return `${vocabulary}_${code.replaceAll('-', '_')}` as LabelKey<V, C>;
}
