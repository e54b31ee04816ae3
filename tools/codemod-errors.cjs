// One-off codemod (issue 15): "中文 (English)" literals at error-helper call sites -> msg('area.key', params).
const ts = require('typescript');
const fs = require('fs');
const path = require('path');
const root = path.resolve(__dirname, '..');
const apiSrc = path.join(root, 'apps/api/src');
const WRITE = process.argv.includes('--write');

function walk(d, out = []) {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (
      p.endsWith('.ts') &&
      !p.endsWith('.test.ts') &&
      !p.includes('/test/') &&
      !p.includes('/db/migrations/') &&
      !p.endsWith('graphql/errors.ts')
    )
      out.push(p);
  }
  return out;
}
const MSG_ARG = { badInput: 1, conflict: 0, forbidden: 0, unauthenticated: 0, tooComplex: 1, duplicate: 0 };
const camel = (s) => s.replace(/[-_ ]+([a-zA-Z0-9])/g, (_, c) => c.toUpperCase()).replace(/^[A-Z]/, (c) => c.toLowerCase());
const STOP = new Set([
  'a',
  'an',
  'the',
  'is',
  'are',
  'of',
  'to',
  'be',
  'must',
  'for',
  'this',
  'that',
  'it',
  'its',
  'and',
  'or',
  'in',
  'on',
  'at',
  'by',
  'with',
]);
function keyName(en, zh) {
  let words = (en || '')
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !STOP.has(w) && !/^\d+$/.test(w));
  if (!words.length) words = ['message'];
  words = words.slice(0, 4);
  return (
    words[0] +
    words
      .slice(1)
      .map((w) => w[0].toUpperCase() + w.slice(1))
      .join('')
  );
}
function areaOf(file) {
  const rel = path.relative(apiSrc, file).split(path.sep);
  if (rel[0] === 'modules') return camel(rel[1]);
  return camel(rel[0]);
}
const catalogue = new Map(); // key -> {zh,en,params}
const byText = new Map(); // area|zh|en -> key
const manual = [];
let converted = 0;
function paramName(expr, sf, used) {
  let base;
  if (ts.isIdentifier(expr)) base = /^[A-Z0-9_]+$/.test(expr.text) ? camel(expr.text.toLowerCase()) : expr.text;
  else if (ts.isPropertyAccessExpression(expr))
    base = /^[A-Z0-9_]+$/.test(expr.name.text) ? camel(expr.name.text.toLowerCase()) : expr.name.text;
  else base = 'value';
  let n = base,
    i = 2;
  while (used.has(n)) n = base + i++;
  return n;
}
function simple(expr) {
  return (
    ts.isIdentifier(expr) ||
    ts.isPropertyAccessExpression(expr) ||
    ts.isElementAccessExpression(expr) ||
    ts.isCallExpression(expr) ||
    ts.isParenthesizedExpression(expr)
  );
}
for (const file of walk(apiSrc)) {
  const text = fs.readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const edits = [];
  const area = areaOf(file);
  function visit(node) {
    let argIdx = -1;
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text in MSG_ARG)
      argIdx = MSG_ARG[node.expression.text];
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'AppError') argIdx = 1;
    const arg = argIdx >= 0 && node.arguments && node.arguments[argIdx];
    if (arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg) || ts.isTemplateExpression(arg))) {
      // Build the text with placeholders for expressions.
      const exprs = [];
      let full;
      if (ts.isTemplateExpression(arg)) {
        full = arg.head.text;
        for (const span of arg.templateSpans) {
          const src = span.expression.getText(sf);
          let idx = exprs.findIndex((e) => e.src === src);
          if (idx < 0) {
            exprs.push({ src, expr: span.expression });
            idx = exprs.length - 1;
          }
          full += `\u0000${idx}\u0000` + span.literal.text;
        }
      } else full = arg.text;
      const m = /^([\s\S]*?)\s*\(([^()]*)\)\s*$/.exec(full);
      let zh = full,
        en = '';
      if (m && !/[\u3400-\u9fff]/.test(m[2].replace(/\u0000\d+\u0000/g, ''))) {
        zh = m[1].trim();
        en = m[2].trim();
      } else if (m && /[\u3400-\u9fff]/.test(m[2])) {
        /* parenthesis is Chinese: no English part */
      }
      const line = sf.getLineAndCharacterOfPosition(arg.getStart(sf)).line + 1;
      const loc = `${path.relative(root, file)}:${line}`;
      // Expressions: each must be simple; en must only use expressions present in zh.
      const zhIdx = new Set([...zh.matchAll(/\u0000(\d+)\u0000/g)].map((x) => +x[1]));
      const enIdx = new Set([...en.matchAll(/\u0000(\d+)\u0000/g)].map((x) => +x[1]));
      const bad = exprs.some((e) => !simple(e.expr)) || [...enIdx].some((i) => !zhIdx.has(i)) || /[\u3400-\u9fff]/.test(en);
      if (bad) {
        manual.push(`${loc}  ${full.replace(/\u0000(\d+)\u0000/g, (_, i) => '${' + exprs[+i].src + '}')}`);
        ts.forEachChild(node, visit);
        return;
      }
      const used = new Set();
      const names = exprs.map((e) => {
        const n = paramName(e.expr, sf, used);
        used.add(n);
        return n;
      });
      const fill = (s) => s.replace(/\u0000(\d+)\u0000/g, (_, i) => `{${names[+i]}}`);
      zh = fill(zh);
      en = fill(en);
      if (en) en = en[0].toUpperCase() + en.slice(1);
      const sig = `${area}|${zh}|${en}|${names.join(',')}`;
      let key = byText.get(sig);
      if (!key) {
        const base = `${area}.${keyName(en.replace(/\{\w+\}/g, ''), zh)}`;
        key = base;
        let i = 2;
        while (catalogue.has(key)) key = base + i++;
        catalogue.set(key, { zh, en, params: names, loc });
        byText.set(sig, key);
      }
      const paramsSrc = names.length ? `, { ${names.map((n, i) => (n === exprs[i].src ? n : `${n}: ${exprs[i].src}`)).join(', ')} }` : '';
      edits.push({ start: arg.getStart(sf), end: arg.getEnd(), text: `msg('${key}'${paramsSrc})` });
      converted++;
    }
    ts.forEachChild(node, visit);
  }
  visit(sf);
  if (edits.length && WRITE) {
    let out = text;
    for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
    // import msg
    const rel = path.relative(path.dirname(file), path.join(apiSrc, 'graphql/errors')).replace(/\\/g, '/');
    const spec = rel.startsWith('.') ? rel : './' + rel;
    const re = new RegExp(`import \\{([^}]*)\\} from '${spec.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}';`);
    if (re.test(out))
      out = out.replace(re, (all, names) => (/\bmsg\b/.test(names) ? all : `import {${names.replace(/\s*$/, '')}, msg } from '${spec}';`));
    else {
      const lastImport = [...out.matchAll(/^import [\s\S]*?;\n/gm)].pop();
      const pos = lastImport ? lastImport.index + lastImport[0].length : 0;
      out = out.slice(0, pos) + `import { msg } from '${spec}';\n` + out.slice(pos);
    }
    fs.writeFileSync(file, out);
  }
}
const noEn = [...catalogue].filter(([, v]) => !v.en);
console.error(`converted ${converted} call sites, ${catalogue.size} keys, ${manual.length} manual, ${noEn.length} without English`);
const q = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
let out = `/**\n * Error messages of the API by key (issue 15): zh-CN and en templates with {param} placeholders.\n * Keys are stable: integrators and the web may branch on them. Generated once from the old "中文 (English)"\n * call sites (tools/codemod-errors.cjs); edit by hand from now on.\n */\nexport const API_ERROR_MESSAGES = {\n`;
for (const [k, v] of [...catalogue].sort((a, b) => a[0].localeCompare(b[0])))
  out += `  ${q(k)}: { zh: ${q(v.zh)}, en: ${q(v.en || 'TODO ' + v.zh)} },\n`;
out += `} as const;\n`;
if (WRITE) fs.writeFileSync(path.join(root, 'packages/domain/src/messages/api-errors.ts'), out);
fs.writeFileSync('/tmp/codemod-manual.txt', manual.join('\n') + '\n');
fs.writeFileSync('/tmp/codemod-noen.txt', noEn.map(([k, v]) => `${k}\t${v.zh}\t${v.loc}`).join('\n') + '\n');
fs.writeFileSync('/tmp/codemod-cat.txt', out);
