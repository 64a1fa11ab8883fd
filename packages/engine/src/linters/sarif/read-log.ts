import {
  asArray,
  asEnum,
  asIndex,
  asObject,
  asPositiveInteger,
  asString,
  asStringArray,
  optional,
  optionalList,
  required,
  type Json,
} from './fields.js';
import {
  SARIF_KINDS,
  SARIF_LEVELS,
  type SarifArtifactLocation,
  type SarifComponent,
  type SarifMessage,
  type SarifPhysicalLocation,
  type SarifResult,
  type SarifRule,
  type SarifRun,
} from './model.js';
import { SarifFormatError } from './sarif-error.js';

const text = (value: unknown, path: string) => required(asObject(value, path), 'text', path, asString);

function readStrings(value: unknown, path: string): Record<string, string> {
  const object = asObject(value, path);
  return Object.fromEntries(Object.entries(object).map(([key, entry]) => [key, text(entry, `${path}.${key}`)]));
}

function readArtifactLocation(value: unknown, path: string): SarifArtifactLocation {
  const object = asObject(value, path);
  return {
    uri: optional(object, 'uri', path, asString),
    uriBaseId: optional(object, 'uriBaseId', path, asString),
    index: optional(object, 'index', path, asIndex),
  };
}

function readRule(value: unknown, path: string): SarifRule {
  const object = asObject(value, path);
  const properties = optional(object, 'properties', path, asObject) ?? {};
  const configuration = optional(object, 'defaultConfiguration', path, asObject);
  return {
    id: required(object, 'id', path, asString),
    name: optional(object, 'name', path, asString),
    shortDescription: optional(object, 'shortDescription', path, text),
    fullDescription: optional(object, 'fullDescription', path, text),
    help: optional(object, 'help', path, text),
    helpUri: optional(object, 'helpUri', path, asString),
    level: configuration && optional(configuration, 'level', `${path}.defaultConfiguration`, asEnum(SARIF_LEVELS)),
    tags: optional(properties, 'tags', `${path}.properties`, asStringArray) ?? [],
    properties,
    messageStrings: optional(object, 'messageStrings', path, readStrings) ?? {},
  };
}

function readComponent(value: unknown, path: string): SarifComponent {
  const object = asObject(value, path);
  return {
    name: required(object, 'name', path, asString),
    rules: optionalList(object, 'rules', path, readRule),
    globalMessageStrings: optional(object, 'globalMessageStrings', path, readStrings) ?? {},
  };
}

function readMessage(value: unknown, path: string): SarifMessage {
  const object = asObject(value, path);
  const message = {
    text: optional(object, 'text', path, asString),
    id: optional(object, 'id', path, asString),
    arguments: optional(object, 'arguments', path, asStringArray) ?? [],
  };
  if (message.text === undefined && message.id === undefined) throw new SarifFormatError(path, 'needs text or id');
  return message;
}

function readPhysicalLocation(value: unknown, path: string): SarifPhysicalLocation {
  const object = asObject(value, path);
  const region = optional(object, 'region', path, asObject);
  const at = `${path}.region`;
  return {
    artifactLocation: optional(object, 'artifactLocation', path, readArtifactLocation),
    region: region && {
      startLine: optional(region, 'startLine', at, asPositiveInteger),
      endLine: optional(region, 'endLine', at, asPositiveInteger),
      startColumn: optional(region, 'startColumn', at, asPositiveInteger),
    },
  };
}

function readResult(value: unknown, path: string): SarifResult {
  const object = asObject(value, path);
  const rule = optional(object, 'rule', path, asObject);
  const component = rule && optional(rule, 'toolComponent', `${path}.rule`, asObject);
  const locations = optional(object, 'locations', path, asArray) ?? [];
  const first = locations[0] === undefined ? undefined : asObject(locations[0], `${path}.locations[0]`);
  const suppressions = optionalList(object, 'suppressions', path, asObject);
  return {
    ruleId: optional(object, 'ruleId', path, asString),
    ruleIndex: optional(object, 'ruleIndex', path, asIndex),
    rule: rule && {
      id: optional(rule, 'id', `${path}.rule`, asString),
      index: optional(rule, 'index', `${path}.rule`, asIndex),
      componentIndex: component && optional(component, 'index', `${path}.rule.toolComponent`, asIndex),
    },
    level: optional(object, 'level', path, asEnum(SARIF_LEVELS)),
    kind: optional(object, 'kind', path, asEnum(SARIF_KINDS)),
    message: required(object, 'message', path, readMessage),
    location: first && optional(first, 'physicalLocation', `${path}.locations[0]`, readPhysicalLocation),
    suppressed: suppressions.some((entry) => entry.status === undefined || entry.status === 'accepted'),
    absent: object.baselineState === 'absent',
    properties: optional(object, 'properties', path, asObject) ?? {},
  };
}

function readRun(value: unknown, path: string): SarifRun {
  const object = asObject(value, path);
  const tool = required(object, 'tool', path, asObject);
  const baseIds = optional(object, 'originalUriBaseIds', path, asObject) ?? {};
  return {
    driver: required(tool, 'driver', `${path}.tool`, readComponent),
    extensions: optionalList(tool, 'extensions', `${path}.tool`, readComponent),
    results: optionalList(object, 'results', path, readResult),
    artifacts: optionalList(object, 'artifacts', path, (artifact, at) =>
      optional(asObject(artifact, at), 'location', at, readArtifactLocation),
    ),
    uriBaseIds: Object.fromEntries(
      Object.entries(baseIds).map(([key, entry]) => [
        key,
        readArtifactLocation(entry, `${path}.originalUriBaseIds.${key}`),
      ]),
    ),
  };
}

/** Parses and validates a SARIF 2.1.0 log; throws SarifFormatError naming the first field that is wrong. */
export function readSarifLog(jsonText: string): SarifRun[] {
  let document: unknown;
  try {
    document = JSON.parse(jsonText.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new SarifFormatError('', `not valid JSON (${(error as Error).message})`);
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document))
    throw new SarifFormatError('', 'a SARIF log must be a JSON object with version and runs');
  const log = document as Json;
  const version = required(log, 'version', '', asString);
  if (version !== '2.1.0')
    throw new SarifFormatError('version', `expected "2.1.0", got ${JSON.stringify(version)}; only SARIF 2.1.0 is read`);
  return required(log, 'runs', '', asArray).map((run, index) => readRun(run, `runs[${index}]`));
}
