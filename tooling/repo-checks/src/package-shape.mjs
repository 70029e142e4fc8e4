// Package-shape check: a published tarball must stand on its own. It ships the root LICENSE verbatim and a
// README.md, and its manifest carries the fields a registry page links from (repository with the package's
// directory, homepage, bugs, keywords). Used by scripts/check-packages.mjs on every packed package.
import { execFileSync } from 'node:child_process';

export const REPOSITORY_URL = 'git+https://github.com/lighter-ts/lighter-ts.git';
const WEB = 'https://github.com/lighter-ts/lighter-ts';

/**
 * What is missing or wrong in one packed tarball.
 * @param {{ tgz: string, directory: string, licenseText: string }} params
 *   `directory`: the package's folder relative to the repository root (`packages/models`)
 * @returns {string[]} one line per problem, empty when the tarball is complete
 */
export function tarballProblems({ tgz, directory, licenseText }) {
  const entries = new Set(execFileSync('tar', ['-tzf', tgz], { encoding: 'utf8' }).split('\n'));
  const read = (entry) => execFileSync('tar', ['-xzOf', tgz, entry], { encoding: 'utf8' });
  const problems = [];
  for (const file of ['LICENSE', 'README.md']) {
    if (!entries.has(`package/${file}`)) problems.push(`tarball has no ${file}`);
  }
  if (entries.has('package/LICENSE') && read('package/LICENSE') !== licenseText) {
    problems.push('LICENSE differs from the root LICENSE (copy it again)');
  }
  const manifest = JSON.parse(read('package/package.json'));
  const expected = {
    'repository.type': 'git',
    'repository.url': REPOSITORY_URL,
    'repository.directory': directory,
    homepage: `${WEB}/tree/main/${directory}#readme`,
    'bugs.url': `${WEB}/issues`,
  };
  for (const [key, want] of Object.entries(expected)) {
    const got = key.split('.').reduce((o, k) => o?.[k], manifest);
    if (got !== want) problems.push(`package.json ${key} is ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
  }
  if (!Array.isArray(manifest.keywords) || manifest.keywords.length === 0)
    problems.push('package.json has no keywords');
  return problems;
}
