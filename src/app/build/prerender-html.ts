import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { LANGUAGES, type Language } from '../../domain/language.ts';
import { PENDING_START_ATTRIBUTE } from '../../features/study/pending-start.ts';
import { addCspSource, hashSource } from './csp-sources.ts';

/** Markup of the first visit's Study screen per language (scripts/prerender.mjs). */
export type PrerenderedScreens = Record<Language, string>;

/**
 * The inline script that runs right after #root is parsed: it keeps the prerendered screen of the
 * visitor's language and removes the others, or removes them all when the markup could be wrong for
 * this visit: saved data (counts, theme, language choice), another path than Study, or no storage.
 * Its choice of language is detectLanguage's for a visitor with nothing stored (a test holds the two
 * together); then the app's first render replaces the markup with the same screen. A tap on the
 * copy's Start button is remembered for the app (src/features/study/pending-start.ts).
 */
export function firstVisitScript(base: string): string {
  const paths = JSON.stringify([base, `${base}study`]);
  return (
    `(function(){var d=document,r=d.getElementById('root'),l=null;try{` +
    `var ok=${paths}.indexOf(location.pathname)>=0&&!location.search;` +
    `for(var i=0;ok&&i<localStorage.length;i++)if(/^hst-/.test(localStorage.key(i)||''))ok=false;` +
    `if(ok){l='en';var ls=navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language||''];` +
    `for(var j=0;j<ls.length;j++){var t=String(ls[j]).toLowerCase().replace(/_/g,'-'),a=t.split('-');` +
    `if(a[0]==='en'){l='en';break}` +
    `if(a[0]==='zh'){l=a.indexOf('hant')>0?'zh-Hant':a.indexOf('hans')>0?'zh-Hans':` +
    `a.slice(1).some(function(p){return p==='tw'||p==='hk'||p==='mo'})?'zh-Hant':'zh-Hans';break}}}` +
    `}catch(e){l=null}` +
    `[].slice.call(r.querySelectorAll('[data-prerender]')).forEach(function(e){` +
    `if(e.getAttribute('data-prerender')===l)e.hidden=false;else e.parentNode.removeChild(e)});` +
    `if(!l)return;document.documentElement.lang=l;` +
    // The copy is inert, so a tap lands on what lies under it: remember one on Start's area.
    `var b=r.querySelector('.study-start');if(b)d.addEventListener('click',function(e){` +
    `if(!b.isConnected)return;var q=b.getBoundingClientRect();` +
    `if(e.clientX>=q.left&&e.clientX<=q.right&&e.clientY>=q.top&&e.clientY<=q.bottom)` +
    `d.documentElement.setAttribute('${PENDING_START_ATTRIBUTE}','')},true)})()`
  );
}

/**
 * The copies share #root (no form apart), so same-named radios would form one group across them and
 * only the last copy's choice would stay checked: each copy's inputs get names of their own.
 */
function ownRadioGroups(markup: string, lang: Language): string {
  return markup.replace(/(<input\b[^>]*?\sname=")([^"]*)"/g, `$1$2-${lang}"`);
}

/**
 * index.html with each language's prerendered screen in #root, the script choosing one, and the
 * script's hash in the Content-Security-Policy's script-src. The screen is inert, out of the
 * accessibility tree and marked disabled (automation waits) until the app replaces it: it only looks
 * ready before it is.
 */
export function injectPrerender(html: string, screens: PrerenderedScreens, base: string): string {
  const script = firstVisitScript(base);
  const copies = LANGUAGES.map(
    (lang) =>
      `<div data-prerender="${lang}" lang="${lang}" class="prerender" hidden inert aria-hidden="true" aria-disabled="true">${ownRadioGroups(screens[lang], lang)}</div>`,
  ).join('');
  const withRoot = html.replace(
    '<div id="root"></div>',
    `<div id="root">${copies}</div><script>${script}</script>`,
  );
  if (withRoot === html) throw new Error('index.html lacks an empty <div id="root"></div>');
  return addCspSource(withRoot, 'script-src', hashSource(script));
}

function renderScreens(root: URL, base: string): Promise<PrerenderedScreens> {
  const script = fileURLToPath(new URL('scripts/prerender.mjs', root));
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [script],
      {
        cwd: fileURLToPath(root),
        env: { ...process.env, BASE_PATH: base, NODE_ENV: 'production' },
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`prerender failed: ${error.message}\n${stderr}`));
        else resolve(JSON.parse(stdout) as PrerenderedScreens);
      },
    );
  });
}

/**
 * Vite plugin (build only): index.html carries the first visit's Study screen, so that it paints as
 * soon as the HTML and CSS have arrived instead of after the scripts have run (mobile LCP).
 */
export function prerenderFirstScreen(root: URL, base: string): Plugin {
  return {
    name: 'prerender-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        return injectPrerender(html, await renderScreens(root, base), base);
      },
    },
  };
}
