// Validates a rendered overlay (kubectl kustomize output): every document against its kubernetes-models class, no
// field the schema does not know, and every metric the Grafana dashboards and PrometheusRules query is one Tempo emits.
// Usage: node validate-manifests.mjs RENDERED.yaml
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseAllDocuments } from "yaml";

// Model packages, most specific first: cloudnative-pg also ships monitoring.coreos.com classes.
const MODEL_PACKAGES = [
  "kubernetes-models",
  "@kubernetes-models/gateway-api",
  "@kubernetes-models/envoy-gateway",
  "@kubernetes-models/prometheus-operator",
  "@kubernetes-models/cloudnative-pg",
];

// What Tempo's WARs export through the collector's prometheus exporter (README, kustomize/README.md "Metrics").
export const TEMPO_METRICS = new Set([
  "http_server_request_duration_seconds_bucket",
  "http_server_request_duration_seconds_count",
  "http_server_request_duration_seconds_sum",
  "tempo_events_published_total",
  "tempo_events_consumed_total",
  "tempo_events_redelivered_total",
  "tempo_events_dead_lettered_total",
  "tempo_outbox_lag_seconds",
  "tempo_outbox_dead_rows",
  "tempo_dlq_depth",
  "tempo_live_connections",
]);
export const TEMPO_LABELS = new Set([
  "job", "instance", "le", "http_route", "http_request_method", "http_response_status_code",
  "event_type", "destination", "consumer", "outcome", "outbox", "queue",
]);

export function loadDocuments(file) {
  const text = readFileSync(file, "utf8");
  const docs = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors.map((e) => e.message).join("; ")}`);
    const value = doc.toJS();
    if (value !== null) docs.push(value);
  }
  return docs;
}

export const describe = (doc) => `${doc?.kind ?? "?"} ${doc?.metadata?.namespace ?? "-"}/${doc?.metadata?.name ?? "?"}`;

async function loadModelClasses() {
  const classes = new Map();
  for (const pkg of MODEL_PACKAGES) {
    const { exports } = JSON.parse(readFileSync(new URL(`./node_modules/${pkg}/package.json`, import.meta.url), "utf8"));
    const groupVersions = Object.keys(exports).filter((k) => /^\.\/(?:[^/*]+\/)?v\d+(?:(?:alpha|beta)\d+)?$/.test(k));
    for (const gv of groupVersions) {
      for (const cls of Object.values(await import(`${pkg}/${gv.slice(2)}`))) {
        if (typeof cls !== "function" || !cls.apiVersion || !cls.kind) continue;
        const key = `${cls.apiVersion}/${cls.kind}`;
        if (!classes.has(key)) classes.set(key, cls);
      }
    }
  }
  return classes;
}

// The models' validators are precompiled JSON-schema checks that ignore properties they do not know. Running one on
// a proxy of the document records which keys it looked up per object: a key present but never looked up is unknown
// to the schema. Objects whose keys the validator enumerates (maps, additionalProperties) or never reads (free-form
// objects) are not judged.
function tracked(value, path, records) {
  if (Array.isArray(value)) return value.map((item, i) => tracked(item, `${path}[${i}]`, records));
  if (value === null || typeof value !== "object") return value;
  const record = { path, keys: Object.keys(value), read: new Set(), enumerated: false };
  records.push(record);
  const copy = Object.fromEntries(record.keys.map((k) => [k, tracked(value[k], path ? `${path}.${k}` : k, records)]));
  return new Proxy(copy, {
    get(target, key, receiver) {
      if (typeof key === "string") record.read.add(key);
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      if (typeof key === "string") record.read.add(key);
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      record.enumerated = true;
      return Reflect.ownKeys(target);
    },
  });
}

// kustomize wraps a Secret's base64 at 76 columns; the API server's decoder skips the line breaks, the models' "byte"
// format does not
function asApiServerReadsIt(doc) {
  if (doc.kind !== "Secret" || !doc.data) return doc;
  const data = Object.fromEntries(Object.entries(doc.data).map(([k, v]) => [k, String(v).replace(/\r?\n/g, "")]));
  return { ...doc, data };
}

function unknownFields(cls, doc) {
  const records = [];
  cls.prototype.validate.call(tracked(doc, "", records));
  return records
    .filter((r) => !r.enumerated && r.read.size > 0)
    .flatMap((r) => r.keys.filter((k) => !r.read.has(k)).map((k) => (r.path ? `${r.path}.${k}` : k)));
}

const PROMQL_KEYWORDS = new Set(["by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or",
  "unless", "offset", "inf", "nan"]);

// Metric and label names of a PromQL expression (Grafana's $variables allowed). Not a parser: strings, matchers and
// ranges are cut out first, then every name not followed by "(" and not a keyword is a metric.
export function promqlNames(expr) {
  const labels = [];
  let rest = expr.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, '""');
  rest = rest.replace(/\{([^}]*)\}/g, (_, matchers) => {
    for (const m of matchers.matchAll(/([A-Za-z_][A-Za-z0-9_]*)\s*(?:=~|!~|!=|=)/g)) labels.push(m[1]);
    return " ";
  });
  rest = rest.replace(/\b(?:by|without|on|ignoring|group_left|group_right)\s*\(([^)]*)\)/g, (_, list) => {
    labels.push(...list.split(",").map((l) => l.trim()).filter(Boolean));
    return " ";
  });
  rest = rest.replace(/\[[^\]]*\]/g, " ").replace(/\$\{?\w+\}?/g, " ");
  const metrics = [];
  for (const m of rest.matchAll(/[A-Za-z_:][A-Za-z0-9_:]*/g)) {
    const before = rest[m.index - 1] ?? " ";
    if (/[0-9.]/.test(before)) continue;
    if (rest.slice(m.index + m[0].length).trimStart().startsWith("(")) continue;
    if (PROMQL_KEYWORDS.has(m[0].toLowerCase())) continue;
    metrics.push(m[0]);
  }
  return { metrics, labels };
}

function checkQuery(where, expr, problems) {
  const { metrics, labels } = promqlNames(expr);
  if (metrics.length === 0) problems.push(`${where}: no metric in "${expr}"`);
  for (const m of metrics) if (!TEMPO_METRICS.has(m)) problems.push(`${where}: metric ${m} is not one Tempo emits`);
  for (const l of labels) if (!TEMPO_LABELS.has(l)) problems.push(`${where}: label ${l} is not one Tempo's metrics carry`);
}

export function dashboardProblems(name, dashboard) {
  const problems = [];
  const vars = new Map((dashboard.templating?.list ?? []).map((v) => [v.name, v]));
  if (vars.get("datasource")?.type !== "datasource" || vars.get("datasource")?.query !== "prometheus") {
    problems.push(`${name}: no Prometheus datasource variable "datasource"`);
  }
  const job = vars.get("job");
  if (!job) problems.push(`${name}: no variable "job"`);
  for (const v of vars.values()) {
    if (v.type !== "query") continue;
    const query = typeof v.query === "string" ? v.query : v.query?.query ?? "";
    const selector = /^label_values\((.*),\s*(\w+)\)$/.exec(query.trim());
    if (!selector) problems.push(`${name}: variable ${v.name} is not label_values(selector, label): "${query}"`);
    else {
      checkQuery(`${name} variable ${v.name}`, selector[1], problems);
      if (!TEMPO_LABELS.has(selector[2])) problems.push(`${name}: variable ${v.name} reads unknown label ${selector[2]}`);
    }
  }
  const panels = (dashboard.panels ?? []).flatMap((p) => (p.type === "row" ? p.panels ?? [] : [p]));
  if (panels.length === 0) problems.push(`${name}: no panels`);
  const ids = new Set();
  for (const panel of panels) {
    const where = `${name} panel "${panel.title}"`;
    if (ids.has(panel.id)) problems.push(`${where}: id ${panel.id} is used twice`);
    ids.add(panel.id);
    if (panel.datasource?.uid !== "${datasource}") problems.push(`${where}: datasource is not \${datasource}`);
    if (!panel.targets?.length) problems.push(`${where}: no queries`);
    for (const t of panel.targets ?? []) {
      if (t.datasource && t.datasource.uid !== "${datasource}") problems.push(`${where}: query ${t.refId} has its own datasource`);
      checkQuery(`${where} query ${t.refId}`, t.expr ?? "", problems);
    }
  }
  return problems;
}

function monitoringProblems(docs) {
  const problems = [];
  for (const doc of docs) {
    if (doc.kind === "PrometheusRule") {
      for (const group of doc.spec?.groups ?? []) {
        for (const rule of group.rules ?? []) {
          checkQuery(`${describe(doc)} ${rule.alert ?? rule.record}`, String(rule.expr ?? ""), problems);
        }
      }
    }
    if (doc.kind === "ConfigMap" && doc.metadata?.labels?.grafana_dashboard) {
      for (const [key, text] of Object.entries(doc.data ?? {})) {
        let dashboard;
        try {
          dashboard = JSON.parse(text);
        } catch (e) {
          problems.push(`${describe(doc)} ${key}: not JSON: ${e.message}`);
          continue;
        }
        problems.push(...dashboardProblems(`${describe(doc)} ${key}`, dashboard));
      }
    }
  }
  return problems;
}

export async function validate(docs) {
  const classes = await loadModelClasses();
  const problems = [];
  const seen = new Set();
  for (const doc of docs) {
    const name = describe(doc);
    if (typeof doc?.apiVersion !== "string" || typeof doc?.kind !== "string" || !doc?.metadata?.name) {
      problems.push(`${name}: apiVersion, kind and metadata.name are required`);
      continue;
    }
    const identity = `${doc.apiVersion}/${name}`;
    if (seen.has(identity)) problems.push(`${name}: appears twice`);
    seen.add(identity);
    const cls = classes.get(`${doc.apiVersion}/${doc.kind}`);
    if (!cls) {
      problems.push(`${name}: no model for ${doc.apiVersion} ${doc.kind} (unknown apiVersion/kind)`);
      continue;
    }
    const subject = asApiServerReadsIt(doc);
    try {
      new cls(subject).validate();
    } catch (e) {
      problems.push(`${name}: ${e.message}`);
      continue;
    }
    for (const field of unknownFields(cls, subject)) problems.push(`${name}: unknown field ${field}`);
  }
  problems.push(...monitoringProblems(docs));
  return problems;
}

async function main() {
  const file = process.argv[2];
  if (!file) {
    console.error("usage: node validate-manifests.mjs RENDERED.yaml");
    process.exit(2);
  }
  const docs = loadDocuments(file);
  if (docs.length === 0) {
    console.error(`FAIL ${file}: no documents`);
    process.exit(1);
  }
  const problems = await validate(docs);
  for (const p of problems) console.error(`FAIL ${p}`);
  const kinds = new Set(docs.map((d) => d.kind)).size;
  if (problems.length > 0) {
    console.error(`validate-manifests: ${file}: ${problems.length} problem(s) in ${docs.length} documents`);
    process.exit(1);
  }
  console.log(`validate-manifests: ${file}: ${docs.length} documents of ${kinds} kinds valid, no unknown fields, metrics known`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
