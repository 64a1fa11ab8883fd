import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeDirectory } from '../analyze.js';
import { ConfigError } from '../config/schema.js';
import { auditLicenses } from './audit.js';

const require = createRequire(import.meta.url);
const shipped = (pkg: string, file: string) =>
  readFile(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file), 'utf8');

// Each manifest as its tool writes it, cut to the fields that matter.
const PACKAGE_LOCK = `{
  "name": "shop",
  "version": "1.0.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": { "name": "shop", "version": "1.0.0", "license": "MIT", "dependencies": { "left-pad": "^1.3.0" } },
    "node_modules/left-pad": {
      "version": "1.3.0",
      "resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz",
      "license": "WTFPL"
    },
    "node_modules/copyleft": {
      "version": "2.0.0",
      "license": "AGPL-3.0-only"
    },
    "node_modules/copyleft/node_modules/dual": {
      "version": "0.1.0",
      "license": "(MIT OR GPL-3.0-only)"
    },
    "node_modules/no-license": {
      "version": "0.0.1"
    }
  }
}
`;
const METADATA = `Metadata-Version: 2.4
Name: requests
Version: 2.32.3
Summary: Python HTTP for Humans.
License-Expression: Apache-2.0
Classifier: Programming Language :: Python :: 3

Requests is an elegant and simple HTTP library for Python.
`;
const OLD_METADATA = `Metadata-Version: 2.1
Name: six
Version: 1.16.0
License: UNKNOWN
Classifier: License :: OSI Approved :: MIT License

Six is a Python 2 and 3 compatibility library.
`;
const PYPROJECT = `[project]\nname = "shop-tools"\nversion = "0.3.0"\nlicense = { text = "BSD 3-Clause" }\n`;
const CARGO = `[package]\nname = "shop-core"\nversion = "0.1.0"\nlicense = "MIT/Apache-2.0"\n`;
const VENDORED_CARGO = `[package]\nname = "itoa"\nversion = "1.0.11"\nlicense = "MIT OR Apache-2.0"\n`;
const POM = `<project>
  <groupId>org.shop</groupId>
  <artifactId>shop-api</artifactId>
  <version>2.1.0</version>
  <licenses>
    <license>
      <name>The Apache Software License, Version 2.0</name>
      <url>https://www.apache.org/licenses/LICENSE-2.0.txt</url>
    </license>
  </licenses>
</project>
`;
const MODULES_TXT = `# golang.org/x/sys v0.21.0
## explicit; go 1.18
golang.org/x/sys/unix
# github.com/pkg/errors v0.9.1
github.com/pkg/errors
`;

describe('auditLicenses', () => {
  let dir = '';
  afterEach(async () => rm(dir, { recursive: true, force: true }));
  const project = async (files: Record<string, string>) => {
    dir = await mkdtemp(path.join(tmpdir(), 'plumb-licenses-'));
    for (const [name, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), text);
    }
  };
  const shop = async () => ({
    LICENSE: await shipped('pg', 'LICENSE'),
    'package.json': '{\n  "name": "shop",\n  "version": "1.0.0",\n  "license": "MIT"\n}\n',
    'package-lock.json': PACKAGE_LOCK,
    'tools/pyproject.toml': PYPROJECT,
    'core/Cargo.toml': CARGO,
    'api/pom.xml': POM,
    'tools/_vendor/requests-2.32.3.dist-info/METADATA': METADATA,
    'tools/_vendor/six-1.16.0.dist-info/METADATA': OLD_METADATA,
    'core/vendor/itoa/Cargo.toml': VENDORED_CARGO,
    'core/vendor/itoa/LICENSE-MIT': await shipped('pg', 'LICENSE'),
    'go/vendor/modules.txt': MODULES_TXT,
    'go/vendor/golang.org/x/sys/LICENSE': await shipped('esquery', 'license.txt'),
    'go/vendor/github.com/pkg/errors/LICENSE': await shipped('espree', 'LICENSE'),
    'third_party/zlib/LICENSE': await shipped('semver', 'LICENSE'),
    'third_party/zlib/contrib/LICENSE': 'not read: below the package folder',
    'node_modules/left-pad/package.json': '{ "name": "left-pad", "license": "WTFPL" }',
  });

  it("reads the project's own licenses and every dependency's its checkout declares", async () => {
    await project(await shop());
    const audit = await auditLicenses(dir);
    const brief = (entry: { name: string; version: string | null; spdx: string | null; filename: string }) =>
      `${entry.filename} ${entry.name}@${entry.version ?? ''} ${entry.spdx ?? '?'}`;
    expect(audit.project.map(brief)).toEqual([
      'core/Cargo.toml shop-core@0.1.0 MIT OR Apache-2.0',
      `LICENSE ${path.basename(dir)}@ MIT`,
      'api/pom.xml org.shop:shop-api@2.1.0 Apache-2.0',
      'package.json shop@1.0.0 MIT',
      'tools/pyproject.toml shop-tools@0.3.0 BSD-3-Clause',
    ]);
    expect(audit.dependencies.map(brief)).toEqual([
      'core/vendor/itoa/Cargo.toml itoa@1.0.11 MIT OR Apache-2.0',
      'go/vendor/github.com/pkg/errors/LICENSE github.com/pkg/errors@v0.9.1 BSD-2-Clause',
      'go/vendor/golang.org/x/sys/LICENSE golang.org/x/sys@v0.21.0 BSD-3-Clause',
      'third_party/zlib/LICENSE zlib@ ISC',
      'package-lock.json copyleft@2.0.0 AGPL-3.0-only',
      'package-lock.json dual@0.1.0 (MIT OR GPL-3.0-only)',
      'package-lock.json left-pad@1.3.0 WTFPL',
      'package-lock.json no-license@0.0.1 ?',
      'tools/_vendor/requests-2.32.3.dist-info/METADATA requests@2.32.3 Apache-2.0',
      'tools/_vendor/six-1.16.0.dist-info/METADATA six@1.16.0 MIT',
    ]);
    const leftPad = audit.dependencies.find((entry) => entry.name === 'left-pad');
    expect(leftPad).toMatchObject({ source: 'npm', declared: 'WTFPL', line: 8 });
  });

  it('skips a manifest that does not parse, and reads the others', async () => {
    await project({ 'package-lock.json': '{ not json', 'Cargo.toml': CARGO });
    const audit = await auditLicenses(dir);
    expect(audit.dependencies).toEqual([]);
    expect(audit.project.map((entry) => entry.spdx)).toEqual(['MIT OR Apache-2.0']);
  });

  it('reports what a policy refuses as licenses/denied-license findings on the declaring line', async () => {
    await project({
      ...(await shop()),
      '.plumb.yml': 'licenses:\n  denied: [AGPL-3.0-only, GPL-3.0-only, WTFPL]\n',
    });
    const analysis = await analyzeDirectory(dir, { threads: 0, linters: false });
    const denied = analysis.violations.filter((violation) => violation.rule === 'licenses/denied-license');
    expect(denied.map((violation) => `${violation.filename}:${violation.line} ${violation.description}`)).toEqual([
      'package-lock.json:8 Dependency left-pad@1.3.0 is licensed WTFPL, which the policy denies.',
      'package-lock.json:13 Dependency copyleft@2.0.0 is licensed AGPL-3.0-only, which the policy denies.',
    ]);
    expect(analysis.licenses.dependencies).toHaveLength(10);
    expect(analysis.rules.map((rule) => rule.id)).toContain('licenses/denied-license');
  });

  it('refuses, under an allowed list, what it does not cover and what names no SPDX license', async () => {
    await project({
      'package-lock.json': PACKAGE_LOCK,
      'third_party/custom/LICENSE': 'You may use this software only on Tuesdays, to water plants. '.repeat(4),
      '.plumb.yml': 'licenses:\n  allowed: [MIT, WTFPL]\n',
    });
    const analysis = await analyzeDirectory(dir, { threads: 0, linters: false });
    const denied = analysis.violations.filter((violation) => violation.rule === 'licenses/denied-license');
    expect(denied.map((violation) => violation.description)).toEqual([
      'Dependency copyleft@2.0.0 is licensed AGPL-3.0-only, which the allowed licenses (MIT, WTFPL) do not cover.',
      'Dependency no-license@0.0.1 declares no license.',
      'Dependency custom declares no SPDX license ("You may use this software only on Tuesdays, to water plants. ' +
        'You may use this software only on Tuesdays, to water plant…").',
    ]);
  });

  it("takes the organization's policy, each list .plumb.yml gives replacing the organization's", async () => {
    await project({ 'package-lock.json': PACKAGE_LOCK });
    const licensePolicy = { allowed: [], denied: ['AGPL-3.0-only', 'WTFPL'] };
    const deniedBy = async () =>
      (await analyzeDirectory(dir, { threads: 0, linters: false, licensePolicy })).violations
        .filter((violation) => violation.rule === 'licenses/denied-license')
        .map((violation) => violation.description.split(' ')[1]);
    expect(await deniedBy()).toEqual(['left-pad@1.3.0', 'copyleft@2.0.0']);
    await writeFile(path.join(dir, '.plumb.yml'), 'licenses:\n  denied: [WTFPL]\n');
    expect(await deniedBy()).toEqual(['left-pad@1.3.0']);
    await writeFile(path.join(dir, '.plumb.yml'), 'licenses:\n  allowed: [MIT, AGPL-3.0-only]\n');
    expect(await deniedBy()).toEqual(['left-pad@1.3.0', 'copyleft@2.0.0', 'no-license@0.0.1']);
  });

  it('reports nothing without a policy, and names a policy entry that is no SPDX id', async () => {
    await project({ 'package-lock.json': PACKAGE_LOCK });
    const analysis = await analyzeDirectory(dir, { threads: 0, linters: false });
    expect(analysis.violations.filter((violation) => violation.rule === 'licenses/denied-license')).toEqual([]);
    await writeFile(path.join(dir, '.plumb.yml'), 'licenses:\n  denied: [GPLv3]\n');
    const refused = analyzeDirectory(dir, { threads: 0, linters: false });
    await expect(refused).rejects.toThrow(ConfigError);
    await expect(refused).rejects.toThrow(
      'licenses.denied[0] must be an SPDX license id such as MIT or GPL-3.0-only, got string "GPLv3"',
    );
  });
});
