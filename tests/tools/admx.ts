import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import en from '../../public/_locales/en/messages.json';
import sv from '../../public/_locales/sv/messages.json';
import { CHECKLIST_SETTING_FIELDS } from '../../utils/checklist/registry';
import { MANAGED_ONLY_SCHEMAS } from '../../utils/settings/managed';
import { managedSchema, type ManagedSchemaNode } from '../../utils/settings/managed-schema';
import { SettingsSchema } from '../../utils/settings/schema';

/**
 * Group Policy templates (ADMX, with ADML in Swedish and English) for Insyn's managed settings in Chrome and
 * Edge on Windows, made from the managed schema so every setting is in them: `npm run admx` writes
 * docs/deployment/admx/, and tests/unit/deployment/admx.test.ts fails when the files there are not what this
 * makes. Chrome reads an extension's policy from `…\3rdparty\extensions\<id>\policy`: an object is a subkey,
 * an integer or boolean a REG_DWORD, a string a REG_SZ, and a list (or an object without fixed fields) a REG_SZ
 * holding JSON. Each value is its own policy, so IT sets only what the school decides and "Not configured"
 * gives the teacher her own value back.
 */

export const BROWSERS = {
  chrome: { product: 'Google Chrome', root: 'Software\\Policies\\Google\\Chrome', namespace: 'Insyn.Policies.Chrome' },
  edge: { product: 'Microsoft Edge', root: 'Software\\Policies\\Microsoft\\Edge', namespace: 'Insyn.Policies.Edge' },
} as const;
export type Browser = keyof typeof BROWSERS;
export const ADML_LANGUAGES = { 'sv-SE': sv, 'en-US': en } as const;

type Catalogue = Record<string, { message: string }>;
type Words = { sv: string; en: string };

/** One registry value: where it is below the policy key, and how Group Policy edits it. */
export interface AdmxPolicy {
  /** The setting's path, "terms.ht.start"; its last part is the registry value's name. */
  path: string;
  element: 'text' | 'json' | 'decimal' | 'boolean';
  min?: number;
  max?: number;
  maxLength?: number;
}

type JsonSchema = { properties?: Record<string, JsonSchema>; minimum?: number; maximum?: number; maxLength?: number };

const jsonSchemaOf = () => {
  const settings = z.toJSONSchema(SettingsSchema, { io: 'input' }) as JsonSchema;
  const only = Object.fromEntries(
    Object.entries(MANAGED_ONLY_SCHEMAS).map(([key, schema]) => [key, z.toJSONSchema(schema, { io: 'input' }) as JsonSchema]),
  );
  return { properties: { ...settings.properties, ...only } } as JsonSchema;
};

/** Every value a policy can set, in the managed schema's order. */
export function admxPolicies(schema: ManagedSchemaNode = managedSchema()): AdmxPolicy[] {
  const json = jsonSchemaOf();
  const walk = (node: ManagedSchemaNode, path: string[], limits: JsonSchema | undefined): AdmxPolicy[] => {
    if (node.type === 'object' && Object.keys(node.properties ?? {}).length > 0) {
      return Object.entries(node.properties!).flatMap(([key, inner]) => walk(inner, [...path, key], limits?.properties?.[key]));
    }
    const at = path.join('.');
    if (node.type === 'boolean') return [{ path: at, element: 'boolean' }];
    if (node.type === 'integer' || node.type === 'number')
      return [{ path: at, element: 'decimal', min: limits?.minimum ?? 0, max: limits?.maximum }];
    if (node.type === 'string') return [{ path: at, element: 'text', maxLength: limits?.maxLength ?? 1023 }];
    return [{ path: at, element: 'json', maxLength: 32767 }];
  };
  return walk(schema, [], json);
}

const catalogueKeys: Record<string, keyof typeof sv> = {
  school: 'dashSettingsSchool',
  municipality: 'dashSettingsMunicipality',
  'terms.ht.start': 'dashSettingsHtStart',
  'terms.ht.end': 'dashSettingsHtEnd',
  'terms.vt.start': 'dashSettingsVtStart',
  'terms.vt.end': 'dashSettingsVtEnd',
  'terms.breaks': 'dashSettingsBreaks',
  roles: 'dashSettingsRoles',
  'risk.levelNotReached': 'dashRiskRuleLevel',
  'risk.gradeF': 'dashRiskRuleGradeF',
  'risk.gradeDash': 'dashRiskRuleGradeDash',
  'risk.commentPhrases': 'dashRiskRuleComment',
  'risk.fInFinishedSubject': 'dashRiskRuleFinished',
  retentionMonths: 'dashSettingsRetention',
  protectedDataRoutine: 'dashSettingsProtectedRoutine',
  pseudonymiseExports: 'dashSettingsExportPseudonymise',
};

/** Settings the form does not show, named here. */
const OWN_WORDS: Record<string, Words> = {
  staleFileDays: {
    sv: 'Rektorsvyn: en lärares fil räknas som gammal efter (dagar)',
    en: "Principal's view: a teacher's file counts as old after (days)",
  },
  templates: { sv: 'Skolans meddelandemallar (JSON-lista)', en: "The school's message templates (JSON list)" },
  recipes: { sv: 'Skolans sidrecept (JSON-lista)', en: "The school's page recipes (JSON list)" },
  lockRequired: { sv: 'Lås för delad dator krävs', en: 'The lock for shared computers is required' },
  lockIdleMinutes: {
    sv: 'Låset stängs efter (minuter utan användning)',
    en: 'The lock closes after (minutes without use)',
  },
};

/** What Group Policy Editor calls the setting: the settings form's own words, so IT and teachers read the same. */
export function policyLabel(path: string, lang: 'sv' | 'en'): string {
  const key = catalogueKeys[path];
  if (key) return (lang === 'sv' ? (sv as Catalogue) : (en as Catalogue))[key]!.message;
  const field = CHECKLIST_SETTING_FIELDS.find((f) => 'path' in f && f.path === path);
  if (field && 'label' in field) return field.label[lang];
  const own = OWN_WORDS[path];
  if (own) return own[lang];
  throw new Error(`admx: no words for the policy ${path}`);
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** A Group Policy name: letters and digits only. */
export const policyName = (path: string) => `insyn_${path.replace(/\./g, '_')}`;
const CATEGORY = (top: string) => `insyn_cat_${top}`;

/** The groups of settings with more than one value (terms, rules, risk) get a folder of their own; the rest sit in Insyn's. */
const groupsOf = (policies: readonly AdmxPolicy[]) => {
  const tops = policies.map((p) => p.path.split('.')[0]!);
  return [...new Set(tops.filter((top, i) => tops.indexOf(top) !== i))];
};
const categoryOf = (path: string, groups: readonly string[]) => {
  const top = path.split('.')[0]!;
  return groups.includes(top) ? CATEGORY(top) : 'insyn';
};

/** The registry key of a policy's value: the extension's policy key and the setting's groups as subkeys. */
export function policyKey(browser: Browser, id: string, path: string): string {
  const groups = path.split('.').slice(0, -1);
  return [`${BROWSERS[browser].root}\\3rdparty\\extensions\\${id}\\policy`, ...groups].join('\\');
}

function policyXml(browser: Browser, id: string, policy: AdmxPolicy, groups: readonly string[]): string {
  const name = policyName(policy.path);
  const valueName = policy.path.split('.').at(-1)!;
  const attrs = `name="${name}" class="Both" displayName="$(string.${name})" explainText="$(string.${name}_Explain)" key="${xml(policyKey(browser, id, policy.path))}"`;
  const parent = `      <parentCategory ref="${categoryOf(policy.path, groups)}" />\n      <supportedOn ref="SUPPORTED_INSYN" />\n`;
  if (policy.element === 'boolean') {
    return `    <policy ${attrs} valueName="${valueName}">\n${parent}      <enabledValue><decimal value="1" /></enabledValue>\n      <disabledValue><decimal value="0" /></disabledValue>\n    </policy>\n`;
  }
  const element =
    policy.element === 'decimal'
      ? `<decimal id="${name}" valueName="${valueName}" minValue="${policy.min}"${policy.max === undefined ? '' : ` maxValue="${policy.max}"`} />`
      : `<text id="${name}" valueName="${valueName}" maxLength="${policy.maxLength}" />`;
  return `    <policy ${attrs} presentation="$(presentation.${name})">\n${parent}      <elements>\n        ${element}\n      </elements>\n    </policy>\n`;
}

export function admx(browser: Browser, id: string, policies = admxPolicies()): string {
  const tops = groupsOf(policies);
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- Made by tests/tools/admx.ts from Insyn's managed schema (npm run admx); do not edit by hand. -->
<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">
  <policyNamespaces>
    <target prefix="insyn" namespace="${BROWSERS[browser].namespace}" />
  </policyNamespaces>
  <resources minRequiredRevision="1.0" />
  <supportedOn>
    <definitions>
      <definition name="SUPPORTED_INSYN" displayName="$(string.SUPPORTED_INSYN)" />
    </definitions>
  </supportedOn>
  <categories>
    <category name="insyn" displayName="$(string.insyn)" explainText="$(string.insyn_Explain)" />
${tops.map((top) => `    <category name="${CATEGORY(top)}" displayName="$(string.${CATEGORY(top)})">\n      <parentCategory ref="insyn" />\n    </category>\n`).join('')}  </categories>
  <policies>
${policies.map((p) => policyXml(browser, id, p, tops)).join('')}  </policies>
</policyDefinitions>
`;
}

const ADML_WORDS = {
  sv: {
    title: (product: string) => `Insyn i ${product}`,
    about:
      'Skolans inställningar för tillägget Insyn (docs/deployment.md). Varje inställning som sätts här är låst för lärarna och märkt "Satt av skolan"; "Inte konfigurerad" ger läraren hennes eget värde tillbaka.',
    supported: (product: string) => `${product} med Insyn installerat`,
    explain: (path: string, element: AdmxPolicy['element']) =>
      `Insyns inställning ${path}.` + (element === 'json' ? ' Värdet är JSON, som i docs/deployment/managed-settings.json.' : ''),
    groups: { terms: 'Terminer', rules: 'När saker ska vara gjorda', risk: 'Vad räknas som risk' } as Record<string, string>,
  },
  en: {
    title: (product: string) => `Insyn in ${product}`,
    about:
      'The school\'s settings for the Insyn extension (docs/deployment.md). Each setting set here is locked for teachers and marked "Set by the school"; "Not configured" gives the teacher her own value back.',
    supported: (product: string) => `${product} with Insyn installed`,
    explain: (path: string, element: AdmxPolicy['element']) =>
      `Insyn's setting ${path}.` + (element === 'json' ? ' The value is JSON, as in docs/deployment/managed-settings.json.' : ''),
    groups: { terms: 'Terms', rules: 'When things are due', risk: 'What counts as a risk' } as Record<string, string>,
  },
};

export function adml(browser: Browser, lang: 'sv' | 'en', policies = admxPolicies()): string {
  const words = ADML_WORDS[lang];
  const product = BROWSERS[browser].product;
  const tops = groupsOf(policies);
  const string = (id: string, text: string) => `      <string id="${id}">${xml(text)}</string>\n`;
  const strings = [
    string('insyn', words.title(product)),
    string('insyn_Explain', words.about),
    string('SUPPORTED_INSYN', words.supported(product)),
    ...tops.map((top) => string(CATEGORY(top), words.groups[top]!)),
    ...policies.flatMap((p) => [
      string(policyName(p.path), policyLabel(p.path, lang)),
      string(`${policyName(p.path)}_Explain`, words.explain(p.path, p.element)),
    ]),
  ];
  const presentations = policies
    .filter((p) => p.element !== 'boolean')
    .map((p) => {
      const name = policyName(p.path);
      const label = xml(policyLabel(p.path, lang));
      const control =
        p.element === 'decimal'
          ? `<decimalTextBox refId="${name}">${label}</decimalTextBox>`
          : `<textBox refId="${name}"><label>${label}</label></textBox>`;
      return `      <presentation id="${name}">\n        ${control}\n      </presentation>\n`;
    });
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- Made by tests/tools/admx.ts from Insyn's managed schema (npm run admx); do not edit by hand. -->
<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">
  <displayName>${xml(words.title(product))}</displayName>
  <description>${xml(words.about)}</description>
  <resources>
    <stringTable>
${strings.join('')}    </stringTable>
    <presentationTable>
${presentations.join('')}    </presentationTable>
  </resources>
</policyDefinitionResources>
`;
}

export const ADMX_DIR = 'docs/deployment/admx';

/** The files of docs/deployment/admx/, as Windows' PolicyDefinitions folder holds them. */
export function admxFiles(id: string): Record<string, string> {
  const policies = admxPolicies();
  return Object.fromEntries(
    (Object.keys(BROWSERS) as Browser[]).flatMap((browser) => [
      [`${ADMX_DIR}/insyn-${browser}.admx`, admx(browser, id, policies)],
      ...(Object.keys(ADML_LANGUAGES) as Array<keyof typeof ADML_LANGUAGES>).map((folder) => [
        `${ADMX_DIR}/${folder}/insyn-${browser}.adml`,
        adml(browser, folder.slice(0, 2) as 'sv' | 'en', policies),
      ]),
    ]),
  );
}

if (process.argv[1]?.endsWith('admx.ts')) {
  const { chromeExtensionId } = await import('./extension-id');
  const { manifestFor } = await import('../unit/manifest/manifest-for');
  for (const [file, text] of Object.entries(admxFiles(chromeExtensionId(String(manifestFor('chrome').key))))) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
}
