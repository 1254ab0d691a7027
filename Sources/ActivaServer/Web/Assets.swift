/// The page's stylesheet and its one small script, served by the app itself (nothing from outside).
enum Assets {
    static let css = """
    :root { --ink: #1d2733; --muted: #5b6775; --line: #d9dee4; --accent: #0b6e4f; --warn: #a33b20; --bg: #fbfbf8; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
    header { display: flex; gap: 2rem; align-items: baseline; padding: .8rem 1.5rem; background: #fff; border-bottom: 1px solid var(--line); }
    header .brand { font-weight: 700; font-size: 1.3rem; color: var(--accent); text-decoration: none; }
    main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
    footer { color: var(--muted); font-size: .85rem; padding: 1rem 1.5rem; border-top: 1px solid var(--line); }
    p.mode { margin: 0; padding: .4rem 1.5rem; font-size: .85rem; color: var(--muted); background: var(--paper, #f4f1ea); border-bottom: 1px solid var(--line); }
    h1 small, h2 small { color: var(--muted); font-weight: 400; font-size: .6em; }
    a { color: var(--accent); }
    form label { display: inline-flex; flex-direction: column; margin: 0 .8rem .6rem 0; font-size: .9rem; color: var(--muted); }
    form label:has(input[type=checkbox]) { flex-direction: row; gap: .3rem; align-items: center; }
    input, select, textarea, button { font: inherit; padding: .35rem .5rem; border: 1px solid var(--line); border-radius: 4px; color: var(--ink); }
    button { background: var(--accent); color: #fff; border: 0; cursor: pointer; }
    button.link { background: none; color: var(--warn); padding: 0; text-decoration: underline; }
    form.inline { display: inline; }
    fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 1rem; }
    .result { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .8rem 1rem; margin-top: 1rem; }
    .big { font-size: 1.4rem; margin: 0 0 .4rem; }
    .insight { background: #eef7f2; border-left: 4px solid var(--accent); padding: .4rem .7rem; }
    .error { background: #fbeee9; border-left: 4px solid var(--warn); padding: .4rem .7rem; }
    .warnings { background: #fff7e6; border-left: 4px solid #c98a00; padding: .2rem .9rem; margin: 1rem 0; }
    table { border-collapse: collapse; background: #fff; margin: .5rem 0 1.5rem; }
    .scroll { overflow-x: auto; max-width: 100%; }
    th, td { border-bottom: 1px solid var(--line); padding: .3rem .6rem; text-align: left; vertical-align: top; }
    td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    tr.total th, tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
    .summary th { font-weight: 400; color: var(--muted); }
    details.explain { display: inline-block; }
    details.explain summary { cursor: pointer; list-style: none; text-decoration: underline dotted; }
    details.explain[open] { display: block; text-align: left; }
    details.explain ul { font-size: .85rem; color: var(--muted); max-width: 40rem; white-space: normal; margin: .3rem 0; }
    li.source { list-style: "§ "; }
    .tabs .tab { padding: .2rem .6rem; border: 1px solid var(--line); border-radius: 4px; text-decoration: none; margin-right: .2rem; }
    .tabs .tab.active { background: var(--accent); color: #fff; }
    svg.chart { width: 100%; max-width: 640px; height: auto; background: #fff; border: 1px solid var(--line); border-radius: 6px; }
    svg .axis { stroke: var(--muted); stroke-width: 1; }
    svg .curve { fill: none; stroke: var(--accent); stroke-width: 2; }
    svg .marker { fill: var(--warn); }
    svg .label, svg .tick, svg .legend { font-size: 11px; fill: var(--ink); }
    svg .series { fill: none; stroke-width: 2; }
    svg .s0 { stroke: #0b6e4f; fill: #0b6e4f; } svg .s1 { stroke: #1f5fa8; fill: #1f5fa8; } svg .s2 { stroke: #a33b20; fill: #a33b20; }
    svg .s3 { stroke: #7a4fb0; fill: #7a4fb0; } svg .s4 { stroke: #c98a00; fill: #c98a00; } svg .s5 { stroke: #2d8a8a; fill: #2d8a8a; }
    svg .s6 { stroke: #8a2d5d; fill: #8a2d5d; } svg .s7 { stroke: #4a4a4a; fill: #4a4a4a; }
    svg polyline.series { fill: none; }
    """

    /// Live KIA while typing: asks the app's own API, falls back to the plain form without JavaScript.
    static let javascript = """
    (function () {
      var form = document.getElementById('kia-form');
      if (!form || !window.fetch) return;
      var year = document.getElementById('kia-year'), amounts = document.getElementById('kia-amounts');
      var result = document.getElementById('kia-result'), lang = document.documentElement.lang;
      var timer = null;
      function parse(text) {
        return text.split(/[\\s;]+/).filter(function (t) { return t.length; }).map(function (t) {
          t = t.replace('€', '');
          if (t.indexOf(',') >= 0) t = t.replace(/\\./g, '').replace(',', '.');
          return t;
        });
      }
      function update() {
        var list = parse(amounts.value);
        if (!list.length) return;
        var url = '/?lang=' + lang + '&year=' + encodeURIComponent(year.value) + '&amounts=' + encodeURIComponent(amounts.value);
        fetch(url, { headers: { 'Accept': 'text/html' } }).then(function (r) { return r.text(); }).then(function (html) {
          var doc = new DOMParser().parseFromString(html, 'text/html');
          var fresh = doc.getElementById('kia-result');
          if (fresh) result.innerHTML = fresh.innerHTML;
        }).catch(function () {});
      }
      amounts.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(update, 250); });
      year.addEventListener('change', update);
    })();
    (function () {
      // Taking over an activastaat: the chosen CSV file into the form's text field (UTF-8, else Windows-1252 as Excel saves it).
      var input = document.getElementById('sheet-file'), area = document.getElementById('sheet-text');
      if (!input || !area || !window.TextDecoder) return;
      input.addEventListener('change', function () {
        var file = input.files && input.files[0];
        if (!file) return;
        file.arrayBuffer().then(function (buffer) {
          var text;
          try { text = new TextDecoder('utf-8', { fatal: true }).decode(buffer); }
          catch (e) { text = new TextDecoder('windows-1252').decode(buffer); }
          area.value = text;
        });
      });
    })();
    """
}
