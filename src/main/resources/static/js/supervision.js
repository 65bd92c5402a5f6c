/* The inspection committee's page (templates/supervision.html): reads /api/supervisions and /api/selections. */
(function () {
  'use strict';
  var page = document.getElementById('supervision');
  var api = page.getAttribute('data-api');
  var root = page.getAttribute('data-organization');
  var ACTION_CLASS = { INSPECT: 'band-not-deployed', SUPERVISE: 'band-low', NONE: 'band-commended' };

  var $ = Dondoc.$;
  var el = Dondoc.el;
  var date = Dondoc.date;

  function get(path) { return Dondoc.getJson(api + path); }

  function fail(error) {
    Dondoc.showError(Dondoc.problem(error, { notFound: 'Không tìm thấy' }));
  }

  function drawSupervisions(list) {
    var items = $('supervisions');
    items.textContent = '';
    $('no-supervision').hidden = list.length > 0;
    list.forEach(function (s) {
      var item = el('li', { 'class': 'item', 'data-id': s.id });
      item.appendChild(el('strong', {}, 'GS-' + s.id + ' · ' + s.kindLabel + ' · ' + s.periodLabel));
      item.appendChild(el('span', { 'class': 'line' }, s.organizationName));
      item.appendChild(el('span', { 'class': 'line' }, s.subject));
      item.appendChild(el('span', { 'class': 'line muted' }, s.statusLabel + (s.dueOn ? ' · hạn ' + date(s.dueOn) : '')));
      items.appendChild(item);
    });
  }

  function drawSelections(list) {
    var items = $('selections');
    items.textContent = '';
    $('no-selection').hidden = list.length > 0;
    if (list.length) {
      $('selection-note').textContent = 'Kỳ ' + list[0].period + ', bảng quyết định ' + list[0].decision.key
        + ' phiên bản ' + list[0].decision.version + '; xếp theo mức ưu tiên.';
    }
    list.forEach(function (s) {
      var item = el('li', { 'class': 'item', 'data-code': s.organizationCode, 'data-action': s.action });
      var head = el('strong', {});
      head.appendChild(el('span', { 'class': 'swatch ' + ACTION_CLASS[s.action] }));
      head.appendChild(document.createTextNode(s.organizationName + ': ' + s.actionLabel));
      item.appendChild(head);
      item.appendChild(el('span', { 'class': 'line' }, s.reason));
      item.appendChild(el('span', { 'class': 'line muted' }, 'Ưu tiên ' + s.priority
        + (s.supervisionId ? ' · đã lập giám sát GS-' + s.supervisionId : '')
        + (s.inspectionRequested ? ' · đã đề nghị kiểm tra' : '')));
      items.appendChild(item);
    });
  }

  function load() {
    var organization = encodeURIComponent(root);
    return Promise.all([get('/supervisions?open=true&organization=' + organization),
      get('/selections?organization=' + organization)])
      .then(function (answers) {
        drawSupervisions(answers[0]);
        drawSelections(answers[1]);
        $('status').hidden = true;
        $('content').hidden = false;
      });
  }

  $('tasklist').href = page.getAttribute('data-tasklist');
  $('select-form').addEventListener('submit', function (event) {
    event.preventDefault();
    $('error').hidden = true;
    $('select').disabled = true;
    Dondoc.send('POST', api + '/selections', { organization: root, period: $('period').value })
      .then(load)
      .catch(fail)
      .then(function () { $('select').disabled = false; });
  });
  if (!root) {
    fail({ status: 404, message: 'chưa chọn tổ chức' });
  } else {
    load().catch(fail);
  }
}());
