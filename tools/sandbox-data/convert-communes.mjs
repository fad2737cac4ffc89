// Converts @etalab/decoupage-administratif (communes and départements) into the SDK's
// compact embedded place data (used by PlaceResolver and the sandbox), and gives every commune a coordinate (see README.md, "Coordinates").
//
// Usage: npm ci && node convert-communes.mjs ../../src/OffresEmploi.Sdk/Places/Data
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const communes = require('@etalab/decoupage-administratif/data/communes.json');
const departements = require('@etalab/decoupage-administratif/data/departements.json');
const cities = require('worldcities/data/cities.json'); // GeoNames cities of 15,000+ inhabitants

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: node convert-communes.mjs <output directory>');

// Approximate geographic centre (lat, lon) and area (km²) of each département: project-owned.
// Written to departements.tsv; the SDK uses it to place communes that GeoNames does not
// locate (PlaceData.Derive in src/OffresEmploi.Sdk/Places), so those coordinates need not be stored.
const centres = {
  '01': [46.07, 5.35, 5762], '02': [49.56, 3.56, 7369], '03': [46.39, 3.19, 7340], '04': [44.10, 6.24, 6925],
  '05': [44.66, 6.26, 5549], '06': [43.94, 7.12, 4299], '07': [44.75, 4.42, 5529], '08': [49.62, 4.63, 5229],
  '09': [42.92, 1.50, 4890], '10': [48.30, 4.16, 6004], '11': [43.10, 2.41, 6139], '12': [44.28, 2.68, 8735],
  '13': [43.54, 5.09, 5087], '14': [49.10, -0.36, 5548], '15': [45.05, 2.67, 5726], '16': [45.72, 0.20, 5956],
  '17': [45.78, -0.67, 6864], '18': [47.07, 2.49, 7235], '19': [45.36, 1.88, 5857], '2A': [41.86, 8.99, 4014],
  '2B': [42.39, 9.21, 4666], '21': [47.42, 4.77, 8763], '22': [48.44, -2.86, 6878], '23': [46.09, 2.02, 5565],
  '24': [45.10, 0.74, 9060], '25': [47.17, 6.36, 5234], '26': [44.68, 5.17, 6530], '27': [49.11, 1.02, 6040],
  '28': [48.39, 1.37, 5880], '29': [48.26, -4.06, 6733], '30': [43.98, 4.18, 5853], '31': [43.36, 1.17, 6309],
  '32': [43.69, 0.45, 6257], '33': [44.83, -0.55, 9976], '34': [43.58, 3.37, 6101], '35': [48.15, -1.64, 6775],
  '36': [46.78, 1.58, 6791], '37': [47.26, 0.69, 6127], '38': [45.26, 5.58, 7431], '39': [46.73, 5.70, 4999],
  '40': [43.96, -0.78, 9243], '41': [47.62, 1.43, 6343], '42': [45.73, 4.17, 4781], '43': [45.13, 3.80, 4977],
  '44': [47.36, -1.68, 6815], '45': [47.91, 2.34, 6775], '46': [44.62, 1.61, 5217], '47': [44.37, 0.46, 5361],
  '48': [44.52, 3.50, 5167], '49': [47.39, -0.56, 7166], '50': [49.08, -1.33, 5938], '51': [48.95, 4.24, 8162],
  '52': [48.11, 5.23, 6211], '53': [48.15, -0.65, 5175], '54': [48.79, 6.16, 5246], '55': [48.99, 5.38, 6211],
  '56': [47.85, -2.81, 6823], '57': [49.04, 6.66, 6216], '58': [47.12, 3.50, 6817], '59': [50.45, 3.22, 5743],
  '60': [49.41, 2.43, 5860], '61': [48.62, 0.13, 6103], '62': [50.49, 2.29, 6671], '63': [45.73, 3.14, 7970],
  '64': [43.26, -0.76, 7645], '65': [43.05, 0.16, 4464], '66': [42.60, 2.52, 4116], '67': [48.67, 7.55, 4755],
  '68': [47.86, 7.27, 3525], '69': [45.88, 4.64, 3249], '70': [47.64, 6.09, 5360], '71': [46.64, 4.54, 8575],
  '72': [47.99, 0.22, 6206], '73': [45.48, 6.44, 6028], '74': [46.03, 6.43, 4388], '75': [48.857, 2.347, 105],
  '76': [49.66, 1.03, 6278], '77': [48.63, 2.93, 5915], '78': [48.81, 1.84, 2284], '79': [46.56, -0.32, 5999],
  '80': [49.96, 2.28, 6170], '81': [43.79, 2.17, 5758], '82': [44.08, 1.28, 3718], '83': [43.46, 6.22, 5973],
  '84': [44.00, 5.18, 3567], '85': [46.67, -1.30, 6720], '86': [46.56, 0.46, 6990], '87': [45.89, 1.24, 5520],
  '88': [48.20, 6.38, 5874], '89': [47.84, 3.56, 7427], '90': [47.63, 6.92, 609], '91': [48.52, 2.24, 1804],
  '92': [48.85, 2.24, 176], '93': [48.91, 2.48, 236], '94': [48.78, 2.47, 245], '95': [49.08, 2.13, 1246],
  '971': [16.20, -61.55, 1000], '972': [14.65, -61.02, 800], '973': [4.93, -52.70, 3000], '974': [-21.13, 55.53, 1800],
  '976': [-12.82, 45.15, 300],
};

// Paris and Lyon arrondissements are not in GeoNames' list: approximate centres, project-owned.
const arrondissements = {
  75101: [48.862, 2.336], 75102: [48.868, 2.343], 75103: [48.863, 2.360], 75104: [48.854, 2.357],
  75105: [48.844, 2.350], 75106: [48.849, 2.333], 75107: [48.856, 2.312], 75108: [48.873, 2.312],
  75109: [48.877, 2.338], 75110: [48.876, 2.361], 75111: [48.859, 2.380], 75112: [48.835, 2.396],
  75113: [48.828, 2.362], 75114: [48.829, 2.327], 75115: [48.840, 2.293], 75116: [48.860, 2.262],
  75117: [48.887, 2.307], 75118: [48.892, 2.348], 75119: [48.887, 2.384], 75120: [48.863, 2.401],
  69381: [45.767, 4.829], 69382: [45.749, 4.826], 69383: [45.759, 4.850], 69384: [45.778, 4.827],
  69385: [45.759, 4.803], 69386: [45.769, 4.852], 69387: [45.745, 4.842], 69388: [45.735, 4.869],
  69389: [45.774, 4.806],
};

const normalise = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/\b(\d+)(er|e)\s+arrondissement\b/, (_, n) => n.padStart(2, '0'))
  .replace(/[^a-z0-9]+/g, ' ').trim();

const km = (aLat, aLon, bLat, bLon) => {
  const r = Math.PI / 180;
  const h = Math.sin((bLat - aLat) * r / 2) ** 2 + Math.cos(aLat * r) * Math.cos(bLat * r) * Math.sin((bLon - aLon) * r / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
};

const kept = communes.filter((c) => (c.type === 'commune-actuelle' || c.type === 'arrondissement-municipal') && centres[c.departement]);
const byName = new Map();
for (const c of kept) {
  const key = normalise(c.nom);
  if (!byName.has(key)) byName.set(key, []);
  byName.get(key).push(c);
}

const located = new Map();
const frenchCountries = new Set(['FR', 'GP', 'MQ', 'GF', 'RE', 'YT']);
for (const [lat, lon, name, country, population] of cities) {
  if (!frenchCountries.has(country)) continue;
  let best = null;
  let bestScore = Infinity;
  for (const c of byName.get(normalise(name)) ?? []) {
    const [cLat, cLon, area] = centres[c.departement];
    const reach = 2.5 * Math.sqrt(area / Math.PI) + 30;
    if (km(lat, lon, cLat, cLon) > reach) continue;
    const score = Math.abs(Math.log(Math.max(population, 1) / Math.max(c.population ?? 1, 1)));
    if (score < bestScore) { best = c; bestScore = score; }
  }
  // A population 4 times off means another commune with the same name (or an old one since merged).
  if (best && bestScore < Math.log(4) && !located.has(best.code)) located.set(best.code, [lat, lon]);
}

const rows = [];
let geonames = 0;
let derived = 0;
for (const c of kept.sort((a, b) => a.code.localeCompare(b.code))) {
  let lat = 0;
  let lon = 0;
  let source;
  if (located.has(c.code)) {
    [lat, lon] = located.get(c.code);
    source = 'G';
    geonames++;
  } else if (arrondissements[c.code]) {
    [lat, lon] = arrondissements[c.code];
    source = 'A';
  } else {
    // Placed by the sandbox itself from the département's centre (see PlaceData.Derive in src/OffresEmploi.Sdk/Places).
    source = 'D';
    derived++;
  }
  const postal = (c.codesPostaux ?? []).join(' ');
  const coordinates = source === 'D' ? ['', ''] : [lat.toFixed(5), lon.toFixed(5)];
  rows.push([c.code, c.nom, c.departement, c.region, postal, c.population ?? 0, ...coordinates, c.commune ?? '', source].join('\t'));
}

const header = '# code\tnom\tdepartement\tregion\tcodesPostaux\tpopulation\tlatitude\tlongitude\tcommuneParente\tsource(G=GeoNames,A=arrondissement table,D=derived)\n';
// Not compressed: the SDK reads it at the first place lookup of a process, and Brotli took 6 to 9 ms of the 10 (the
// package's zip compresses it anyway). Then regenerate the SDK's place index: dotnet run --project tools/OffresEmploi.PlaceIndex
writeFileSync(join(outDir, 'communes.tsv'), header + rows.join('\n') + '\n');

const deps = departements.filter((d) => centres[d.code]).map((d) => [d.code, d.nom, d.region, d.chefLieu, ...centres[d.code]].join('\t'));
writeFileSync(join(outDir, 'departements.tsv'), '# code\tnom\tregion\tchefLieu\tcentreLatitude\tcentreLongitude\tsurfaceKm2\n' + deps.join('\n') + '\n');
console.log(`communes: ${rows.length} (GeoNames ${geonames}, derived ${derived}); départements ${deps.length}`);
