/**
 * `npx tsx scripts/validate-einvoices.ts [dir]`: runs the official EN 16931 and Peppol BIS 3.0
 * rules (../shared/einvoice/, or EINVOICE_RULES) on every .xml in `.test-results/einvoices/` (or
 * `dir`). Exits 1 when any document fails a fatal rule, or when there is nothing to validate.
 *
 * The shared `validate` script starts Java twice per document (~2 s each here); Saxon can
 * transform a whole directory in one run, so this starts exactly two JVMs, one per rule set,
 * whatever the number of documents. The output format is the same: one line per failed rule.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

const SAXON = '/usr/share/java/Saxon-HE.jar';
const RULE_SETS = ['en16931-ubl.xslt', 'peppol-bis3-ubl.xsl'];

const root = path.resolve(import.meta.dirname, '..');
const documentsDir = path.resolve(process.argv[2] ?? path.join(root, '.test-results/einvoices'));
const rulesDir = path.resolve(process.env.EINVOICE_RULES ?? path.join(root, '../shared/einvoice'));

type FailedRule = { flag: string; id: string; text: string };

const svrl = new XMLParser({
  ignoreAttributes: false,
  removeNSPrefix: true,
  isArray: (name) => name === 'failed-assert',
});

function failedRules(svrlFile: string): FailedRule[] {
  const report = svrl.parse(readFileSync(svrlFile, 'utf8'))['schematron-output'] ?? {};
  return (report['failed-assert'] ?? []).map((fa: Record<string, unknown>) => ({
    flag: String(fa['@_flag'] ?? '?'),
    id: String(fa['@_id'] ?? '?'),
    text: String((fa.text as string | { '#text': string }) instanceof Object ? (fa.text as { '#text': string })['#text'] : (fa.text ?? ''))
      .split(/\s+/)
      .join(' ')
      .slice(0, 200),
  }));
}

function main(): number {
  if (!existsSync(SAXON)) {
    console.error('Saxon-HE not found: apt-get install -y default-jre-headless libsaxonhe-java');
    return 2;
  }
  const files = existsSync(documentsDir) ? readdirSync(documentsDir).filter((name) => name.endsWith('.xml')).sort() : [];
  if (files.length === 0) {
    console.error(`No e-invoice documents in ${documentsDir}: the tests should have written them.`);
    return 1;
  }
  const work = mkdtempSync(path.join(tmpdir(), 'einvoices-'));
  try {
    // Saxon's directory mode transforms every file in the folder: give it exactly the documents.
    const input = path.join(work, 'in');
    mkdirSync(input);
    for (const name of files) copyFileSync(path.join(documentsDir, name), path.join(input, name));
    let fatal = 0;
    for (const rules of RULE_SETS) {
      const output = path.join(work, rules);
      mkdirSync(output);
      const run = spawnSync('java', ['-cp', SAXON, 'net.sf.saxon.Transform', `-s:${input}`, `-xsl:${path.join(rulesDir, rules)}`, `-o:${output}`], {
        encoding: 'utf8',
      });
      if (run.status !== 0) {
        const errors = run.stderr.split('\n').filter((line) => line && !line.includes('SXWN')).slice(0, 5);
        console.log(`${rules} could not run: ${errors.join(' | ')}`);
        fatal++;
        continue;
      }
      for (const name of files) {
        const report = path.join(output, name);
        if (!existsSync(report)) {
          console.log(`${name}: ${rules}: no report written`);
          fatal++;
          continue;
        }
        for (const rule of failedRules(report)) {
          console.log(`${name}: ${rules}: ${rule.flag} ${rule.id} ${rule.text}`);
          if (rule.flag === 'fatal') fatal++;
        }
      }
    }
    console.log(fatal === 0 ? `valid: ${files.length} document(s), no fatal rule failed` : `${fatal} fatal rule failure(s)`);
    return fatal === 0 ? 0 : 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

process.exit(main());
