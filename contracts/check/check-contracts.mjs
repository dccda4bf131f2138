// Checks contracts/asyncapi.yaml against the event schemas and examples, broker.xml and ProducerSession.java.
// Usage: node check-contracts.mjs [repository root]   (default: the repository this file is in)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiagnosticSeverity, Parser, fromFile } from '@asyncapi/parser';
import Ajv from 'ajv';
import Ajv2019 from 'ajv/dist/2019.js';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import YAML from 'yaml';

const root = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..'));
const contracts = path.join(root, 'contracts');
const asyncapiFile = path.join(contracts, 'asyncapi.yaml');
const eventsDir = path.join(contracts, 'events');
const envelopeFile = path.join(eventsDir, 'envelope.schema.json');
const brokerFile = path.join(root, 'stack/src/main/artemis/broker.xml');
const producerFile = path.join(root, 'platform/src/main/java/app/tempo/platform/outbox/ProducerSession.java');
const HEADERS_REF = '#/components/schemas/EventHeaders';
const EVENT_FILE = /^([A-Z][A-Za-z0-9]*)\.v([1-9][0-9]*)\.(schema|example)\.json$/;

const errors = [];
const fail = (check, message) => errors.push(`[${check}] ${message}`);
const rel = (file) => path.relative(root, file);

function finish() {
    if (errors.length > 0) {
        console.error(`contracts check FAILED (${errors.length}):\n${errors.map((e) => `  ${e}`).join('\n')}`);
        process.exit(1);
    }
}

function read(file, check) {
    if (!existsSync(file)) {
        fail(check, `${rel(file)} does not exist`);
        return null;
    }
    return readFileSync(file, 'utf8');
}

function readJson(file, check) {
    const text = read(file, check);
    if (text === null) {
        return null;
    }
    try {
        return JSON.parse(text);
    } catch (e) {
        fail(check, `${rel(file)} is not JSON: ${e.message}`);
        return null;
    }
}

// First the official parser: structure, references and the AsyncAPI rules.
const parsed = await fromFile(new Parser(), asyncapiFile).parse();
for (const d of parsed.diagnostics) {
    if (d.severity === DiagnosticSeverity.Error) {
        fail('asyncapi', `${d.message} (at ${d.path.join('.') || 'the root'})`);
    } else if (d.severity === DiagnosticSeverity.Warning) {
        console.warn(`warning: ${d.message} (at ${d.path.join('.')})`);
    }
}
if (!parsed.document) {
    fail('asyncapi', `${rel(asyncapiFile)} could not be parsed`);
}
finish();

// The checks below need the $ref strings (which file a message names), so they read the YAML as written.
const spec = YAML.parse(readFileSync(asyncapiFile, 'utf8'));

function resolveLocal(node) {
    const seen = new Set();
    while (node && typeof node.$ref === 'string' && node.$ref.startsWith('#/') && !seen.has(node.$ref)) {
        seen.add(node.$ref);
        node = node.$ref.slice(2).split('/')
            .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'))
            .reduce((parent, key) => parent?.[key], spec);
    }
    return node;
}

const fileRef = (node) =>
    (typeof node?.$ref === 'string' && !node.$ref.startsWith('#') ? path.resolve(contracts, node.$ref) : null);

// A message referenced from several channels (the diverted GearWearLimitReached) is one message.
const messages = new Map();
const addMessages = (where, map) => {
    for (const [key, node] of Object.entries(map ?? {})) {
        const message = resolveLocal(node);
        if (message && !messages.has(message)) {
            messages.set(message, `${where}.${key}`);
        }
    }
};
for (const [id, channel] of Object.entries(spec.channels ?? {})) {
    addMessages(`channels.${id}.messages`, channel.messages);
}
addMessages('components.messages', spec.components?.messages);

const events = [...messages]
    .filter(([message]) => message['x-data-schema'] !== undefined)
    .map(([message, where]) => ({
        where,
        name: message.name,
        headers: message.headers,
        dataSchema: fileRef(message['x-data-schema']),
        examples: (message.examples ?? []).map((example) => fileRef(example.payload)).filter(Boolean),
    }));

// (a) every <Type>.v<N>.schema.json is one message's x-data-schema, and that message has <Type>.v<N>.example.json.
const eventFiles = (existsSync(eventsDir) ? readdirSync(eventsDir, { recursive: true }) : [])
    .map((file) => path.join(eventsDir, file))
    .filter((file) => file.endsWith('.json') && file !== envelopeFile);
for (const file of eventFiles) {
    const match = path.basename(file).match(EVENT_FILE);
    if (!match) {
        fail('a', `${rel(file)} is not named <Type>.v<N>.schema.json or <Type>.v<N>.example.json`);
        continue;
    }
    const [, type, version, kind] = match;
    if (kind === 'example') {
        if (!events.some((event) => event.examples.includes(file))) {
            fail('a', `${rel(file)} is the example of no message`);
        }
        continue;
    }
    const owners = events.filter((event) => event.dataSchema === file);
    if (owners.length !== 1) {
        const where = owners.length ? ` (${owners.map((owner) => owner.where).join(', ')})` : '';
        fail('a', `${rel(file)} is the x-data-schema of ${owners.length} messages${where}, not exactly one`);
        continue;
    }
    const [owner] = owners;
    if (owner.name !== type) {
        fail('a', `${owner.where} is named ${owner.name} but its x-data-schema is ${rel(file)}: name it ${type}`);
    }
    const example = path.join(path.dirname(file), `${type}.v${version}.example.json`);
    if (!owner.examples.includes(example)) {
        fail('a', `${owner.where} has no example ${rel(example)}`);
    }
}
for (const event of events) {
    const schema = event.dataSchema;
    if (!schema?.startsWith(eventsDir + path.sep) || path.basename(schema).match(EVENT_FILE)?.[3] !== 'schema') {
        fail('a', `${event.where}: x-data-schema must be a $ref to contracts/events/**/<Type>.v<N>.schema.json`);
    }
}

// (b) examples validate against the envelope and their data against the message's data schema, each schema with
// the validator of the draft its $schema names.
const DRAFTS = {
    'http://json-schema.org/draft-07/schema#': Ajv,
    'https://json-schema.org/draft/2019-09/schema': Ajv2019,
    'https://json-schema.org/draft/2020-12/schema': Ajv2020,
};
const validatorsByDraft = new Map();
const compiled = new Map();

// A function that returns what is wrong with a value (null when nothing is), or null if the schema is unusable.
function validatorOf(file) {
    if (!compiled.has(file)) {
        compiled.set(file, compile(file));
    }
    return compiled.get(file);
}

function compile(file) {
    const schema = readJson(file, 'b');
    if (!schema) {
        return null;
    }
    const Draft = DRAFTS[schema.$schema];
    if (!Draft) {
        fail('b', `${rel(file)}: $schema ${JSON.stringify(schema.$schema)} is none of `
            + Object.keys(DRAFTS).join(', '));
        return null;
    }
    if (!validatorsByDraft.has(Draft)) {
        const ajv = new Draft({ strict: true, allErrors: true });
        addFormats(ajv);
        validatorsByDraft.set(Draft, ajv);
    }
    const ajv = validatorsByDraft.get(Draft);
    try {
        const validate = ajv.compile(schema);
        return (data, dataVar) => (validate(data) ? null : ajv.errorsText(validate.errors, { dataVar }));
    } catch (e) {
        fail('b', `${rel(file)} does not compile in strict mode: ${e.message}`);
        return null;
    }
}

function validateAgainst(schemaFile, data, file, dataVar) {
    const problems = validatorOf(schemaFile)?.(data, dataVar);
    if (problems) {
        fail('b', `${rel(file)} does not match ${rel(schemaFile)}: ${problems}`);
    }
}

let exampleCount = 0;
for (const event of events) {
    if (event.examples.length === 0) {
        fail('a', `${event.where} has no example`);
    }
    for (const file of event.examples) {
        const example = readJson(file, 'b');
        if (!example) {
            continue;
        }
        exampleCount++;
        validateAgainst(envelopeFile, example, file, 'example');
        if (event.dataSchema && existsSync(event.dataSchema)) {
            validateAgainst(event.dataSchema, example.data, file, 'data');
        }
        // (c) the envelope says which event and version it is
        if (example.type !== event.name) {
            fail('c', `${rel(file)}: type is ${JSON.stringify(example.type)}, `
                + `but its message ${event.where} is named ${event.name}`);
        }
        const version = event.dataSchema && path.basename(event.dataSchema).match(EVENT_FILE)?.[2];
        if (version && example.eventversion !== Number(version)) {
            fail('c', `${rel(file)}: eventversion is ${JSON.stringify(example.eventversion)}, `
                + `but its x-data-schema is v${version}`);
        }
    }
}

// (d) every broker address (and divert target) is a channel, unless the channel says x-internal: true; every
// channel's address is declared in broker.xml.
const brokerXml = read(brokerFile, 'd');
if (brokerXml !== null) {
    const xml = brokerXml.replace(/<!--[\s\S]*?-->/g, '');
    const addresses = xml.match(/<addresses>([\s\S]*?)<\/addresses>/)?.[1] ?? '';
    const declared = [...addresses.matchAll(/<address\s+name="([^"]+)"/g)].map((m) => m[1]);
    const forwarded = [...xml.matchAll(/<forwarding-address>\s*([^<\s]+)\s*<\/forwarding-address>/g)].map((m) => m[1]);
    if (declared.length === 0) {
        fail('d', `${rel(brokerFile)} declares no <address name="..."> in <addresses>`);
    }
    const channels = Object.entries(spec.channels ?? {});
    for (const address of new Set([...declared, ...forwarded])) {
        if (!channels.some(([, channel]) => channel.address === address)) {
            fail('d', `${rel(brokerFile)} has address ${address}, but no channel of asyncapi.yaml has it `
                + '(add one; x-internal: true if no integration may use it)');
        }
    }
    for (const [id, channel] of channels) {
        if (!declared.includes(channel.address)) {
            fail('d', `channels.${id}: address ${JSON.stringify(channel.address)} is not declared in `
                + rel(brokerFile));
        }
        if (channel['x-internal'] !== true && Object.keys(channel.messages ?? {}).length === 0) {
            fail('d', `channels.${id} describes no message: describe them, or mark it x-internal: true`);
        }
    }
    for (const [id, operation] of Object.entries(spec.operations ?? {})) {
        if (resolveLocal(operation.channel)?.['x-internal'] === true) {
            fail('d', `operations.${id} uses an x-internal channel, which no integration may use`);
        }
    }
}

// (e) the headers schema lists exactly the JMS properties ProducerSession sets, and every event message uses it.
const headers = resolveLocal({ $ref: HEADERS_REF });
if (!headers?.properties) {
    fail('e', `${HEADERS_REF} is missing or has no properties`);
}
for (const event of events) {
    if (event.headers?.$ref !== HEADERS_REF) {
        fail('e', `${event.where}: headers must be { $ref: '${HEADERS_REF}' }`);
    }
}
const java = read(producerFile, 'e');
if (java !== null && headers?.properties) {
    const code = java.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    const constants = new Map([...code.matchAll(/static\s+final\s+String\s+(\w+)\s*=\s*"([^"]*)"\s*;/g)]
        .map((m) => [m[1], m[2]]));
    const set = new Set();
    for (const m of code.matchAll(/\.set\w*Property\(\s*(?:"([^"]*)"|([\w.]+))/g)) {
        const name = m[1] ?? constants.get(m[2]);
        if (name === undefined) {
            fail('e', `${rel(producerFile)}: cannot tell which property ${m[2]} names `
                + '(use a literal or a static final String of that file)');
        } else {
            set.add(name);
        }
    }
    if (set.size === 0) {
        fail('e', `${rel(producerFile)}: found no set...Property("name", ...) call`);
    }
    for (const name of set) {
        if (!Object.hasOwn(headers.properties, name)) {
            fail('e', `${rel(producerFile)} sets JMS property ${name}, which ${HEADERS_REF} does not list`);
        }
    }
    for (const name of Object.keys(headers.properties)) {
        if (!set.has(name)) {
            fail('e', `${HEADERS_REF} lists ${name}, which ${rel(producerFile)} does not set`);
        }
    }
}

finish();
console.log(`contracts OK: ${rel(asyncapiFile)} valid; ${events.length} event messages, ${exampleCount} examples, `
    + `broker addresses and JMS properties match`);
