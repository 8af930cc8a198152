// Converts the metadata shipped by the npm package libphonenumber-js (Google libphonenumber data)
// into the small JSON that ContactHub embeds. See README.md beside this file for how to run it.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const input = process.argv[2];
const output = process.argv[3]
  ?? join(here, '../../src/ContactHub.Core/Contacts/ContactPoints/Phones/phone-metadata.json');
if (!input) {
  console.error('usage: node build.mjs <path/to/libphonenumber-js/metadata.min.json> [output.json]');
  process.exit(2);
}

const source = JSON.parse(readFileSync(input, 'utf8'));
if (source.version !== 4) {
  // The positional layout below is that of libphonenumber-js metadata v4; other versions shift fields.
  throw new Error(`Unsupported metadata version ${source.version}; expected 4.`);
}

// Positions in a v4 region array (see libphonenumber-js source/metadata.js).
const CALLING_CODE = 0, IDD = 1, PATTERN = 2, LENGTHS = 3, FORMATS = 4, NATIONAL_PREFIX = 5,
  PREFIX_FOR_PARSING = 7, PREFIX_TRANSFORM = 8, LEADING_DIGITS = 10, TYPES = 11;
// Positions in a format array.
const F_PATTERN = 0, F_FORMAT = 1, F_LEADING = 2, F_INTL_FORMAT = 5;

const text = (v) => (typeof v === 'string' && v.length > 0 ? v : undefined);

function formatsOf(region) {
  const formats = region[FORMATS];
  if (!Array.isArray(formats) || formats.length === 0) return undefined;
  const result = [];
  for (const f of formats) {
    const intl = text(f[F_INTL_FORMAT]) ?? f[F_FORMAT];
    // "NA" marks a format that must not be used internationally.
    if (intl === 'NA') continue;
    const leading = Array.isArray(f[F_LEADING]) && f[F_LEADING].length > 0 ? f[F_LEADING].at(-1) : undefined;
    result.push(leading === undefined ? [f[F_PATTERN], intl] : [f[F_PATTERN], intl, leading]);
  }
  return result.length > 0 ? result : undefined;
}

// libphonenumber-js keeps per-type patterns only where several regions share a calling code;
// their union is what tells e.g. a Canadian from a US number.
function typesUnion(region) {
  const types = region[TYPES];
  if (!Array.isArray(types)) return undefined;
  const patterns = [...new Set(types.filter((t) => Array.isArray(t) && text(t[0])).map((t) => t[0]))];
  return patterns.length > 0 ? patterns.map((p) => `(?:${p})`).join('|') : undefined;
}

function convert(code, region) {
  const entry = {
    cc: region[CALLING_CODE],
    idd: text(region[IDD]),
    np: text(region[NATIONAL_PREFIX]),
    npp: text(region[PREFIX_FOR_PARSING]),
    npt: text(region[PREFIX_TRANSFORM]),
    len: region[LENGTHS],
    pattern: region[PATTERN],
    lead: text(region[LEADING_DIGITS]),
    valid: typesUnion(region),
    formats: formatsOf(region),
  };
  if (!/^[1-9]\d{0,2}$/.test(entry.cc) || !Array.isArray(entry.len) || !text(entry.pattern)) {
    throw new Error(`Region ${code} has unexpected data.`);
  }
  return entry;
}

const regions = {};
for (const code of Object.keys(source.countries).sort()) {
  regions[code] = convert(code, source.countries[code]);
}

// Non-geographic entities (+800, +882, ...) have no region; libphonenumber calls them "001".
const nonGeographic = {};
for (const cc of Object.keys(source.nonGeographic ?? {}).sort()) {
  nonGeographic[cc] = convert(`001/${cc}`, source.nonGeographic[cc]);
}

// Order matters: the first region is the calling code's main one (formats, fallback), and
// regions sharing a code are tried in this order, as libphonenumber does.
const callingCodes = {};
for (const cc of Object.keys(source.country_calling_codes).sort((a, b) => a - b)) {
  callingCodes[cc] = source.country_calling_codes[cc];
}

// Record which data release this is, so a diff of the generated file explains itself.
let packageVersion = 'unknown version';
try {
  packageVersion = JSON.parse(readFileSync(join(dirname(input), 'package.json'), 'utf8')).version;
} catch {
  // Metadata copied out of its package: the version is not essential.
}

const result = {
  source: `libphonenumber-js ${packageVersion} metadata.min.json (Google libphonenumber data), converted by tools/phone-metadata/build.mjs`,
  callingCodes,
  regions,
  nonGeographic,
};
// One entry per line: compact, yet a data update shows up in review as a per-region diff.
const block = (object) => `{\n${Object.entries(object)
  .map(([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(',\n')}\n  }`;
const json = `{\n  "source": ${JSON.stringify(result.source)},\n`
  + `  "callingCodes": ${block(result.callingCodes)},\n`
  + `  "regions": ${block(result.regions)},\n`
  + `  "nonGeographic": ${block(result.nonGeographic)}\n}\n`;
JSON.parse(json);
writeFileSync(output, json);
console.log(`Wrote ${Object.keys(regions).length} regions and ${Object.keys(nonGeographic).length} non-geographic codes (${json.length} bytes) to ${output}`);
