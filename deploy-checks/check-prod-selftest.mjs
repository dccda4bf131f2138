// Proves that check-prod's rules can fail: each case breaks one thing in the rendered prod overlay (a copy in memory)
// and expects the named check to report it; with every placeholder set, the WARNING list must be empty. Exits 1 when
// a case goes unnoticed or the unchanged rendering does not pass.
// Usage: node check-prod-selftest.mjs RENDERED-PROD.yaml
import { parse as parseYaml, stringify } from "yaml";
import { CHECKS, placeholders } from "./check-prod.mjs";
import { loadDocuments } from "./validate-manifests.mjs";

const named = (docs, kind, name) => {
  const doc = docs.find((d) => d.kind === kind && (d.metadata?.name === name || d.metadata?.name?.startsWith(`${name}-`)));
  if (!doc) throw new Error(`no ${kind} ${name} in the rendering`);
  return doc;
};
const editCollectorConfig = (docs, edit) => {
  const cm = named(docs, "ConfigMap", "otel-collector-config");
  const config = parseYaml(cm.data["config.yaml"]);
  edit(config);
  cm.data["config.yaml"] = stringify(config);
};

// [what is broken, the check that must fail, the mutation]
const CASES = [
  ["spec.replicas put back on account-war beside its HPA", "Deployments run 3 or more replicas",
    (d) => { named(d, "Deployment", "account-war").spec.replicas = 3; }],
  ["HPA training-war minReplicas 2", "Deployments run 3 or more replicas",
    (d) => { named(d, "HorizontalPodAutoscaler", "training-war").spec.minReplicas = 2; }],
  ["the collector (no HPA) at 2 replicas", "Deployments run 3 or more replicas",
    (d) => { named(d, "Deployment", "otel-collector").spec.replicas = 2; }],
  ["the upload route without its header filter", "removes the client's trace context",
    (d) => { delete named(d, "HTTPRoute", "training-activity-upload").spec.rules[0].filters; }],
  ["the live route passing baggage", "removes the client's trace context",
    (d) => { named(d, "HTTPRoute", "interaction-live").spec.rules[0].filters[0].requestHeaderModifier.remove = ["traceparent", "tracestate"]; }],
  ["a WAR egress rule on 443/8080 without \"to\"", "NetworkPolicy egress",
    (d) => { named(d, "NetworkPolicy", "wars").spec.egress.push({ ports: [{ port: 443, protocol: "TCP" }, { port: 8080, protocol: "TCP" }] }); }],
  ["the collector's 0.0.0.0/0 keeping 169.254.0.0/16 open", "NetworkPolicy egress",
    (d) => {
      const block = named(d, "NetworkPolicy", "otel-collector").spec.egress.flatMap((r) => r.to ?? []).find((p) => p.ipBlock?.cidr === "0.0.0.0/0").ipBlock;
      block.except = block.except.filter((e) => e !== "169.254.0.0/16");
    }],
  ["a WAR route without sectionName (on every listener, plain HTTP included)", "attach to the HTTPS listener only",
    (d) => { delete named(d, "HTTPRoute", "account-api").spec.parentRefs[0].sectionName; }],
  ["a WAR route on the HTTP listener", "attach to the HTTPS listener only",
    (d) => { named(d, "HTTPRoute", "interaction-live").spec.parentRefs[0].sectionName = "http"; }],
  ["a route on the HTTP listener that does not redirect (the 404 route)", "its HTTP listener only redirects",
    (d) => { named(d, "HTTPRoute", "not-routed").spec.parentRefs.push({ name: "tempo", sectionName: "http" }); }],
  ["the https listener taking routes from All namespaces", "take routes from its own namespace",
    (d) => { named(d, "Gateway", "tempo").spec.listeners.find((l) => l.name === "https").allowedRoutes.namespaces.from = "All"; }],
  ["the http listener taking routes from a Selector {}", "take routes from its own namespace",
    (d) => { named(d, "Gateway", "tempo").spec.listeners.find((l) => l.name === "http").allowedRoutes.namespaces = { from: "Selector", selector: {} }; }],
  ["NetworkPolicy default-deny removed", "default-deny NetworkPolicy selects every pod",
    (d) => { d.splice(d.indexOf(named(d, "NetworkPolicy", "default-deny")), 1); }],
  ["default-deny for Ingress only", "default-deny NetworkPolicy selects every pod",
    (d) => { named(d, "NetworkPolicy", "default-deny").spec.policyTypes = ["Ingress"]; }],
  ["the WARs' policy admitting every source (ingress: [{}])", "WARs take ingress only from the Gateway's Envoy proxies",
    (d) => { named(d, "NetworkPolicy", "wars").spec.ingress = [{}]; }],
  ["the WARs admitting every pod of envoy-gateway-system", "WARs take ingress only from the Gateway's Envoy proxies",
    (d) => { delete named(d, "NetworkPolicy", "wars").spec.ingress[0].from[0].podSelector; }],
  ["the WARs admitting the proxies on 9443 too", "WARs take ingress only from the Gateway's Envoy proxies",
    (d) => { named(d, "NetworkPolicy", "wars").spec.ingress[0].ports.push({ port: 9443, protocol: "TCP" }); }],
  ["the collector's egress to namespaceSelector {} (every namespace)", "NetworkPolicy peers name their namespaces and pods",
    (d) => { named(d, "NetworkPolicy", "otel-collector").spec.egress[0].to.find((p) => p.namespaceSelector).namespaceSelector = {}; }],
  ["a WAR egress to podSelector {} (every pod of the namespace)", "NetworkPolicy peers name their namespaces and pods",
    (d) => { named(d, "NetworkPolicy", "wars").spec.egress.find((r) => r.to?.[0]?.podSelector?.matchLabels?.["app.kubernetes.io/name"] === "artemis").to[0].podSelector = {}; }],
  ["the broker admitting every source on 61616 (an ingress rule without from)", "NetworkPolicy peers name their namespaces and pods",
    (d) => { delete named(d, "NetworkPolicy", "artemis").spec.ingress[1].from; }],
  ["the WARs' SSO egress to ::/0 beside 0.0.0.0/0", "NetworkPolicy egress",
    (d) => {
      named(d, "NetworkPolicy", "wars").spec.egress.find((r) => r.to?.some((p) => p.ipBlock?.cidr === "0.0.0.0/0")).to
        .push({ ipBlock: { cidr: "::/0", except: ["fc00::/7", "fe80::/10"] } });
    }],
  ["TEMPO_DB_POOL_MAX 12", "database pools fit max_connections",
    (d) => { named(d, "ConfigMap", "tempo-config").data.TEMPO_DB_POOL_MAX = "12"; }],
  ["HPA account-war maxReplicas 16", "database pools fit max_connections",
    (d) => { named(d, "HorizontalPodAutoscaler", "account-war").spec.maxReplicas = 16; }],
  ["metric_expiration 2m", "forgets a moved WAR's series",
    (d) => editCollectorConfig(d, (c) => { c.exporters.prometheus.metric_expiration = "2m"; })],
  ["metric_expiration 10s", "forgets a moved WAR's series",
    (d) => editCollectorConfig(d, (c) => { c.exporters.prometheus.metric_expiration = "10s"; })],
];

function failing(docs) {
  return Object.entries(CHECKS).filter(([, check]) => check(docs).length > 0).map(([name]) => name);
}

const file = process.argv[2];
if (!file) {
  console.error("usage: node check-prod-selftest.mjs RENDERED-PROD.yaml");
  process.exit(2);
}
const rendered = loadDocuments(file);
let wrong = 0;
const before = failing(rendered);
if (before.length > 0) {
  wrong++;
  console.error(`FAIL the unchanged rendering already fails: ${before.join("; ")}`);
}
for (const [what, expected, mutate] of CASES) {
  const docs = structuredClone(rendered);
  mutate(docs);
  const failed = failing(docs);
  if (failed.some((name) => name.includes(expected))) console.log(`ok   caught: ${what}`);
  else {
    wrong++;
    console.error(`FAIL not caught: ${what} (expected "${expected}"; failing: ${failed.join("; ") || "none"})`);
  }
}
{
  const docs = structuredClone(rendered);
  named(docs, "ConfigMap", "tempo-config").data.TEMPO_SSO_ISSUER = "https://sso.corp.test/realms/tempo";
  const env = named(docs, "ConfigMap", "otel-collector-env");
  env.data.TRACES_BACKEND_ENDPOINT = "tempo-distributor.observability.svc:4317";
  env.data.TRACES_BACKEND_INSECURE = "false";
  for (const rule of named(docs, "NetworkPolicy", "database").spec.egress) {
    for (const peer of rule.to ?? []) if (peer.ipBlock) peer.ipBlock.cidr = "10.0.0.1/32";
  }
  for (const d of docs.filter((x) => x.kind === "Deployment" && x.metadata?.labels?.["app.kubernetes.io/component"] === "war")) {
    for (const c of [...(d.spec.template.spec.initContainers ?? []), ...d.spec.template.spec.containers]) c.image = `registry.corp.test/${c.image}`;
  }
  const left = placeholders(docs);
  if (left.length === 0 && placeholders(rendered).length > 0) console.log("ok   placeholders: warned about as rendered, none once set");
  else {
    wrong++;
    console.error(`FAIL placeholders: ${left.length} still warned about once set: ${left.join("; ")}`);
  }
}
const total = CASES.length + 2;
console.log(`check-prod-selftest: ${total - wrong} passed, ${wrong} failed`);
process.exit(wrong > 0 ? 1 : 0);
