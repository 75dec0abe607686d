// The dashboard's browser script, served as /assets/admin.js (no inline script: the page's CSP
// allows only our own files). It fetches /api/admin/insights with the token typed into the form,
// keeps the token in memory only, and draws every chart as SVG built with DOM calls (no innerHTML).
export const ADMIN_JS = String.raw`(() => {
  const $ = (id) => document.getElementById(id);
  const L = JSON.parse($("admin-labels").textContent);
  const report = $("admin-report");
  const status = $("admin-status");
  const SVG = "http://www.w3.org/2000/svg";
  const COLORS = ["#9b1b1f", "#0b4f9c", "#2e7d32", "#b26b00", "#6a1b9a", "#00838f", "#5d4037", "#c2185b", "#455a64"];
  let token = "";
  let data = null;

  const el = (tag, attrs, ...kids) => {
    const n = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) n.setAttribute(k, v);
    for (const k of kids) n.append(k instanceof Node ? k : document.createTextNode(String(k)));
    return n;
  };
  const svg = (tag, attrs, ...kids) => {
    const n = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) n.setAttribute(k, String(v));
    for (const k of kids) n.append(k instanceof Node ? k : document.createTextNode(String(k)));
    return n;
  };
  const section = (title, ...kids) => el("section", { class: "admin-section" }, el("h2", {}, title), ...kids);
  const table = (head, rows) =>
    rows.length
      ? el("table", {}, el("thead", {}, el("tr", {}, ...head.map((h) => el("th", { scope: "col" }, h)))), el("tbody", {}, ...rows.map((r) => el("tr", {}, ...r.map((c) => el("td", {}, c))))))
      : el("p", {}, L.noData);
  const pct = (x) => (x == null ? "—" : Math.round(x * 100) + "%");

  function stackedDays(perDay) {
    const days = [...new Set(perDay.map((d) => d.day))].sort();
    const langs = [...new Set(perDay.map((d) => d.lang))].sort();
    if (!days.length) return el("p", {}, L.noData);
    const totals = days.map((d) => perDay.filter((x) => x.day === d).reduce((s, x) => s + x.count, 0));
    const max = Math.max(...totals, 1);
    const W = Math.max(320, days.length * 28 + 40), H = 180, bw = 20;
    const chart = svg("svg", { viewBox: "0 0 " + W + " " + (H + 40), role: "img", "aria-label": L.perDay, class: "chart" });
    days.forEach((d, i) => {
      let y = H;
      langs.forEach((lang, li) => {
        const n = (perDay.find((x) => x.day === d && x.lang === lang) || { count: 0 }).count;
        if (!n) return;
        const h = (n / max) * (H - 10);
        y -= h;
        chart.append(svg("rect", { x: 30 + i * 28, y, width: bw, height: h, fill: COLORS[li % COLORS.length] }, svg("title", {}, d + " · " + lang + ": " + n)));
      });
      chart.append(svg("text", { x: 30 + i * 28 + bw / 2, y: H + 14, "font-size": 9, "text-anchor": "middle" }, d.slice(5)));
    });
    chart.append(svg("text", { x: 2, y: 12, "font-size": 10 }, String(max)));
    const legend = el("ul", { class: "legend" }, ...langs.map((lang, li) => el("li", {}, el("span", { class: "swatch swatch-" + (li % COLORS.length) }), lang)));
    return el("div", {}, chart, legend);
  }

  function bars(rows) {
    if (!rows.length) return el("p", {}, L.noData);
    const max = Math.max(...rows.map((r) => r.count), 1);
    const H = rows.length * 24;
    const chart = svg("svg", { viewBox: "0 0 420 " + H, role: "img", "aria-label": L.statuses, class: "chart" });
    rows.forEach((r, i) => {
      chart.append(svg("text", { x: 0, y: i * 24 + 15, "font-size": 11 }, r.status));
      chart.append(svg("rect", { x: 110, y: i * 24 + 4, width: (r.count / max) * 260, height: 16, fill: COLORS[i % COLORS.length] }));
      chart.append(svg("text", { x: 115 + (r.count / max) * 260, y: i * 24 + 16, "font-size": 11 }, String(r.count)));
    });
    return chart;
  }

  function render(d) {
    report.replaceChildren(
      section(L.perDay, stackedDays(d.perDay)),
      section(L.statuses, bars(d.statuses)),
      section(L.topCards, table([L.card, L.count], d.topCards.map((c) => [c.title, c.count]))),
      section(L.unanswered, table([L.count, L.question, L.languages, L.examples], d.unanswered.map((g) => [g.count, g.label, g.langs.join(", "), g.examples.join(" · ")]))),
      section(L.feedback, table([L.card, L.helpful, L.notHelpful, L.feedbackRate], d.feedback.map((f) => [f.title, f.helpful, f.notHelpful, pct(f.feedbackRate)]))),
      section(L.checklists, table([L.flow, L.started, L.completed, L.completionRate, L.dropOff], d.flows.map((f) => [f.flowId, f.started, f.completed, pct(f.completionRate), f.lastStep.map((s) => s.step + " (" + s.conversations + ")").join(", ")]))),
    );
  }

  async function load(days) {
    status.textContent = L.loading;
    const res = await fetch("/api/admin/insights?days=" + days + "&lang=" + report.dataset.lang, { headers: { authorization: "Bearer " + token } });
    if (res.status === 401) {
      status.textContent = L.unauthorized;
      return;
    }
    if (!res.ok) {
      status.textContent = L.failed;
      return;
    }
    data = await res.json();
    status.textContent = "";
    $("admin-csv").disabled = false;
    render(data);
  }

  $("admin-form").addEventListener("submit", (e) => {
    e.preventDefault();
    token = $("admin-token").value;
    load($("admin-days").value).catch(() => (status.textContent = L.failed));
  });
  $("admin-csv").addEventListener("click", async () => {
    const res = await fetch("/api/admin/insights.csv?days=" + $("admin-days").value, { headers: { authorization: "Bearer " + token } });
    if (!res.ok) return;
    const url = URL.createObjectURL(await res.blob());
    const a = el("a", { href: url, download: "contigo-insights.csv" });
    document.body.append(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(url);
  });
})();`;
