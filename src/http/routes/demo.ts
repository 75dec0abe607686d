import { Hono } from "hono";
import { html } from "hono/html";
import type { AppEnv } from "../app-deps.js";

/**
 * Demo pages: a plain Spanish ministry page with the widget embedded by its one script tag, as a
 * ministry would embed it. No inline script or style, so it works under the app's default CSP.
 *   GET /              the page
 *   GET /demo/strict   the same page under the strictest CSP an embedding site might send
 *   GET /demo/inline   a Labour-ministry page with <contigo-chat> placed inline, favouring INFOMIGRA
 *   GET /demo/site.css its stylesheet
 */

/** The CSP from issue #6, with HOST = the widget's origin (here, the page's own). */
export function strictCsp(host: string): string {
  return `default-src 'self'; script-src 'self' ${host}; style-src 'self'; connect-src ${host}`;
}

const SITE_CSS = `
:root{--red:#c8102e;--ink:#1b1b1b;--muted:#595959;--line:#dcdcdc;--soft:#f3f4f6;--link:#0b4f9c}
*{box-sizing:border-box}
body{margin:0;color:var(--ink);background:#fff;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:1rem;line-height:1.6}
a{color:var(--link)}
a:focus-visible{outline:3px solid var(--link);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem;z-index:10}
.skip:focus{left:1rem}
.state{background:#1b1b1b;color:#fff;font-size:.8125rem}
.state .wrap{display:flex;gap:1rem;align-items:center;padding:.35rem 1rem}
.state strong{letter-spacing:.04em}
.wrap{max-width:72rem;margin:0 auto;padding:0 1rem}
.masthead{border-bottom:1px solid var(--line);background:#fff}
.masthead .top{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:1rem;padding-top:1rem;padding-bottom:1rem}
.brand{display:flex;align-items:center;gap:.75rem;color:var(--ink);text-decoration:none}
.brand svg{width:44px;height:44px;flex:none}
.brand span{display:block;line-height:1.2}
.brand .small{font-size:.8125rem;color:var(--muted)}
.brand .big{font-size:1.125rem;font-weight:700}
nav.main ul{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;margin:0;padding:0;list-style:none}
nav.main a{color:var(--ink);text-decoration:none;font-weight:600;font-size:.9375rem}
nav.main a:hover{text-decoration:underline}
.crumbs{font-size:.875rem;color:var(--muted);padding:1rem 0 0}
.crumbs ol{display:flex;flex-wrap:wrap;gap:.5rem;margin:0;padding:0;list-style:none}
.crumbs li+li::before{content:"›";margin-right:.5rem}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 20rem;gap:2.5rem;padding:1rem 0 4rem}
h1{font-size:2rem;line-height:1.2;margin:.5rem 0 1rem}
h2{font-size:1.375rem;line-height:1.3;margin:2rem 0 .5rem}
.lead{font-size:1.125rem;color:#333}
.meta{font-size:.875rem;color:var(--muted)}
.card{border:1px solid var(--line);border-radius:.5rem;padding:1.25rem;background:#fff}
.card h2{margin-top:0;font-size:1.125rem}
aside .card+.card{margin-top:1rem}
.card ul{padding-left:1.25rem;margin:.5rem 0 0}
.notice{border-left:4px solid var(--red);background:var(--soft);padding:1rem 1.25rem;margin:1.5rem 0}
.steps{counter-reset:s;list-style:none;padding:0}
.steps li{counter-increment:s;position:relative;padding-left:2.5rem;margin:.75rem 0}
.steps li::before{content:counter(s);position:absolute;left:0;top:0;width:1.75rem;height:1.75rem;border-radius:50%;background:var(--red);color:#fff;font-weight:700;display:grid;place-items:center;font-size:.875rem}
.embed{margin-top:2rem}
footer{background:#1b1b1b;color:#e6e6e6;font-size:.875rem}
footer .wrap{padding:2rem 1rem}
footer a{color:#fff}
footer code{display:block;margin-top:.5rem;padding:.75rem;background:#2c2c2c;color:#fff;border-radius:.25rem;overflow-x:auto;font-size:.8125rem}
@media (max-width:48rem){.layout{grid-template-columns:1fr}h1{font-size:1.625rem}nav.main{width:100%}}
`;

const emblem = html`<svg viewBox="0 0 44 44" aria-hidden="true" focusable="false"><rect width="14.67" height="44" fill="#c8102e"/><rect x="14.67" width="14.67" height="44" fill="#fff"/><rect x="29.33" width="14.67" height="44" fill="#c8102e"/><rect x="0.5" y="0.5" width="43" height="43" fill="none" stroke="#dcdcdc"/></svg>`;

function masthead(ministry: string) {
  return html`<a class="skip" href="#contenido">Saltar al contenido</a>
    <header class="masthead">
      <div class="state"><div class="wrap"><strong>PERÚ</strong><span>Plataforma del Estado Peruano</span></div></div>
      <div class="wrap top">
        <a class="brand" href="/">${emblem}<span><span class="small">Estado Peruano</span><span class="big">${ministry}</span></span></a>
        <nav class="main" aria-label="Principal">
          <ul>
            <li><a href="#contenido">Inicio</a></li>
            <li><a href="#servicios">Trámites y servicios</a></li>
            <li><a href="#normas">Normas legales</a></li>
            <li><a href="#contacto">Contacto</a></li>
          </ul>
        </nav>
      </div>
    </header>`;
}

function footer(origin: string) {
  return html`<footer id="contacto">
    <div class="wrap">
      <p><strong>Página de demostración de Contigo.</strong> No es un sitio oficial; los enlaces del menú no llevan a ninguna parte.</p>
      <p>Para integrar el asistente en su sitio, agregue esta línea antes de <code>&lt;/body&gt;</code>:</p>
      <code>&lt;script src="${origin}/widget.js" async&gt;&lt;/script&gt;</code>
    </div>
  </footer>`;
}

/** The page around each demo: head, masthead, footer and the one script tag that embeds the widget. */
function demoPage(opts: { title: string; ministry: string; origin: string; content: ReturnType<typeof html> }) {
  return html`<!doctype html>
<html lang="es">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${opts.title}</title>
    <link rel="stylesheet" href="/demo/site.css" />
  </head>
  <body>
    ${masthead(opts.ministry)}
${opts.content}    ${footer(opts.origin)}
    <script src="/widget.js" async></script>
  </body>
</html>`;
}

function ministryPage(origin: string) {
  return demoPage({
    title: "Peruanos en el exterior: orientación y trámites · Cancillería",
    ministry: "Ministerio de Relaciones Exteriores",
    origin,
    content: html`    <div class="wrap">
      <nav class="crumbs" aria-label="Ruta de navegación">
        <ol><li><a href="/">Inicio</a></li><li><a href="#servicios">Servicios</a></li><li aria-current="page">Peruanos en el exterior</li></ol>
      </nav>
      <div class="layout">
        <main id="contenido">
          <h1>Peruanos en el exterior: orientación y trámites</h1>
          <p class="lead">Información para peruanos que viven fuera del país, que planean emigrar o que regresan al Perú: servicios consulares, protección y beneficios de la Ley del Retorno.</p>
          <p class="meta">Última actualización: noviembre de 2026</p>

          <h2 id="servicios">Servicios consulares</h2>
          <p>Los consulados del Perú atienden a los connacionales sin importar su situación migratoria. Entre sus servicios están la inscripción de nacimientos y matrimonios, el trámite del DNI y del pasaporte, los certificados de supervivencia y la asistencia en casos de emergencia.</p>
          <ol class="steps">
            <li>Ubique el consulado que corresponde a su domicilio en <a href="https://www.consulado.pe">consulado.pe</a>.</li>
            <li>Revise los requisitos del trámite y, si corresponde, pida una cita.</li>
            <li>Acuda con su documento de identidad y el comprobante de pago de la tasa.</li>
          </ol>

          <h2>Ley del Retorno (Ley 30001)</h2>
          <p>Los peruanos que regresan al país después de vivir al menos tres años en el extranjero pueden acceder a beneficios tributarios y no tributarios. El primer paso es solicitar la Tarjeta del Migrante Retornado.</p>
          <div class="notice"><p><strong>¿Tiene dudas?</strong> Use el asistente Contigo (botón en la esquina inferior de la página): responde en su idioma, con la fuente oficial.</p></div>

          <h2 id="normas">Protección consular</h2>
          <p>Si usted o un familiar está detenido, es víctima de un delito o de trata de personas en el extranjero, comuníquese con el consulado más cercano. En el Perú, la Línea 1818 atiende casos de trata de personas y la Línea 100, casos de violencia, de forma gratuita y las 24 horas.</p>
        </main>
        <aside aria-label="Canales de atención">
          <section class="card">
            <h2>Canales de atención</h2>
            <ul>
              <li>Consulados: <a href="https://www.consulado.pe">www.consulado.pe</a></li>
              <li>Ley del Retorno: <a href="mailto:leydelretorno@rree.gob.pe">leydelretorno@rree.gob.pe</a></li>
              <li>Lunes a viernes, de 8:30 a. m. a 4:30 p. m.</li>
            </ul>
          </section>
          <section class="card">
            <h2>Enlaces de interés</h2>
            <ul>
              <li><a href="/cards?lang=es">Todas las fichas informativas</a></li>
            </ul>
          </section>
        </aside>
      </div>
    </div>
`,
  });
}

function labourPage(origin: string) {
  return demoPage({
    title: "Migración laboral informada · Ministerio de Trabajo",
    ministry: "Ministerio de Trabajo y Promoción del Empleo",
    origin,
    content: html`    <div class="wrap">
      <div class="layout">
        <main id="contenido">
          <h1>Migración laboral informada</h1>
          <p class="lead">Antes de trabajar en otro país, conozca sus derechos laborales, los convenios de seguridad social y dónde pedir orientación gratuita.</p>
          <section class="embed" aria-label="Asistente Contigo">
            <contigo-chat sources="infomigra" topics="work"></contigo-chat>
          </section>
        </main>
        <aside aria-label="Servicios">
          <section class="card">
            <h2>Servicio de Orientación al Migrante</h2>
            <p>Orientación gratuita, presencial y virtual, para quienes planean trabajar en el extranjero.</p>
          </section>
        </aside>
      </div>
    </div>
`,
  });
}

const originOf = (url: string) => new URL(url).origin;

export const demoRoutes = new Hono<AppEnv>()
  .get("/", (c) => c.html(ministryPage(originOf(c.req.url))))
  .get("/demo/strict", (c) => {
    const origin = originOf(c.req.url);
    // The header is the policy under test; the app's secureHeaders keeps a route's own policy.
    c.header("Content-Security-Policy", strictCsp(origin));
    return c.html(ministryPage(origin));
  })
  .get("/demo/inline", (c) => c.html(labourPage(originOf(c.req.url))))
  .get("/demo/site.css", (c) => {
    c.header("content-type", "text/css; charset=utf-8");
    c.header("cache-control", "public, max-age=3600");
    return c.body(SITE_CSS);
  });
