// Stand-ins for vendors' tags, used only to record HAR fixtures on loopback.
// Each vendor's script URL is answered by the recorder with a one-line call
// into window.__vendor; the functions below send what the real tags send
// (endpoints, parameters, body encodings) as described in
// core/knowledge/trackers.json and shared knowledge trackers.md.
(function () {
  function q(o) { return Object.keys(o).map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(o[k]); }).join('&'); }
  function img(u) { var i = new Image(); i.src = u; }
  function cookie(n) { var m = document.cookie.match(new RegExp('(?:^|; )' + n + '=([^;]*)')); return m ? m[1] : ''; }
  function setCookie(n, v) { document.cookie = n + '=' + v + '; path=/; max-age=31536000'; }
  async function sha(s) {
    var b = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s));
    return Array.from(new Uint8Array(b)).map(function (x) { return x.toString(16).padStart(2, '0'); }).join('');
  }
  async function gzip(s) {
    var cs = new Blob([s]).stream().pipeThrough(new CompressionStream('gzip'));
    return new Uint8Array(await new Response(cs).arrayBuffer());
  }
  async function deflate(s) {
    var cs = new Blob([s]).stream().pipeThrough(new CompressionStream('deflate'));
    return new Uint8Array(await new Response(cs).arrayBuffer());
  }
  function b64(bytes) { var s = ''; bytes.forEach(function (x) { s += String.fromCharCode(x); }); return btoa(s); }
  function val(sel) { var e = document.querySelector(sel); return e ? e.value : ''; }
  function post(u, body, type) { return fetch(u, { method: 'POST', mode: 'no-cors', keepalive: true, body: body, headers: type ? { 'Content-Type': type } : {} }); }
  // Replay tools upload rrweb-style events: type 3 source 5 is an input.
  var typed = [];
  document.addEventListener('input', function (e) { typed.push({ type: 3, data: { source: 5, text: e.target.value, id: 7 }, timestamp: Date.now() }); }, true);
  function onClick(fn) { document.addEventListener('click', function (e) { var b = e.target.closest('button'); if (b) fn(b, e); }, true); }
  var V = window.__vendor = {};
  var later = []; // replay uploads flushed when the recorder asks
  window.__flush = function () { return Promise.all(later.map(function (f) { return f(); })); };

  V.meta = function () {
    var id = window.__fbqId || '1234567890123';
    var fbp = cookie('_fbp');
    if (!fbp) { fbp = 'fb.1.' + Date.now() + '.' + Math.floor(Math.random() * 1e9); setCookie('_fbp', fbp); }
    function base(ev) { return { id: id, ev: ev, dl: location.href, rl: document.referrer, if: 'false', ts: Date.now(), sw: screen.width, sh: screen.height, v: '2.9.174', r: 'stable', ec: 0, o: 4126, fbp: fbp, it: Date.now() - 300, coo: 'false', rqm: 'GET' }; }
    var s = document.createElement('script'); s.src = 'https://connect.facebook.net/signals/config/' + id + '?v=2.9.174&r=stable'; document.head.appendChild(s);
    if (window.__fbqRevoked) return; // fbq('consent','revoke'): the script loads, nothing is sent
    img('https://www.facebook.com/tr/?' + q(base('PageView')));
    onClick(async function (b) {
      var form = b.closest('form');
      var p = base('SubscribedButtonClick'); p.rqm = 'formPOST'; p.es = 'automatic';
      p['cd[buttonText]'] = b.innerText;
      p['cd[buttonFeatures]'] = JSON.stringify({ classList: b.className, destination: form ? form.action : '', id: b.id, imageUrl: '', innerText: b.innerText, numChildButtons: 0, tag: 'button', type: b.type, name: b.name, value: b.value });
      p['cd[formFeatures]'] = JSON.stringify(form ? Array.from(form.elements).filter(function (x) { return x.name; }).map(function (x) { return { id: x.id, name: x.name, tag: x.tagName.toLowerCase(), inputType: x.type }; }) : []);
      p['cd[pageFeatures]'] = JSON.stringify({ title: document.title });
      if (form) {
        var em = val('input[type=email]'), ph = val('input[type=tel]');
        if (em) { p['udff[em]'] = await sha(em.trim().toLowerCase()); p['cudff[em]'] = em.replace(/[^@.]/g, '*'); }
        if (ph) { var d = ph.replace(/\D/g, ''); if (d.length === 10) d = '1' + d; p['udff[ph]'] = await sha(d); }
      }
      post('https://www.facebook.com/tr/', new URLSearchParams(p), 'application/x-www-form-urlencoded');
    });
  };
  V.tiktok = function () {
    var code = 'CTT5STUB0001';
    function ev(name, extra) {
      var body = { event: name, event_id: String(Date.now()), message_id: 'm1', timestamp: new Date().toISOString(), context: { pixel: { code: code }, page: { url: location.href, referrer: document.referrer }, user: {}, library: { name: 'pixel.js', version: '2.2.1' } }, properties: {} };
      Object.assign(body, extra || {});
      return body;
    }
    post('https://analytics.tiktok.com/api/v2/pixel', JSON.stringify(ev('Pageview')), 'application/json');
    onClick(async function (b) {
      var body = ev('ClickButton', { auto_collected_properties: { trigger_element: { tag: 'BUTTON', inner_text: b.innerText, attributes: { name: b.name, id: b.id }, xpath: '/html/body/form/button' } } });
      var em = val('input[type=email]');
      if (em) body.context.user.email = await sha(em.trim().toLowerCase());
      post('https://analytics.tiktok.com/api/v2/pixel/act', JSON.stringify(body), 'application/json');
    });
  };
  V.gtag = function () {
    var id = (document.currentScript && new URL(document.currentScript.src).searchParams.get('id')) || '';
    if (id.indexOf('G-') === 0) {
      var common = 'v=2&tid=' + id + '&cid=1234567.' + Math.floor(Date.now() / 1000) + '&sid=' + Math.floor(Date.now() / 1000);
      navigator.sendBeacon('https://region1.google-analytics.com/g/collect?' + common, 'en=page_view&dl=' + encodeURIComponent(location.href) + '&dt=' + encodeURIComponent(document.title) + '&dr=' + encodeURIComponent(document.referrer));
      document.addEventListener('focusin', function once(e) {
        if (!e.target.form) return;
        document.removeEventListener('focusin', once, true);
        var f = e.target.form;
        navigator.sendBeacon('https://region1.google-analytics.com/g/collect?' + common, 'en=form_start&ep.form_id=' + encodeURIComponent(f.id) + '&ep.first_field_name=' + encodeURIComponent(e.target.name) + '&ep.first_field_type=' + e.target.type);
      }, true);
    } else if (id.indexOf('AW-') === 0) {
      var n = id.slice(3);
      img('https://googleads.g.doubleclick.net/pagead/viewthroughconversion/' + n + '/?random=' + Date.now() + '&cv=11&fst=' + Date.now() + '&url=' + encodeURIComponent(location.href) + '&tiba=' + encodeURIComponent(document.title) + '&data=event%3Dpage_view');
      onClick(async function () {
        var em = val('input[type=email]');
        var e = em ? '&em=tv.1~em.' + (await sha(em.trim().toLowerCase())) : '';
        img('https://www.google.com/pagead/1p-conversion/' + n + '/?label=conv_lead&url=' + encodeURIComponent(location.href) + e + '&ec_mode=a');
      });
    }
  };
  V.linkedin = function () {
    img('https://px.ads.linkedin.com/collect?v=2&fmt=js&pid=4242424&url=' + encodeURIComponent(location.href) + '&time=' + Date.now());
    onClick(async function (b) {
      var body = JSON.stringify({ pids: [4242424], scriptVersion: 186, signals: { tagName: b.tagName, innerText: b.innerText, name: b.name, isFilteredByClient: false }, href: location.href });
      post('https://px.ads.linkedin.com/wa/?medium=fetch&fmt=g', b64(await gzip(body)), 'text/plain');
    });
  };
  V.x = function () {
    img('https://analytics.twitter.com/i/adsct?bci=3&eci=2&event_id=e' + Date.now() + '&events=' + encodeURIComponent(JSON.stringify([['pageview', {}]])) + '&integration=advertiser&p_id=Twitter&p_user_id=0&pl_id=pl1&tw_document_href=' + encodeURIComponent(location.href) + '&tw_iframe_status=0&txn_id=ostub1&type=javascript&version=2.3.30');
  };
  V.snap = function () {
    post('https://tr.snapchat.com/p', JSON.stringify({ ctx: { v: '1.0' }, req: [{ t: { pid: 'snap-pid-0001', ev: 'PAGE_VIEW', pl: location.href, rf: document.referrer, ts: Date.now() } }] }), 'application/json');
  };
  V.pinterest = function () {
    img('https://ct.pinterest.com/v3/?event=init&ad=' + encodeURIComponent(JSON.stringify({ loc: location.href, ref: document.referrer })) + '&cb=' + Date.now() + '&tid=2613000000001');
  };
  V.reddit = function () {
    img('https://alb.reddit.com/rp.gif?ts=' + Date.now() + '&id=t2_stub01&event=PageVisit&m.itemCount=0&uuid=' + Date.now() + '.abc&integration=reddit&opt_out=0&v=rdt_stub');
  };
  V.uet = function () {
    img('https://bat.bing.com/action/0?ti=187000001&tm=al001&Ver=2&mid=m1&evt=pageLoad&sid=s1&vid=v1&p=' + encodeURIComponent(location.href) + '&r=' + encodeURIComponent(document.referrer) + '&tl=' + encodeURIComponent(document.title) + '&lg=en-US&sw=1280&sh=720');
  };
  // Session replay.
  function snapshot(extra) { return JSON.stringify(Object.assign({ url: location.href, events: typed.slice() }, extra || {})); }
  V.hotjar = function () {
    later.push(function () { return post('https://content.hotjar.io/?site_id=3700001&gzip=1', snapshot(), 'application/json'); });
  };
  V.fullstory = function () {
    post('https://rs.fullstory.com/rec/page', JSON.stringify({ OrgId: 'o-STUB1-na1', Url: location.href, Referrer: document.referrer }), 'text/plain');
    later.push(function () { return post('https://rs.fullstory.com/rec/bundle/v2?OrgId=o-STUB1-na1&UserId=1&SessionId=2&PageId=3&Seq=1', JSON.stringify({ Seq: 1, When: 0, Evts: typed.map(function (t) { return { Kind: 14, Args: [7, t.data.text] }; }).concat([{ Kind: 3, Args: [typed] }]) }), 'text/plain'); });
  };
  V.clarity = function () {
    later.push(async function () { return post('https://k.clarity.ms/collect', await gzip(JSON.stringify({ e: [1, 'stubproj1'], a: [], p: typed })), 'application/octet-stream'); });
  };
  V.logrocket = function () {
    later.push(function () { return post('https://r.lr-ingest.io/i?a=stub%2Fapp&r=1', snapshot(), 'application/json'); });
  };
  V.mouseflow = function () {
    later.push(function () { return post('https://o2.mouseflow.com/events?websiteId=11111111-2222-3333-4444-555555555555', snapshot(), 'text/plain'); });
  };
  V.smartlook = function () {
    later.push(function () { return post('https://manager.eu.smartlook.cloud/rec/events?key=stubkey', snapshot(), 'application/json'); });
  };
  V.luckyorange = function () {
    later.push(function () { return post('https://w1.luckyorange.com/v1/rec?site-id=stub123', snapshot(), 'application/json'); });
  };
  V.quantum = function () {
    later.push(async function () { return post('https://ingest.quantummetric.com/horizon/stubco?T=B&u=' + encodeURIComponent(location.href), await gzip(snapshot()), 'application/octet-stream'); });
  };
  V.contentsquare = function () {
    img('https://c.contentsquare.net/pageview?pid=9001&url=' + encodeURIComponent(location.href) + '&r=' + encodeURIComponent(document.referrer));
    later.push(function () { return post('https://k-ba.contentsquare.net/v2/recording?rt=7&pid=9001', snapshot(), 'text/plain'); });
  };
  V.heap = function () {
    img('https://heapanalytics.com/h?a=1234567890&u=1&v=2&s=3&b=web&tm=' + Date.now() + '&h=' + encodeURIComponent(location.pathname) + '&t=' + encodeURIComponent(document.title));
    onClick(function (b) { img('https://heapanalytics.com/h?a=1234567890&k=click&n=' + encodeURIComponent(b.innerText) + '&h=' + encodeURIComponent(location.pathname)); });
  };
  V.posthog = function () {
    post('https://us.i.posthog.com/e/?ip=1&ver=1.200.0', JSON.stringify({ event: '$pageview', properties: { $current_url: location.href, $referrer: document.referrer, token: 'phc_stubprojecttoken0001' } }), 'application/json');
    later.push(async function () { return post('https://us.i.posthog.com/s/?compression=gzip-js&ip=1&ver=1.200.0', await gzip(JSON.stringify([{ event: '$snapshot', properties: { $snapshot_data: typed, $current_url: location.href } }])), 'text/plain'); });
  };
  V.sentry = function () {
    later.push(async function () {
      var rec = await deflate(JSON.stringify(typed));
      var head = new TextEncoder().encode(JSON.stringify({ event_id: 'e1', sent_at: new Date().toISOString() }) + '\n' + JSON.stringify({ type: 'replay_event' }) + '\n' + JSON.stringify({ type: 'replay_event', urls: [location.href] }) + '\n' + JSON.stringify({ type: 'replay_recording', length: rec.length }) + '\n');
      var body = new Uint8Array(head.length + rec.length); body.set(head); body.set(rec, head.length);
      return post('https://o4500000.ingest.us.sentry.io/api/4500001/envelope/?sentry_key=stubpublickey01&sentry_version=7', body, 'text/plain;charset=UTF-8');
    });
  };
  V.datadog = function () {
    post('https://browser-intake-datadoghq.com/api/v2/rum?ddsource=browser&dd-api-key=pubstub0001', JSON.stringify({ type: 'view', view: { url: location.href, referrer: document.referrer } }), 'text/plain');
    later.push(async function () {
      var fd = new FormData();
      fd.append('segment', new Blob([await deflate(JSON.stringify({ records: typed }))]), 'seg');
      fd.append('event', new Blob([JSON.stringify({ view: { url: location.href } })], { type: 'application/json' }), 'blob');
      return fetch('https://browser-intake-datadoghq.com/api/v2/replay?ddsource=browser&dd-api-key=pubstub0001', { method: 'POST', mode: 'no-cors', body: fd });
    });
  };
  // Chat widgets: the loader, then the visitor's message on send.
  function chat(url, body) { onClick(function (b) { if (b.id === 'send') post(url, JSON.stringify(body(val('#chat'))), 'application/json'); }); }
  V.salesforce = function () { chat('https://stubco.my.salesforce-scrt.com/iamessage/api/v2/conversation/c1/message', function (t) { return { message: { text: t }, esDeveloperName: 'Web_Chat' }; }); };
  V.liveperson = function () { chat('https://va.v.liveperson.net/api/account/12345678/messaging/consumer/conversation/send', function (t) { return { kind: 'req', body: { message: t } }; }); };
  V.drift = function () {
    post('https://event.api.drift.com/track', JSON.stringify({ event: 'page', url: location.href, embedId: 'stubembed01' }), 'application/json');
    chat('https://conversation.api.drift.com/messages', function (t) { return { body: t }; });
  };
  V.intercom = function () {
    post('https://api-iam.intercom.io/messenger/web/ping', 'app_id=stubapp1&referer=' + encodeURIComponent(location.href), 'application/x-www-form-urlencoded');
    chat('https://api-iam.intercom.io/messenger/web/conversations', function (t) { return { app_id: 'stubapp1', message: t }; });
  };
  V.zendesk = function () { chat('https://stubco.zendesk.com/sc/sdk/v2/apps/app1/conversations/c1/messages', function (t) { return { content: { type: 'text', text: t } }; }); };
  // Consent managers: a banner whose buttons store the answer the way the
  // real CMP does (cookie and consent-log request).
  V.onetrust = function () {
    var groups = window.__otDefault || 'C0001:1,C0002:1,C0004:1';
    if (!cookie('OptanonAlertBoxClosed')) setCookie('OptanonConsent', encodeURIComponent('isGpcEnabled=0&version=202409.1.0&groups=' + groups + '&interactionCount=0'));
    onClick(function (b) {
      if (b.id !== 'reject' && b.id !== 'accept') return;
      var g = b.id === 'reject' ? 'C0001:1,C0002:0,C0004:0' : 'C0001:1,C0002:1,C0004:1';
      setCookie('OptanonConsent', encodeURIComponent('isGpcEnabled=0&version=202409.1.0&groups=' + g + '&interactionCount=1'));
      setCookie('OptanonAlertBoxClosed', new Date().toISOString());
    });
  };
  V.cookiebot = function () {
    onClick(function (b) {
      if (b.id !== 'reject' && b.id !== 'accept') return;
      var m = b.id === 'accept';
      setCookie('CookieConsent', encodeURIComponent("{stamp:'stub',necessary:true,preferences:" + m + ',statistics:' + m + ',marketing:' + m + ",method:'explicit',ver:1}"));
      img('https://consent.cookiebot.com/logconsent.ashx?action=' + (m ? 'accept' : 'decline') + '&cbid=stub');
    });
  };
  // A page can set __loadOnly to load every script and send nothing, as a
  // tag does that queues events until consent.
  if (window.__loadOnly) Object.keys(V).forEach(function (k) { V[k] = function () {}; });
})();
