// Production rules for the rendered prod overlay, beyond what the schemas say. Every check prints ok or FAIL with
// what broke it; any FAIL exits 1. Then a WARNING list of the placeholders an operator must still set: a warning,
// not a failure (the repository's own prod overlay has them by design).
// Usage: node check-prod.mjs RENDERED-PROD.yaml   (check-prod-selftest.mjs proves each new rule can fail)
import { pathToFileURL } from "node:url";
import { parse as parseYaml } from "yaml";
import { describe, loadDocuments } from "./validate-manifests.mjs";

const WAR_SERVICES = { "/api/v1/account": "account-war", "/api/v1/training": "training-war", "/api/v1/interaction": "interaction-war" };
// where a request must land: a WAR's Service, or nowhere (a direct response, never a backend)
const ROUTING = [
  ["/api/v1/account/me", "account-war"],
  ["/api/v1/training/trainings/0b7e8f0e/activity", "training-war"],
  ["/api/v1/training/sync", "training-war"],
  ["/api/v1/interaction/live", "interaction-war"],
  ["/api/v1/interaction/live/socket", "interaction-war"],
  ["/api/v1/interaction/notifications", "interaction-war"],
  ["/api/v1/account/sso-keys", null],
  ["/api/v1/training/sso-keys", null],
  ["/api/v1/interaction/sso-keys", null],
  ["/health", null],
  ["/health/ready", null],
  ["/metrics", null],
  ["/openapi", null],
  ["/", null],
];
// a client's W3C trace context: never passed to a WAR (the Gateway's routes remove it)
const TRACE_HEADERS = ["traceparent", "tracestate", "baggage"];
// addresses an egress rule to "anywhere" must leave out: pods, nodes, Services and cloud metadata live there
const PRIVATE_RANGES = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "169.254.0.0/16"];
// a WAR pool's size when tempo-config does not set TEMPO_DB_POOL_MAX (README "Configuration")
const DEFAULT_DB_POOL_MAX = 20;
// connections max_connections must keep beyond the WARs' pools: superuser slots, CloudNativePG, operators
const DB_RESERVE = 30;
const SECRET_NAME = /passw(or)?d|secret|token|credential|api[_-]?key|private[_-]?key/i;
const SECRET_VALUE = /local-only|-----BEGIN|^eyJ[\w-]+\.[\w-]+\./;

const podTemplates = (docs) => docs
  .filter((d) => ["Deployment", "StatefulSet", "DaemonSet", "Job"].includes(d.kind))
  .map((d) => ({ doc: d, pod: d.spec?.template?.spec ?? {}, labels: d.spec?.template?.metadata?.labels ?? {} }));
const containersOf = (pod) => [...(pod.initContainers ?? []), ...(pod.containers ?? [])];
const isWar = (doc) => doc.metadata?.labels?.["app.kubernetes.io/component"] === "war";
const selects = (selector, labels) => Boolean(selector?.matchLabels) && !selector.matchExpressions
  && Object.entries(selector.matchLabels).every(([k, v]) => labels[k] === v);

function imageProblems(where, image) {
  if (typeof image !== "string" || image === "") return [`${where}: no image`];
  if (image.includes("@sha256:")) return [];
  const lastSlash = image.lastIndexOf("/");
  const colon = image.lastIndexOf(":");
  if (colon <= lastSlash) return [`${where}: image ${image} has neither tag nor digest`];
  const tag = image.slice(colon + 1);
  return tag === "latest" ? [`${where}: image ${image} uses the tag latest`] : [];
}

function pathMatches(match, path) {
  const type = match.path?.type ?? "PathPrefix";
  const value = match.path?.value ?? "/";
  if (type === "Exact") return path === value;
  if (type === "RegularExpression") return new RegExp(`^(?:${value})$`).test(path);
  const prefix = value.replace(/\/$/, "");
  return prefix === "" || path === prefix || path.startsWith(`${prefix}/`);
}

// Envoy Gateway's order: Exact, then regular expressions, then the longest prefix
function precedence(match) {
  const type = match.path?.type ?? "PathPrefix";
  if (type === "Exact") return [2, 0];
  if (type === "RegularExpression") return [1, 0];
  return [0, (match.path?.value ?? "/").length];
}

function route(routes, path) {
  let best = null;
  for (const r of routes) {
    for (const rule of r.spec?.rules ?? []) {
      for (const match of rule.matches?.length ? rule.matches : [{}]) {
        if (match.method || match.headers || match.queryParams || !pathMatches(match, path)) continue;
        const rank = precedence(match);
        if (!best || rank[0] > best.rank[0] || (rank[0] === best.rank[0] && rank[1] > best.rank[1])) best = { rank, rule, route: r };
      }
    }
  }
  return best;
}

const hpaFor = (docs, deployment) => docs.find((d) => d.kind === "HorizontalPodAutoscaler"
  && d.spec?.scaleTargetRef?.kind === "Deployment" && d.spec.scaleTargetRef.name === deployment.metadata.name);
const configMap = (docs, name) => docs.find((d) => d.kind === "ConfigMap"
  && (d.metadata?.name === name || d.metadata?.name?.startsWith(`${name}-`)));
const warServices = (docs) => new Set(docs.filter((d) => d.kind === "Service" && isWar(d)).map((d) => d.metadata.name));

// "15s", "2m", "1m30s", "500ms" (Go's durations, as the collector reads them) in milliseconds; NaN otherwise
function durationMs(text) {
  const parts = [...String(text).matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join("") !== String(text)) return NaN;
  const unit = { ms: 1, s: 1000, m: 60000, h: 3600000 };
  return parts.reduce((sum, [, n, u]) => sum + Number(n) * unit[u], 0);
}

const ipv4 = (address) => address.split(".").reduce((n, octet) => n * 256 + Number(octet), 0);
// whether CIDR inner lies within CIDR outer (IPv4 only)
function cidrWithin(inner, outer) {
  const [ia, ib] = inner.split("/");
  const [oa, ob] = outer.split("/");
  if (!/^[\d.]+$/.test(ia) || !/^[\d.]+$/.test(oa) || Number(ib) < Number(ob)) return false;
  const size = 2 ** (32 - Number(ob));
  return Math.floor(ipv4(ia) / size) === Math.floor(ipv4(oa) / size);
}

// the Gateway API's routes (HTTPRoute, GRPCRoute, ...): what attaches to a Gateway's listeners
const gatewayRoutes = (docs) => docs.filter((d) => /Route$/.test(d.kind ?? "") && String(d.apiVersion).startsWith("gateway.networking.k8s.io/"));
const refIsGateway = (ref) => (ref.group ?? "gateway.networking.k8s.io") === "gateway.networking.k8s.io" && (ref.kind ?? "Gateway") === "Gateway";
// the listeners of gateway that one parentRef of route attaches to: sectionName and port narrow them; a ref with
// neither attaches to every listener, plain HTTP included
const attachedListeners = (route, ref, gateway) => refIsGateway(ref) && ref.name === gateway.metadata?.name
  && (ref.namespace ?? route.metadata?.namespace) === gateway.metadata?.namespace
  ? (gateway.spec?.listeners ?? []).filter((l) => (!ref.sectionName || l.name === ref.sectionName) && (ref.port === undefined || l.port === ref.port))
  : [];
const isHttpsListener = (l) => l.protocol === "HTTPS" && (l.tls?.mode ?? "Terminate") === "Terminate" && (l.tls?.certificateRefs ?? []).length > 0;
const attachedToHttps = (route, gateway) => (route.spec?.parentRefs ?? []).some((ref) =>
  attachedListeners(route, ref, gateway).some(isHttpsListener));
// a route whose every rule answers with a redirect to https and has no backend
const onlyRedirects = (route) => (route.spec?.rules ?? []).length > 0 && route.spec.rules.every((rule) => !(rule.backendRefs ?? []).length
  && (rule.filters ?? []).some((f) => f.type === "RequestRedirect" && f.requestRedirect?.scheme === "https"));
const reachesWar = (route, wars) => (route.spec?.rules ?? []).some((rule) => (rule.backendRefs ?? []).some((b) =>
  (b.kind ?? "Service") === "Service" && (b.group ?? "") === "" && wars.has(b.name)));

// label selectors: an empty one selects everything; one "restricts" when a label must be present with given values
const isEmptySelector = (s) => Boolean(s) && Object.keys(s.matchLabels ?? {}).length === 0 && (s.matchExpressions ?? []).length === 0;
const restricts = (s) => Boolean(s) && (Object.keys(s.matchLabels ?? {}).length > 0 || (s.matchExpressions ?? []).some((e) => e.operator === "In"));
const policyTypes = (p) => p.spec?.policyTypes ?? ["Ingress", ...(p.spec?.egress ? ["Egress"] : [])];
const policySelects = (policy, pod) => (policy.metadata?.namespace ?? "") === pod.namespace
  && (isEmptySelector(policy.spec?.podSelector) || selects(policy.spec?.podSelector, pod.labels));
// every pod the render makes: pod templates, and CloudNativePG's instances (their labels: cnpg.io/cluster and inheritedMetadata)
const renderedPods = (docs) => [
  ...podTemplates(docs).map(({ doc, labels }) => ({ doc, labels, namespace: doc.metadata?.namespace ?? "" })),
  ...docs.filter((d) => d.kind === "Cluster" && d.apiVersion?.startsWith("postgresql.cnpg.io/")).map((d) => ({
    doc: d, namespace: d.metadata?.namespace ?? "", labels: { ...(d.spec?.inheritedMetadata?.labels ?? {}), "cnpg.io/cluster": d.metadata.name } })),
];

export const CHECKS = {
  // An autoscaled Deployment with spec.replicas is reset to that number by every apply: its HPA alone sets the count.
  "Deployments run 3 or more replicas (an autoscaled one: HPA minReplicas 3 or more, no spec.replicas)"(docs) {
    return docs.filter((d) => d.kind === "Deployment").flatMap((d) => {
      const hpa = hpaFor(docs, d);
      if (!hpa) return (d.spec?.replicas ?? 1) >= 3 ? [] : [`${describe(d)}: replicas ${d.spec?.replicas ?? 1}`];
      const problems = [];
      if (d.spec?.replicas !== undefined) {
        problems.push(`${describe(d)}: spec.replicas ${d.spec.replicas} although ${describe(hpa)} scales it (each apply resets the count)`);
      }
      if (!(hpa.spec?.minReplicas >= 3)) problems.push(`${describe(hpa)}: minReplicas ${hpa.spec?.minReplicas ?? 1}`);
      return problems;
    });
  },
  "every container has startup, liveness and readiness probes"(docs) {
    return podTemplates(docs).flatMap(({ doc, pod }) => (pod.containers ?? []).flatMap((c) =>
      ["startupProbe", "livenessProbe", "readinessProbe"].filter((p) => !c[p]).map((p) => `${describe(doc)} ${c.name}: no ${p}`)));
  },
  "every WAR has a PodDisruptionBudget"(docs) {
    const pdbs = docs.filter((d) => d.kind === "PodDisruptionBudget");
    return docs.filter((d) => d.kind === "Deployment" && isWar(d)).flatMap((d) => {
      const labels = d.spec.template.metadata.labels;
      const mine = pdbs.filter((p) => selects(p.spec?.selector, labels));
      if (mine.length === 0) return [`${describe(d)}: no PodDisruptionBudget selects its pods`];
      return mine.filter((p) => !(p.spec.minAvailable >= 2 || p.spec.maxUnavailable === 1))
        .map((p) => `${describe(p)}: neither minAvailable >= 2 nor maxUnavailable 1`);
    });
  },
  "every WAR has a HorizontalPodAutoscaler (3 or more, on CPU)"(docs) {
    const hpas = docs.filter((d) => d.kind === "HorizontalPodAutoscaler" && d.apiVersion === "autoscaling/v2");
    return docs.filter((d) => d.kind === "Deployment" && isWar(d)).flatMap((d) => {
      const hpa = hpas.find((h) => h.spec?.scaleTargetRef?.kind === "Deployment" && h.spec.scaleTargetRef.name === d.metadata.name);
      if (!hpa) return [`${describe(d)}: no autoscaling/v2 HorizontalPodAutoscaler targets it`];
      const problems = [];
      if (!(hpa.spec.minReplicas >= 3)) problems.push(`${describe(hpa)}: minReplicas ${hpa.spec.minReplicas}`);
      if (!(hpa.spec.maxReplicas > hpa.spec.minReplicas)) problems.push(`${describe(hpa)}: maxReplicas ${hpa.spec.maxReplicas}`);
      if (!(hpa.spec.metrics ?? []).some((m) => m.resource?.name === "cpu")) problems.push(`${describe(hpa)}: no CPU metric`);
      return problems;
    });
  },
  "Deployments spread across zones and hosts"(docs) {
    return docs.filter((d) => d.kind === "Deployment").flatMap((d) => {
      const pod = d.spec.template.spec;
      const problems = [];
      const zone = (pod.topologySpreadConstraints ?? []).find((t) => t.topologyKey === "topology.kubernetes.io/zone");
      if (!zone) problems.push(`${describe(d)}: no topology spread across topology.kubernetes.io/zone`);
      else if (zone.whenUnsatisfiable !== "DoNotSchedule") problems.push(`${describe(d)}: zone spread is ${zone.whenUnsatisfiable}`);
      const anti = pod.affinity?.podAntiAffinity;
      const terms = [...(anti?.requiredDuringSchedulingIgnoredDuringExecution ?? []),
        ...(anti?.preferredDuringSchedulingIgnoredDuringExecution ?? []).map((p) => p.podAffinityTerm)];
      if (!terms.some((t) => t?.topologyKey === "kubernetes.io/hostname")) problems.push(`${describe(d)}: no pod anti-affinity on kubernetes.io/hostname`);
      return problems;
    });
  },
  "pods run as non-root, without privileges, seccomp RuntimeDefault"(docs) {
    return podTemplates(docs).flatMap(({ doc, pod }) => {
      const problems = [];
      const podSc = pod.securityContext ?? {};
      if (pod.hostNetwork || pod.hostPID || pod.hostIPC) problems.push(`${describe(doc)}: uses the host's namespaces`);
      for (const c of containersOf(pod)) {
        const sc = c.securityContext ?? {};
        const where = `${describe(doc)} ${c.name}`;
        if ((sc.runAsNonRoot ?? podSc.runAsNonRoot) !== true) problems.push(`${where}: runAsNonRoot is not true`);
        if ((sc.runAsUser ?? podSc.runAsUser) === 0) problems.push(`${where}: runs as uid 0`);
        if (sc.privileged) problems.push(`${where}: privileged`);
        if (sc.allowPrivilegeEscalation !== false) problems.push(`${where}: allowPrivilegeEscalation is not false`);
        if (!(sc.capabilities?.drop ?? []).includes("ALL")) problems.push(`${where}: does not drop ALL capabilities`);
        if ((sc.seccompProfile ?? podSc.seccompProfile)?.type !== "RuntimeDefault") problems.push(`${where}: seccomp is not RuntimeDefault`);
        if (isWar(doc) && sc.readOnlyRootFilesystem !== true) problems.push(`${where}: root file system is writable`);
      }
      if (isWar(doc) && pod.automountServiceAccountToken !== false) problems.push(`${describe(doc)}: mounts a service account token`);
      return problems;
    });
  },
  "images are pinned (a tag that is not latest, or a digest)"(docs) {
    const problems = podTemplates(docs).flatMap(({ doc, pod }) =>
      containersOf(pod).flatMap((c) => imageProblems(`${describe(doc)} ${c.name}`, c.image)));
    for (const cluster of docs.filter((d) => d.kind === "Cluster" && d.apiVersion.startsWith("postgresql.cnpg.io/"))) {
      problems.push(...imageProblems(describe(cluster), cluster.spec?.imageName));
    }
    for (const { doc, pod } of podTemplates(docs).filter(({ doc }) => isWar(doc))) {
      for (const c of pod.containers ?? []) {
        if (!/:\d+\.\d+\.\d+([-.][\w.]+)?$|@sha256:/.test(c.image ?? "")) problems.push(`${describe(doc)} ${c.name}: ${c.image} is not a released version`);
      }
    }
    return problems;
  },
  "no Secret objects and no secret values"(docs) {
    const problems = docs.filter((d) => d.kind === "Secret").map((d) => `${describe(d)}: a Secret in the render (secrets come from the cluster)`);
    for (const { doc, pod } of podTemplates(docs)) {
      for (const c of containersOf(pod)) {
        for (const e of c.env ?? []) {
          if (e.value === undefined) continue;
          if (SECRET_NAME.test(e.name) || SECRET_VALUE.test(e.value)) problems.push(`${describe(doc)} ${c.name}: env ${e.name} has a literal value`);
        }
      }
    }
    for (const cm of docs.filter((d) => d.kind === "ConfigMap")) {
      for (const [key, value] of Object.entries(cm.data ?? {})) {
        const lines = String(value).split("\n").filter((l) => /^\s*[\w.-]+\s*[=:]/.test(l));
        const keys = [key, ...lines.map((l) => l.split(/[=:]/)[0].trim())];
        if (keys.some((k) => SECRET_NAME.test(k) && !k.endsWith(".json")) || SECRET_VALUE.test(value)) {
          problems.push(`${describe(cm)}: ${key} looks like a secret`);
        }
      }
    }
    return problems;
  },
  // a route attaches to the HTTP listener by naming it, by its port, or by naming no listener at all
  "the Gateway terminates HTTPS with a certificate; its HTTP listener only redirects to https"(docs) {
    const gateways = docs.filter((d) => d.kind === "Gateway");
    if (gateways.length === 0) return ["no Gateway"];
    const routes = gatewayRoutes(docs);
    return gateways.flatMap((g) => {
      const listeners = g.spec?.listeners ?? [];
      const problems = listeners.some(isHttpsListener) ? [] : [`${describe(g)}: no HTTPS listener terminating TLS with a certificateRef`];
      for (const http of listeners.filter((l) => l.protocol === "HTTP")) {
        const attached = routes.filter((r) => (r.spec?.parentRefs ?? []).some((ref) => attachedListeners(r, ref, g).includes(http)));
        if (!attached.some(onlyRedirects)) problems.push(`${describe(g)}: no route redirects HTTP listener ${http.name} to https`);
        for (const r of attached.filter((x) => !onlyRedirects(x))) {
          problems.push(`${describe(r)}: attached to HTTP listener ${http.name}${(r.spec?.parentRefs ?? []).some((ref) => !ref.sectionName && ref.port === undefined) ? " (a parentRef without sectionName)" : ""} but does not only redirect to https`);
        }
      }
      return problems;
    });
  },
  "HTTPRoutes that reach a WAR attach to the HTTPS listener only (sectionName)"(docs) {
    const wars = warServices(docs);
    const gateways = docs.filter((d) => d.kind === "Gateway");
    return gatewayRoutes(docs).filter((r) => reachesWar(r, wars)).flatMap((r) => (r.spec?.parentRefs ?? []).flatMap((ref) => {
      const where = `${describe(r)} parentRef ${ref.kind ?? "Gateway"} ${ref.name}${ref.sectionName ? `/${ref.sectionName}` : ""}`;
      const gateway = refIsGateway(ref) && gateways.find((g) => attachedListeners(r, { ...ref, sectionName: undefined, port: undefined }, g).length > 0);
      if (!gateway) return [`${where}: no Gateway in the render`];
      const listeners = attachedListeners(r, ref, gateway);
      if (!ref.sectionName) return [`${where}: no sectionName, so on every listener (${listeners.map((l) => `${l.name} ${l.protocol}`).join(", ")})`];
      if (listeners.length === 0) return [`${where}: ${describe(gateway)} has no such listener`];
      return listeners.filter((l) => !isHttpsListener(l)).map((l) => `${where}: listener ${l.name} is ${l.protocol}, not HTTPS terminating TLS`);
    }));
  },
  "the Gateway's listeners take routes from its own namespace (Same, or a Selector; never All)"(docs) {
    return docs.filter((d) => d.kind === "Gateway").flatMap((g) => (g.spec?.listeners ?? []).flatMap((l) => {
      const namespaces = l.allowedRoutes?.namespaces ?? {};
      const from = namespaces.from ?? "Same";
      if (from === "Same") return [];
      if (from === "Selector" && restricts(namespaces.selector)) return [];
      return [`${describe(g)} listener ${l.name}: allowedRoutes.namespaces.from ${from}${from === "Selector" ? " with a selector that names no label value" : ""}`];
    }));
  },
  "HTTPRoutes send the three prefixes to their WARs, and nothing else anywhere"(docs) {
    const gateway = docs.find((d) => d.kind === "Gateway");
    if (!gateway) return ["no Gateway"];
    const routes = docs.filter((d) => d.kind === "HTTPRoute" && attachedToHttps(d, gateway));
    const services = new Map(docs.filter((d) => d.kind === "Service").map((s) => [s.metadata.name, s]));
    const problems = [];
    for (const [prefix, service] of Object.entries(WAR_SERVICES)) {
      const covered = routes.some((r) => (r.spec?.rules ?? []).some((rule) =>
        (rule.matches ?? []).some((m) => m.path?.type === "PathPrefix" && m.path.value.replace(/\/$/, "") === prefix)
        && (rule.backendRefs ?? []).some((b) => b.name === service)));
      if (!covered) problems.push(`no HTTPS route sends PathPrefix ${prefix} to ${service}`);
    }
    for (const [path, expected] of ROUTING) {
      const chosen = route(routes, path);
      const backends = (chosen?.rule.backendRefs ?? []).map((b) => b.name);
      if (expected === null && backends.length > 0) problems.push(`${path} reaches ${backends.join(", ")} (${describe(chosen.route)})`);
      if (expected !== null && (backends.length !== 1 || backends[0] !== expected)) {
        problems.push(`${path} reaches ${backends.join(", ") || "no backend"}, not ${expected}`);
      }
    }
    for (const r of routes) {
      for (const b of (r.spec?.rules ?? []).flatMap((rule) => rule.backendRefs ?? [])) {
        const ports = (services.get(b.name)?.spec?.ports ?? []).map((p) => p.port);
        if (!ports.includes(b.port)) problems.push(`${describe(r)}: backend ${b.name}:${b.port} is no Service port in the render`);
      }
    }
    return problems;
  },
  "every HTTPRoute rule that reaches a WAR removes the client's trace context"(docs) {
    const wars = warServices(docs);
    if (wars.size === 0) return ["no WAR Service (app.kubernetes.io/component=war) in the render"];
    return docs.filter((d) => d.kind === "HTTPRoute").flatMap((r) => (r.spec?.rules ?? []).flatMap((rule, i) => {
      const backends = (rule.backendRefs ?? []).map((b) => b.name).filter((name) => wars.has(name));
      if (backends.length === 0) return [];
      const removed = new Set((rule.filters ?? []).filter((f) => f.type === "RequestHeaderModifier")
        .flatMap((f) => f.requestHeaderModifier?.remove ?? []).map((h) => h.toLowerCase()));
      const kept = TRACE_HEADERS.filter((h) => !removed.has(h));
      return kept.length ? [`${describe(r)} rule ${i} (to ${backends.join(", ")}): does not remove ${kept.join(", ")}`] : [];
    }));
  },
  // IPv6 has no fixed list of private ranges to except (pod and Service ranges are often global unicast), so every
  // IPv6 address (::/0) is refused: name the SSO's or the backend's IPv6 CIDR instead (kustomize/README.md)
  "NetworkPolicy egress names its peers; to anywhere only on public IPv4 addresses, never ::/0"(docs) {
    return docs.filter((d) => d.kind === "NetworkPolicy").flatMap((p) => (p.spec?.egress ?? []).flatMap((rule, i) => {
      const where = `${describe(p)} egress rule ${i}`;
      if (!(rule.to ?? []).length) return [`${where}: no "to", so every address on ${(rule.ports ?? []).map((x) => x.port).join(", ") || "every port"}`];
      return rule.to.filter((peer) => peer.ipBlock).flatMap(({ ipBlock }) => {
        const [address, bits] = String(ipBlock.cidr).split("/");
        if (Number(bits) !== 0) return [];
        if (address.includes(":")) return [`${where}: ${ipBlock.cidr} is every IPv6 address (name the destination's IPv6 CIDR instead)`];
        const open = PRIVATE_RANGES.filter((range) => !(ipBlock.except ?? []).some((e) => cidrWithin(range, e)));
        return open.length ? [`${where}: ${ipBlock.cidr} does not except ${open.join(", ")}`] : [];
      });
    }));
  },
  // namespaceSelector {} is every namespace; podSelector {} alone is every pod of the policy's namespace; a rule with no
  // peer ("from" or "to" missing) is every source or destination. The render names its peers by label values.
  "NetworkPolicy peers name their namespaces and pods (no empty selector, no ingress rule without from)"(docs) {
    return docs.filter((d) => d.kind === "NetworkPolicy").flatMap((p) => ["ingress", "egress"].flatMap((direction) =>
      (p.spec?.[direction] ?? []).flatMap((rule, i) => {
        const where = `${describe(p)} ${direction} rule ${i}`;
        const peers = rule[direction === "ingress" ? "from" : "to"] ?? [];
        if (direction === "ingress" && peers.length === 0) return [`${where}: no "from", so every source on ${(rule.ports ?? []).map((x) => x.port).join(", ") || "every port"}`];
        return peers.flatMap((peer, j) => {
          if (!peer.ipBlock && !peer.podSelector && !peer.namespaceSelector) return [`${where} peer ${j}: empty`];
          if (peer.namespaceSelector && !restricts(peer.namespaceSelector) && !restricts(peer.podSelector)) {
            return [`${where} peer ${j}: namespaceSelector ${JSON.stringify(peer.namespaceSelector)} without a podSelector naming pods: every namespace`];
          }
          if (peer.podSelector && !peer.namespaceSelector && !restricts(peer.podSelector)) {
            return [`${where} peer ${j}: podSelector ${JSON.stringify(peer.podSelector)}: every pod of namespace ${p.metadata?.namespace}`];
          }
          return [];
        });
      })));
  },
  "a default-deny NetworkPolicy selects every pod, for Ingress and Egress"(docs) {
    const pods = renderedPods(docs);
    const denies = docs.filter((d) => d.kind === "NetworkPolicy" && ["Ingress", "Egress"].every((t) => (d.spec?.policyTypes ?? []).includes(t))
      && !(d.spec?.ingress ?? []).length && !(d.spec?.egress ?? []).length);
    return [...new Set(pods.map((pod) => pod.namespace))].flatMap((namespace) => {
      const here = pods.filter((pod) => pod.namespace === namespace);
      if (denies.some((p) => here.every((pod) => policySelects(p, pod)))) return [];
      const best = denies.filter((p) => (p.metadata?.namespace ?? "") === namespace);
      return [`namespace ${namespace || "(none)"}: no NetworkPolicy with policyTypes Ingress and Egress and no rules selects all of ${here.map((pod) => describe(pod.doc)).join(", ")}${best.length ? ` (${best.map(describe).join(", ")} leave some out)` : ""}`];
    });
  },
  // the WARs' port: what their Services target, by name or number (9080, "http")
  "the WARs take ingress only from the Gateway's Envoy proxies, on their HTTP port"(docs) {
    const gateway = docs.find((d) => d.kind === "Gateway");
    if (!gateway) return ["no Gateway"];
    const wars = renderedPods(docs).filter((pod) => isWar(pod.doc));
    if (wars.length === 0) return ["no WAR Deployment in the render"];
    const targets = docs.filter((d) => d.kind === "Service" && isWar(d)).flatMap((s) => (s.spec?.ports ?? []).map((x) => x.targetPort ?? x.port));
    const containerPorts = wars.flatMap((w) => (w.doc.spec.template.spec.containers ?? []).flatMap((c) => c.ports ?? []));
    const allowed = new Set(targets.flatMap((t) => [t, ...containerPorts.filter((c) => c.name === t).map((c) => c.containerPort)]));
    const owner = {
      "gateway.envoyproxy.io/owning-gateway-name": gateway.metadata.name,
      "gateway.envoyproxy.io/owning-gateway-namespace": gateway.metadata.namespace,
    };
    // the Gateway's proxies: pods with the owning-gateway labels, in one namespace named by kubernetes.io/metadata.name
    const isProxies = (peer) => !peer.ipBlock && Object.entries(owner).every(([k, v]) => peer.podSelector?.matchLabels?.[k] === v)
      && (!peer.namespaceSelector || (Object.keys(peer.namespaceSelector.matchLabels ?? {}).join() === "kubernetes.io/metadata.name"
        && !(peer.namespaceSelector.matchExpressions ?? []).length));
    const problems = [];
    let admitted = false;
    const policies = docs.filter((d) => d.kind === "NetworkPolicy" && policyTypes(d).includes("Ingress") && wars.some((w) => policySelects(d, w)));
    for (const p of policies) {
      (p.spec?.ingress ?? []).forEach((rule, i) => {
        const where = `${describe(p)} ingress rule ${i}`;
        const peers = rule.from ?? [];
        if (peers.length === 0) problems.push(`${where}: no "from", so every source`);
        peers.filter((peer) => !isProxies(peer)).forEach((peer) => problems.push(`${where}: peer ${JSON.stringify(peer)} is not the proxies of ${describe(gateway)}`));
        const ports = rule.ports ?? [];
        if (ports.length === 0) problems.push(`${where}: every port`);
        ports.filter((x) => !allowed.has(x.port) || (x.protocol ?? "TCP") !== "TCP" || x.endPort !== undefined)
          .forEach((x) => problems.push(`${where}: port ${x.port}${x.endPort ? `-${x.endPort}` : ""}/${x.protocol ?? "TCP"}, not the WARs' ${[...allowed].join(" or ")}/TCP`));
        if (peers.some(isProxies) && ports.some((x) => allowed.has(x.port))) admitted = true;
      });
    }
    if (!admitted) problems.push(`no NetworkPolicy admits the proxies of ${describe(gateway)} to the WARs on ${[...allowed].join(" or ")}`);
    return problems;
  },
  "the WARs' database pools fit max_connections (HPA max + 1 surge each)"(docs) {
    const cluster = docs.find((d) => d.kind === "Cluster" && d.apiVersion?.startsWith("postgresql.cnpg.io/"));
    if (!cluster) return [];
    const max = Number(cluster.spec?.postgresql?.parameters?.max_connections ?? 100);
    const pool = Number(configMap(docs, "tempo-config")?.data?.TEMPO_DB_POOL_MAX ?? DEFAULT_DB_POOL_MAX);
    let total = 0;
    const terms = [];
    for (const d of docs.filter((x) => x.kind === "Deployment" && isWar(x))) {
      const replicas = hpaFor(docs, d)?.spec?.maxReplicas ?? d.spec?.replicas ?? 1;
      const maxSurge = String(d.spec?.strategy?.rollingUpdate?.maxSurge ?? "25%");
      const surge = maxSurge.endsWith("%") ? Math.ceil((replicas * parseFloat(maxSurge)) / 100) : Number(maxSurge);
      total += (replicas + surge) * pool;
      terms.push(`${d.metadata.name} (${replicas} + ${surge}) x ${pool}`);
    }
    return total + DB_RESERVE <= max ? []
      : [`${terms.join(" + ")} = ${total}, plus a reserve of ${DB_RESERVE}, exceeds ${describe(cluster)} max_connections ${max}`];
  },
  "the collector forgets a moved WAR's series within 1 to 2 export intervals"(docs) {
    const config = configMap(docs, "otel-collector-config")?.data?.["config.yaml"];
    if (!config) return ["no ConfigMap otel-collector-config with config.yaml"];
    const exporter = Object.entries(parseYaml(config)?.exporters ?? {}).find(([name]) => name.split("/")[0] === "prometheus")?.[1];
    if (!exporter) return ["otel-collector-config: no prometheus exporter"];
    const interval = Number(configMap(docs, "tempo-config")?.data?.OTEL_METRIC_EXPORT_INTERVAL ?? 60000);
    const expiration = durationMs(exporter.metric_expiration ?? "5m");
    return expiration > interval && expiration <= 2 * interval ? []
      : [`prometheus exporter metric_expiration ${exporter.metric_expiration ?? "5m (default)"} is not within (1, 2] x OTEL_METRIC_EXPORT_INTERVAL ${interval} ms`];
  },
  "the gateway rate-limits per token and per address"(docs) {
    const policies = docs.filter((d) => d.kind === "BackendTrafficPolicy"
      && (d.spec?.targetRefs ?? []).some((t) => t.kind === "Gateway"));
    const rules = policies.flatMap((p) => p.spec?.rateLimit?.local?.rules ?? []);
    const problems = [];
    const perToken = rules.some((r) => (r.clientSelectors ?? []).some((s) => (s.headers ?? []).some((h) =>
      h.name.toLowerCase() === "authorization" && h.type === "Distinct")));
    const perAddress = rules.some((r) => (r.clientSelectors ?? []).some((s) => s.sourceCIDR?.type === "Distinct"));
    if (!perToken) problems.push("no local rate limit keyed by the Authorization header on the Gateway");
    if (!perAddress) problems.push("no local rate limit keyed by the client address on the Gateway");
    return problems;
  },
  "alerts and the dashboard are deployed"(docs) {
    const alerts = new Set(docs.filter((d) => d.kind === "PrometheusRule")
      .flatMap((d) => (d.spec?.groups ?? []).flatMap((g) => (g.rules ?? []).map((r) => r.alert))));
    const problems = ["TempoOutboxLag", "TempoOutboxDeadRows", "TempoDeadLetters", "TempoHighErrorRate"]
      .filter((a) => !alerts.has(a)).map((a) => `no alert ${a}`);
    if (!docs.some((d) => d.kind === "ConfigMap" && d.metadata?.labels?.grafana_dashboard === "1")) problems.push("no Grafana dashboard ConfigMap");
    if (!docs.some((d) => ["ServiceMonitor", "PodMonitor"].includes(d.kind))) problems.push("nothing tells Prometheus to scrape the collector");
    return problems;
  },
};

// Values the repository cannot know: each one is a placeholder the operator replaces (kustomize/README.md, "From
// these files to production"). Found anywhere in the render, with where.
const PLACEHOLDERS = [
  [/\.invalid\b/, "a name under .invalid"],
  [/\bexample\.com\b/, "a name under example.com"],
  [/\btraces-backend\.observability\.svc\b/, "the traces backend placeholder"],
  [/\b192\.0\.2\.\d+\b/, "TEST-NET-1, the Kubernetes API's ipBlock placeholder"],
];
// what a warning quotes: the whole value when it is one short line, else the line that holds the match
const quote = (value, index) => {
  const line = value.slice(value.lastIndexOf("\n", index) + 1).split("\n")[0].trim();
  return line.length > 100 ? `${line.slice(0, 97)}...` : line;
};

export function placeholders(docs) {
  const found = [];
  const walk = (doc, value, path) => {
    if (typeof value === "string") {
      for (const [pattern, what] of PLACEHOLDERS) {
        const match = pattern.exec(value);
        if (match) found.push(`${describe(doc)} ${path}: ${quote(value, match.index)} (${what})`);
      }
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(doc, v, `${path}[${i}]`));
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(doc, v, path ? `${path}.${k}` : k);
  };
  for (const doc of docs) walk(doc, doc, "");
  // README "From these files to production", step 1: the WARs' images from your registry
  for (const { doc, pod } of podTemplates(docs).filter(({ doc }) => isWar(doc))) {
    for (const c of pod.containers ?? []) {
      const first = String(c.image ?? "").split("/")[0];
      if (!/[.:]/.test(first) && first !== "localhost") found.push(`${describe(doc)} ${c.name}: image ${c.image} names no registry (it would come from Docker Hub)`);
    }
  }
  const env = configMap(docs, "otel-collector-env");
  if (String(env?.data?.TRACES_BACKEND_INSECURE).toLowerCase() === "true") {
    found.push(`${describe(env)} data.TRACES_BACKEND_INSECURE: true (traces leave the collector without TLS)`);
  }
  return found;
}

function main() {
  const file = process.argv[2];
  if (!file) {
    console.error("usage: node check-prod.mjs RENDERED-PROD.yaml");
    process.exit(2);
  }
  const docs = loadDocuments(file);
  let failed = 0;
  for (const [name, check] of Object.entries(CHECKS)) {
    const problems = check(docs);
    if (problems.length === 0) {
      console.log(`ok   ${name}`);
      continue;
    }
    failed++;
    console.error(`FAIL ${name}`);
    for (const p of problems) console.error(`       ${p}`);
  }
  const unset = placeholders(docs);
  if (unset.length > 0) {
    console.log(`WARNING: ${unset.length} placeholder(s) to set before applying (kustomize/README.md, "From these files to production"):`);
    for (const u of unset) console.log(`  - ${u}`);
  }
  const total = Object.keys(CHECKS).length;
  console.log(`check-prod: ${total - failed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

// check-prod-selftest.mjs imports the checks; run as a script, this checks the file named
if (import.meta.url === pathToFileURL(process.argv[1]).href) main();
