// Converts the reference material gathered about the API (referentiel bodies and real offers)
// into the sandbox's compact embedded resources. Needs no package.
//
// Usage: node convert-referentiels.mjs <reference samples directory> ../../src/OffresEmploi.Sandbox/Data
//   where the samples directory holds referentiels/*.json and real/search_*.json.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';

const [samples, outDir] = process.argv.slice(2);
if (!samples || !outDir) throw new Error('usage: node convert-referentiels.mjs <samples dir> <output dir>');

const read = (path) => JSON.parse(readFileSync(join(samples, path), 'utf8'));
const referentiel = (name) => {
  const file = readdirSync(join(samples, 'referentiels')).find((f) => f.startsWith(`referentiel_${name}_`));
  return read(join('referentiels', file)).map((x) => ({ code: x.code.trim(), libelle: x.libelle.trim() }));
};
const clean = (s) => String(s).replace(/[\t\n\r]+/g, ' ').trim();
const tsv = (rows) => rows.map((r) => r.map(clean).join('\t')).join('\n') + '\n';
const brotli = (text) => brotliCompressSync(Buffer.from(text, 'utf8'), {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 },
});

// 1. The referentiels obtained from the API (verbatim or transcribed), one "## name" section each.
const names = ['appellations', 'continents', 'domaines', 'metiers', 'nafs', 'naturesContrats', 'niveauxFormations',
  'pays', 'permis', 'regions', 'themes', 'typesContrats'];
let all = '';
for (const name of names) {
  all += `## ${name}\n` + tsv(referentiel(name).map((x) => [x.code, x.libelle]));
}
writeFileSync(join(outDir, 'referentiels.tsv.br'), brotli(all));

// 2. Appellation -> ROME: each ROME 4 métier's label is also its reference appellation; real offers
// add the appellations they were published under.
const appellations = referentiel('appellations');
const codeByLabel = new Map(appellations.map((a) => [a.libelle, a.code]));
const metiers = referentiel('metiers');
const mapping = new Map();
for (const m of metiers) {
  const code = codeByLabel.get(m.libelle);
  if (code) mapping.set(code, m.code);
}
const offers = readdirSync(join(samples, 'real')).filter((f) => f.startsWith('search_') && !f.includes('CONVERTED'))
  .flatMap((f) => read(join('real', f)).resultats);
const romeCodes = new Set(metiers.map((m) => m.code));
for (const o of offers) {
  const code = codeByLabel.get(o.appellationlibelle);
  if (code && romeCodes.has(o.romeCode) && !mapping.has(code)) mapping.set(code, o.romeCode);
}
// A few frequent appellations that neither source links, placed by the project.
const extras = [
  ['Cuisinier / Cuisinière', 'G1602'],
  ['Chauffeur / Chauffeuse de poids lourd', 'N4101'],
  ['Développeur / Développeuse informatique', 'M1805'],
  ['Auxiliaire de vie', 'K1302'],
  ['Aide à domicile', 'K1304'],
  ['Employé polyvalent / Employée polyvalente de restauration', 'G1603'],
];
for (const [label, rome] of extras) {
  const code = codeByLabel.get(label);
  if (!code || !romeCodes.has(rome)) throw new Error(`unknown extra appellation ${label} -> ${rome}`);
  if (!mapping.has(code)) mapping.set(code, rome);
}
writeFileSync(join(outDir, 'appellations-rome.tsv'), '# appellation\tcodeRome\n'
  + tsv([...mapping].sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]))));

// 3. Vocabulary seen in real offers, keyed by ROME code where it depends on the trade.
const uniq = (rows) => [...new Map(rows.map((r) => [r.join('\t'), r])).values()];
const competences = uniq(offers.flatMap((o) => (o.competences ?? []).map((c) => [o.romeCode, c.code ?? '', c.libelle])));
writeFileSync(join(outDir, 'competences.tsv'), '# codeRome\tcode\tlibelle\n' + tsv(competences.sort()));
const qualites = uniq(offers.flatMap((o) => (o.qualitesProfessionnelles ?? []).map((q) => [q.libelle, q.description])));
writeFileSync(join(outDir, 'qualites-professionnelles.tsv'), '# libelle\tdescription\n' + tsv(qualites.sort()));
const formations = uniq(offers.flatMap((o) => (o.formations ?? []).filter((f) => f.codeFormation)
  .map((f) => [o.romeCode.slice(0, 1), f.codeFormation, f.domaineLibelle])));
writeFileSync(join(outDir, 'formations.tsv'), '# grandDomaine\tcodeFormation\tdomaineLibelle\n' + tsv(formations.sort()));
const partnerCounts = new Map();
for (const p of offers.flatMap((o) => o.origineOffre?.partenaires ?? [])) {
  const seen = partnerCounts.get(p.nom) ?? { logo: p.logo ?? '', count: 0 };
  seen.count++;
  partnerCounts.set(p.nom, seen);
}
const partenaires = [...partnerCounts].map(([nom, p]) => [nom, p.logo, p.count]).sort((a, b) => b[2] - a[2] || a[0].localeCompare(b[0]));
writeFileSync(join(outDir, 'partenaires.tsv'), '# nom\tlogo\toffres vues\n' + tsv(partenaires));

console.log(`appellations ${appellations.length} (mapped ${mapping.size}); competences ${competences.length}; `
  + `qualites ${qualites.length}; formations ${formations.length}; partenaires ${partenaires.length}`);
