// Offline checks of docker/ (no Docker engine needed): every Dockerfile parsed with dockerfile-ast, compose.yaml
// parsed with yaml, and the gateway's nginx.conf compared with the local one it is rendered from.
//   node lint-dockerfiles.mjs [DOCKERFILE | COMPOSE.yaml | DIRECTORY]...   (default: the repository's docker/)
// Prints one line per finding and exits 1 when there is any.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DockerfileParser } from 'dockerfile-ast';
import { LineCounter, parseDocument } from 'yaml';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const findings = [];
const checked = { dockerfiles: 0, composeFiles: 0 };

const shown = (file) => (file.startsWith(repoRoot + sep) ? relative(repoRoot, file) : file);
const report = (file, line, message) => findings.push({ file: shown(file), line, message });

// A pinned tag starts with a release version of at least major.minor (26.0.0.3-kernel-slim-…, 18.6-trixie, 2.44.0):
// "17-jdk" or "kernel-slim-java17-…" move with every release. A digest pins exactly.
const VERSION_TAG = /^v?\d+\.\d+/;

function imageProblem(reference) {
  if (reference.includes('$')) return `${reference} is named through a variable: pin it literally`;
  if (reference.includes('@sha256:')) return null;
  const lastSlash = reference.lastIndexOf('/');
  const lastColon = reference.lastIndexOf(':');
  const tag = lastColon > lastSlash ? reference.slice(lastColon + 1) : '';
  if (tag === '') return `${reference} has no tag: pin a version`;
  if (tag === 'latest') return `${reference} uses "latest": pin a version`;
  if (!VERSION_TAG.test(tag)) return `${reference}: tag "${tag}" is not a version: pin one (e.g. 1.2.3-…)`;
  return null;
}

const SECRET_NAME = /PASSWORD|SECRET|TOKEN/i;
const URL_SOURCE = /^[a-z][a-z0-9+.-]*:\/\/|^git@/i;
const LIBERTY_OWNED = /^\/(config|opt\/ol)(\/|$)/;
const LIBERTY_KERNEL_SLIM = /^icr\.io\/appcafe\/open-liberty:\d[^@]*-kernel-slim-/;
const WAR_IMAGE_NAME = /-war\.Dockerfile$|^all-in-one\.Dockerfile$/;

const lineOf = (instruction) => instruction.getRange().start.line + 1;
const values = (instruction) => instruction.getArguments().map((argument) => argument.getValue());
const sources = (instruction) => values(instruction).slice(0, -1);
const destination = (instruction) => values(instruction).at(-1) ?? '';
const flag = (instruction, name) => instruction.getFlags().find((f) => f.getName() === name)?.getValue() ?? null;
const is = (keyword) => (instruction) => instruction.getKeyword() === keyword;
const copiesWar = (instruction) => is('COPY')(instruction) && sources(instruction).some((s) => s.endsWith('.war'));

function lintDockerfile(file) {
  checked.dockerfiles++;
  const dockerfile = DockerfileParser.parse(readFileSync(file, 'utf8'));
  const froms = dockerfile.getFROMs();
  if (froms.length === 0) {
    report(file, 1, 'no FROM');
    return;
  }
  const stages = [];
  for (const from of froms) {
    const image = from.getImage();
    if (image === null) report(file, lineOf(from), 'FROM names no image');
    else if (!stages.includes(image.toLowerCase()) && image !== 'scratch') {
      const problem = imageProblem(image);
      if (problem) report(file, lineOf(from), `FROM ${problem}`);
    }
    if (from.getBuildStage()) stages.push(from.getBuildStage().toLowerCase());
  }

  const instructions = dockerfile.getInstructions();
  for (const instruction of instructions) {
    const keyword = instruction.getKeyword();
    if (keyword === 'ADD' && sources(instruction).some((source) => URL_SOURCE.test(source))) {
      report(file, lineOf(instruction), 'ADD of a URL: download in a build stage with a checksum, or COPY');
    }
    if ((keyword === 'COPY' || keyword === 'ADD') && LIBERTY_OWNED.test(destination(instruction))
        && flag(instruction, 'chown') !== '1001:0') {
      report(file, lineOf(instruction),
        `${keyword} into ${destination(instruction)} must use --chown=1001:0 (Liberty runs as 1001, group 0)`);
    }
    if (keyword === 'ENV' || keyword === 'ARG') {
      for (const property of instruction.getProperties()) {
        if (SECRET_NAME.test(property.getName()) && property.getValue()) {
          report(file, lineOf(instruction),
            `${keyword} ${property.getName()} carries a value: secrets come from the environment at run time`);
        }
      }
    }
  }

  const finalFrom = froms.at(-1);
  const finalStage = instructions.filter((instruction) => lineOf(instruction) > lineOf(finalFrom));
  const user = finalStage.filter(is('USER')).at(-1);
  if (!user || !/^1001(:0)?$/.test(values(user).join(' '))) {
    report(file, lineOf(user ?? finalFrom), 'the final stage must run as the non-root user 1001 (USER 1001 last)');
  }
  if (!finalStage.some(is('EXPOSE'))) report(file, lineOf(finalFrom), 'the final stage EXPOSEs no port');
  if (finalStage.some(copiesWar) || WAR_IMAGE_NAME.test(basename(file))) lintWarImage(file, finalFrom, finalStage);
}

// The Open Liberty image conventions: kernel-slim, server.xml before features.sh, the WAR before configure.sh.
function lintWarImage(file, finalFrom, finalStage) {
  // a finding on the instruction at index, or on the FROM when there is none (-1)
  const reportAt = (index, message) => report(file, lineOf(index < 0 ? finalFrom : finalStage[index]), message);
  if (!LIBERTY_KERNEL_SLIM.test(finalFrom.getImage() ?? '')) {
    reportAt(-1, 'a WAR image is built FROM icr.io/appcafe/open-liberty:<version>-kernel-slim-…');
  }
  const runs = (script) => {
    const command = new RegExp(`(^|[\\s;&|/])${script.replace('.', '\\.')}($|[\\s;&|])`);
    return (instruction) => is('RUN')(instruction) && command.test(instruction.getArgumentsContent() ?? '');
  };
  const copiesServerXml = (instruction) => is('COPY')(instruction) && destination(instruction).startsWith('/config')
    && sources(instruction).some((source) => basename(source) === 'server.xml');
  const serverXml = finalStage.findIndex(copiesServerXml);
  const features = finalStage.findIndex(runs('features.sh'));
  const configure = finalStage.findIndex(runs('configure.sh'));
  const war = finalStage.findIndex(copiesWar);
  if (serverXml < 0) reportAt(-1, 'no COPY of server.xml into /config');
  if (features < 0) reportAt(-1, 'no RUN features.sh (kernel-slim has no features until it runs)');
  if (configure < 0) reportAt(-1, 'no RUN configure.sh');
  if (war < 0) reportAt(-1, 'no COPY of a .war');
  else if (!destination(finalStage[war]).startsWith('/config/apps')) reportAt(war, 'the WAR goes into /config/apps/');
  if (serverXml >= 0 && features >= 0 && features < serverXml) {
    reportAt(features, 'RUN features.sh comes after server.xml is copied (it installs the features server.xml names)');
  }
  if (features >= 0 && configure >= 0 && configure < features) {
    reportAt(configure, 'RUN configure.sh comes after RUN features.sh');
  }
  if (war >= 0 && configure >= 0 && configure < war) {
    reportAt(configure, 'RUN configure.sh comes after the WAR is copied (it warms the class cache with it)');
  }
}

function lintCompose(file) {
  checked.composeFiles++;
  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(file, 'utf8'), { lineCounter, merge: true });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      report(file, error.linePos?.[0]?.line ?? 1, `not valid YAML: ${error.message}`);
    }
    return;
  }
  const lineAt = (path) => {
    const node = document.getIn(path, true);
    return node?.range ? lineCounter.linePos(node.range[0]).line : 1;
  };
  const services = document.toJS()?.services;
  if (!services || Object.keys(services).length === 0) {
    report(file, 1, 'no services');
    return;
  }
  for (const [name, service] of Object.entries(services)) {
    if (service.image) {
      const problem = imageProblem(String(service.image));
      if (problem) report(file, lineAt(['services', name, 'image']), `service ${name}: image ${problem}`);
    }
    if (service.build) {
      const build = typeof service.build === 'string' ? { context: service.build } : service.build;
      const dockerfile = resolve(dirname(file), build.context ?? '.', build.dockerfile ?? 'Dockerfile');
      if (!existsSync(dockerfile)) {
        report(file, lineAt(['services', name, 'build']),
          `service ${name}: builds from ${shown(dockerfile)}, which does not exist`);
      }
    }
    if (!service.image && !service.build) {
      report(file, lineAt(['services', name]), `service ${name} has neither image nor build`);
    }
  }
}

// docker/gateway/nginx.conf is stack/src/main/gateway/nginx.conf rendered for the compose network: these
// replacements, and a header comment of its own, are the only differences allowed.
const GATEWAY_RENDERING = [
  ['@RUN@/nginx.pid', '/var/run/nginx.pid'],
  ['@RUN@/access.log', '/dev/stdout'],
  ['@RUN@/tmp/', '/var/cache/nginx/'],
  ['listen 127.0.0.1:@PORT@;', 'listen 8080;'],
  ['127.0.0.1:@ACCOUNT@;', 'account:9080;'],
  ['127.0.0.1:@TRAINING@;', 'training:9080;'],
  ['127.0.0.1:@INTERACTION@;', 'interaction:9080;'],
  ['@MAX_BODY@', '1048576'],
  ['@MAX_FILE@', '16777216'],
];

function lintGateway(copy) {
  const original = join(repoRoot, 'stack', 'src', 'main', 'gateway', 'nginx.conf');
  if (!existsSync(original)) return;
  const withoutHeader = (text) => {
    const lines = text.split('\n');
    const first = lines.findIndex((line) => !line.startsWith('#'));
    return { lines: lines.slice(first), offset: first };
  };
  const rendered = GATEWAY_RENDERING.reduce((text, [from, to]) => text.replaceAll(from, to),
    readFileSync(original, 'utf8'));
  const expected = withoutHeader(rendered);
  const actual = withoutHeader(readFileSync(copy, 'utf8'));
  const leftover = rendered.match(/@[A-Z_]+@/);
  if (leftover) {
    report(copy, 1, `${shown(original)} has a placeholder ${leftover[0]} that GATEWAY_RENDERING does not render`);
  }
  const length = Math.max(expected.lines.length, actual.lines.length);
  for (let i = 0; i < length; i++) {
    if (expected.lines[i] !== actual.lines[i]) {
      report(copy, actual.offset + i + 1, `differs from ${shown(original)} line ${expected.offset + i + 1} as rendered `
        + `(expected ${JSON.stringify(expected.lines[i] ?? '<end of file>')}): copy the change over`);
      return;
    }
  }
}

function lintDirectory(directory) {
  const names = readdirSync(directory).sort();
  const dockerfiles = names.filter((name) => name.endsWith('.Dockerfile') || name === 'Dockerfile');
  if (dockerfiles.length === 0) report(directory, 0, 'no Dockerfile found');
  for (const name of dockerfiles) lintDockerfile(join(directory, name));
  for (const name of names.filter((n) => /^(docker-)?compose\.ya?ml$/.test(n))) lintCompose(join(directory, name));
  const gateway = join(directory, 'gateway', 'nginx.conf');
  if (existsSync(gateway)) lintGateway(gateway);
}

const targets = process.argv.length > 2 ? process.argv.slice(2) : [join(repoRoot, 'docker')];
for (const target of targets.map((path) => resolve(path))) {
  if (!existsSync(target)) report(target, 0, 'no such file or directory');
  else if (statSync(target).isDirectory()) lintDirectory(target);
  else if (['.yaml', '.yml'].includes(extname(target))) lintCompose(target);
  else lintDockerfile(target);
}

const summary = `${checked.dockerfiles} Dockerfile(s), ${checked.composeFiles} compose file(s)`;
if (findings.length > 0) {
  const files = [...new Set(findings.map((finding) => finding.file))];
  findings.sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file) || a.line - b.line);
  console.log(findings.map(({ file, line, message }) => `${file}:${line}: ${message}`).join('\n'));
  console.log(`lint-dockerfiles: ${findings.length} finding(s) in ${summary}`);
  process.exit(1);
}
console.log(`lint-dockerfiles: ${summary} checked, no findings`);
