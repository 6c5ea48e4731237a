/*
 * Asks for a signed-in landing page's first answers while the app's code is still downloading
 * (an async classic script: it blocks nothing and runs as soon as it arrives, long before the
 * app's modules have loaded and evaluated). The app takes each answer once, for the same URL
 * and token, through its api client (apps/web/src/api/early.ts); the rest it forgets when its
 * first page is ready; when the app started first (its code came from the cache), this asks for
 * nothing. Kept in step with the pages' own requests: `GET /me` on every page, and
 * the dashboard's figures and milestones for the year in China.
 */
(function () {
  var token;
  try {
    token = localStorage.getItem('techmarket.token');
  } catch (e) {
    return;
  }
  // With the app's code in the browser's cache the app may start first and ask itself.
  if (!token || typeof fetch !== 'function' || window.__techmarketStarted) return;
  var year = new Date(Date.now() + 8 * 3600 * 1000).getUTCFullYear();
  var urls = ['/api/v1/me'];
  if (location.pathname === '/bureau/dashboard') {
    urls.push('/api/v1/stats/turnover?year=' + year, '/api/v1/notifications?year=' + year + '&limit=5');
  }
  var answers = {};
  urls.forEach(function (url) {
    var href = new URL(url, location.origin).href;
    answers[href] = fetch(href, { headers: { authorization: 'Bearer ' + token, accept: 'application/json' } });
    answers[href].catch(function () {});
  });
  window.__techmarketEarly = { authorization: 'Bearer ' + token, answers: answers };
})();
