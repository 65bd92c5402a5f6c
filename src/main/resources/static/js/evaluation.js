/* The rating page (templates/evaluation.html): reads /api/evaluations and draws the bands, no library. */
(function () {
  'use strict';
  var page = document.getElementById('evaluation');
  var api = page.getAttribute('data-api');
  var root = page.getAttribute('data-organization');
  var $ = Dondoc.$;
  var el = Dondoc.el;
  var BAND_CLASS = { EXCELLENT: 'band-commended', GOOD: 'band-middle', COMPLETED: 'band-low', NOT_COMPLETED: 'band-not-deployed' };

  /** 82.5 as 82,5: scores as the letters write them. */
  function decimal(value) {
    return value === null || value === undefined ? '' : String(Number(value)).replace('.', ',');
  }

  function fail(error) {
    $('content').hidden = true;
    Dondoc.showError(Dondoc.problem(error, { notFound: 'Không tìm thấy kết quả đánh giá',
      hidden: 'Tổ chức không tồn tại hoặc bạn không có quyền xem.', refused: 'Không đọc được kết quả' }));
  }

  function drawBands(view) {
    var bars = $('bars');
    bars.textContent = '';
    view.distribution.forEach(function (band) {
      var share = view.scored ? band.count * 100 / view.scored : 0;
      var item = el('li', { 'class': 'bar', 'data-band': band.band });
      item.appendChild(el('span', { 'class': 'name' }, band.label));
      var track = el('span', { 'class': 'track' });
      var fill = el('span', { 'class': 'fill ' + BAND_CLASS[band.band] });
      fill.style.width = (share * 0.8) + '%';
      track.appendChild(fill);
      track.appendChild(el('span', { 'class': 'value' }, band.count + ' (' + decimal(share.toFixed(2)) + '%)'));
      item.appendChild(track);
      bars.appendChild(item);
    });
    $('quota').textContent = view.quota.summary;
  }

  function drawRatings(view) {
    var list = $('ratings');
    list.textContent = '';
    view.ratings.slice().sort(function (a, b) { return Number(b.total || 0) - Number(a.total || 0); }).forEach(function (r) {
      var item = el('li', { 'data-code': r.organizationCode });
      item.appendChild(el('strong', {}, r.organizationName));
      item.appendChild(el('br'));
      item.appendChild(el('span', { 'class': 'count' }, r.scored ? r.totalText : '…'));
      item.appendChild(el('span', {}, r.scored ? r.bandLabel : 'Đang tính điểm'));
      if (r.overQuota) {
        item.appendChild(el('p', { 'class': 'notice', 'data-over-quota': 'true' }, r.quotaReason));
      }
      list.appendChild(item);
    });
  }

  function show(summary) {
    Dondoc.getJson(api + '/' + summary.id).then(function (view) {
      $('title').textContent = view.evaluation.parentName + ' — ' + view.evaluation.period;
      $('progress').textContent = view.evaluation.statusLabel + '. Đã tính điểm ' + view.scored + '/' + view.organizations
        + ' tổ chức, ' + view.selfAssessed + ' tổ chức đã tự đánh giá.';
      drawBands(view);
      drawRatings(view);
      $('table').href = api + '/' + summary.id + '/table';
      $('notice').href = api + '/' + summary.id + '/notice';
      $('status').hidden = true;
      $('content').hidden = false;
    }).catch(fail);
  }

  if (!root) {
    fail({ status: 404, message: 'chưa chọn tổ chức' });
    return;
  }
  Dondoc.getJson(api + '?parent=' + encodeURIComponent(root)).then(function (evaluations) {
    if (!evaluations.length) {
      $('status').textContent = 'Chưa có đợt đánh giá, xếp loại nào của tổ chức này.';
      return;
    }
    var select = $('period');
    evaluations.forEach(function (e) {
      select.appendChild(el('option', { value: e.id }, e.period + ' — ' + e.statusLabel + ' (số ' + e.id + ')'));
    });
    select.addEventListener('change', function () {
      show(evaluations.filter(function (e) { return String(e.id) === select.value; })[0]);
    });
    show(evaluations[0]);
  }).catch(fail);
}());
