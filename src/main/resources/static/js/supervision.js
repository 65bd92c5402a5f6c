/* The inspection committee's page (templates/supervision.html): reads /api/supervisions and /api/selections. */
(function () {
  'use strict';
  var page = document.getElementById('supervision');
  var api = page.getAttribute('data-api');
  var root = page.getAttribute('data-organization');
  var ACTION_CLASS = { INSPECT: 'band-not-deployed', SUPERVISE: 'band-low', NONE: 'band-commended' };

  function $(id) { return document.getElementById(id); }

  function el(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  /** 2026-03-31 as 31/03/2026. */
  function date(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
    return m ? m[3] + '/' + m[2] + '/' + m[1] : '';
  }

  function send(method, path, body) {
    var headers = { Accept: 'application/json' };
    if (body) {
      headers['Content-Type'] = 'application/json';
      headers[document.querySelector('meta[name="_csrf_header"]').content] = document.querySelector('meta[name="_csrf"]').content;
    }
    return fetch(api + path, { method: method, headers: headers, credentials: 'same-origin', body: body ? JSON.stringify(body) : undefined })
      .then(function (response) {
        if (response.ok) { return response.json(); }
        return response.json().catch(function () { return {}; }).then(function (answer) {
          var error = new Error(answer.message || '');
          error.status = response.status;
          throw error;
        });
      });
  }

  function message(error) {
    if (error.status === 404) {
      return 'Không tìm thấy: ' + (error.message || 'không có tổ chức này')
        + '. Tổ chức không tồn tại hoặc bạn không có quyền xem tổ chức này.';
    }
    if (error.status === 401) { return 'Phiên đăng nhập đã hết. Hãy tải lại trang và đăng nhập lại.'; }
    if (error.status) { return error.message || 'Lỗi ' + error.status + '.'; }
    return 'Không kết nối được với máy chủ. Hãy kiểm tra mạng và tải lại trang.';
  }

  function fail(error) {
    $('status').hidden = true;
    $('error').textContent = message(error);
    $('error').hidden = false;
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
    return Promise.all([send('GET', '/supervisions?open=true&organization=' + organization),
      send('GET', '/selections?organization=' + organization)])
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
    send('POST', '/selections', { organization: root, period: $('period').value })
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
