/* The inspection committee's page (templates/inspection.html): reads and writes /api/inspections, no library. */
(function () {
  'use strict';
  var page = document.getElementById('inspection');
  var api = page.getAttribute('data-api');
  var organization = page.getAttribute('data-organization');
  var STEPS = ['PREPARE', 'CONDUCT', 'CONCLUDE', 'REMEDIATION', 'CLOSED'];
  var STEP_LABELS = { PREPARE: 'Chuẩn bị', CONDUCT: 'Tiến hành', CONCLUDE: 'Kết luận', REMEDIATION: 'Khắc phục', CLOSED: 'Đã kết thúc' };
  var current = null;

  var $ = Dondoc.$;
  var el = Dondoc.el;

  function get(path) { return Dondoc.getJson(api + path); }

  function post(path, body) { return Dondoc.send('POST', api + path, body); }

  function fail(error) {
    $('content').hidden = true;
    Dondoc.showError(Dondoc.problem(error, { notFound: 'Không tìm thấy', hidden: '', refused: 'Không đọc được dữ liệu' }));
  }

  /** "còn 5 ngày" in the committee's words, red once the limit has passed. */
  function limit(summary) {
    if (!summary.timeLimitText) { return null; }
    var text = 'Thời hạn đến ' + summary.timeLimitEndsOn + ' (' + summary.timeLimitText + ')' + (summary.extended ? ', đã gia hạn' : '');
    return el('span', { 'class': summary.timeLimitOverdue ? 'late' : 'ok' }, text);
  }

  function item(summary) {
    var li = el('li');
    var link = el('a', { href: '#KT-' + summary.id, 'data-id': summary.id }, summary.reference + ' — ' + summary.organizationName);
    link.addEventListener('click', function (event) { event.preventDefault(); open(summary.id); });
    li.appendChild(link);
    var time = limit(summary);
    if (time) { li.appendChild(el('br')); li.appendChild(time); }
    var facts = [];
    if (summary.outcomeLabel) { facts.push('Kết luận: ' + summary.outcomeLabel); }
    if (summary.openActions) { facts.push(summary.openActions + ' yêu cầu đang khắc phục'); }
    if (summary.overdueActions) { facts.push(summary.overdueActions + ' quá hạn'); }
    if (facts.length) { li.appendChild(el('small', {}, facts.join(' · '))); }
    return li;
  }

  function show(overview) {
    $('title').textContent = overview.organizationName;
    var overdue = $('overdue');
    overdue.textContent = '';
    overview.overdueActions.forEach(function (a) {
      overdue.appendChild(el('li', { 'class': 'late' }, a.reference + ' — ' + a.organizationName + ': ' + a.action
        + ' (hạn ' + a.dueOn + ', quá hạn ' + a.daysOverdue + ' ngày, ' + a.statusLabel.toLowerCase() + ')'));
    });
    if (!overview.overdueActions.length) { overdue.appendChild(el('li', {}, 'Không có yêu cầu khắc phục quá hạn.')); }
    var steps = $('steps');
    steps.textContent = '';
    STEPS.forEach(function (step) {
      var found = overview.inspections.filter(function (i) { return i.step === step; });
      var section = el('section', { 'class': 'step', id: 'step-' + step });
      section.appendChild(el('h3', {}, STEP_LABELS[step] + ' (' + found.length + ')'));
      var list = el('ul', { 'class': 'items' });
      found.forEach(function (summary) { list.appendChild(item(summary)); });
      section.appendChild(list);
      steps.appendChild(section);
    });
    $('status').hidden = true;
    $('content').hidden = false;
  }

  function fileLink(id, file) {
    return el('a', { href: api + '/' + id + '/files/' + file.id }, file.fileName);
  }

  function open(id) {
    get('/' + id).then(function (detail) {
      current = detail;
      var s = detail.summary;
      $('detail-title').textContent = s.reference + ' — ' + s.organizationName;
      $('detail-summary').textContent = 'Bước: ' + s.stepLabel + (s.timeLimitText ? ' · ' + s.timeLimitText : '')
        + (detail.extensionReason ? ' · gia hạn: ' + detail.extensionReason : '');
      var findings = $('findings');
      findings.textContent = '';
      detail.findings.forEach(function (f) {
        var li = el('li', {}, '[' + f.severityLabel + '] ' + f.description + ' ');
        f.files.forEach(function (file) { li.appendChild(fileLink(id, file)); li.appendChild(document.createTextNode(' ')); });
        findings.appendChild(li);
      });
      var files = $('self-report-files');
      files.textContent = '';
      detail.selfReportFiles.forEach(function (file) { var li = el('li'); li.appendChild(fileLink(id, file)); files.appendChild(li); });
      var actions = $('actions');
      actions.textContent = '';
      detail.actions.forEach(function (a) {
        actions.appendChild(el('li', {}, a.action + ' — hạn ' + Dondoc.date(a.dueOn) + ' — ' + a.statusLabel));
      });
      var working = s.step === 'CONDUCT' || s.step === 'CONCLUDE';
      $('finding-form').hidden = !(working && detail.mayInspect);
      $('action-form').hidden = !(working && detail.mayInspect);
      $('self-report-form').hidden = !(s.step === 'CONDUCT' && detail.mayAnswer);
      $('detail').hidden = false;
      $('detail').scrollIntoView();
    }).catch(fail);
  }

  function done(message) {
    $('form-status').className = 'notice';
    $('form-status').textContent = message;
    $('form-status').hidden = false;
    open(current.summary.id);
  }

  function refused(error) {
    $('form-status').className = 'notice error';
    $('form-status').textContent = error.errors.length
      ? error.errors.map(function (e) { return e.message; }).join('; ') : Dondoc.problem(error, { notFound: 'Không tìm thấy', hidden: '' });
    $('form-status').hidden = false;
  }

  $('finding-form').addEventListener('submit', function (event) {
    event.preventDefault();
    post('/' + current.summary.id + '/findings', new FormData($('finding-form')))
      .then(function () { $('finding-form').reset(); done('Đã ghi kết quả kiểm tra.'); }).catch(refused);
  });

  $('self-report-form').addEventListener('submit', function (event) {
    event.preventDefault();
    post('/' + current.summary.id + '/files', new FormData($('self-report-form')))
      .then(function () { $('self-report-form').reset(); done('Đã nộp tài liệu.'); }).catch(refused);
  });

  $('action-form').addEventListener('submit', function (event) {
    event.preventDefault();
    post('/' + current.summary.id + '/actions', { action: $('action-text').value, dueOn: $('action-due').value })
      .then(function () { $('action-form').reset(); done('Đã thêm yêu cầu khắc phục.'); }).catch(refused);
  });

  if (!organization) {
    fail({ status: 404, message: 'chưa chọn tổ chức' });
    return;
  }
  get('?organization=' + encodeURIComponent(organization)).then(show).catch(fail);
}());
