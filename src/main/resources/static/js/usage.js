/* The usage statistics page (templates/usage.html): reads /api/usage and draws bars and lines, no library. */
(function () {
  'use strict';
  var page = document.getElementById('usage');
  var api = page.getAttribute('data-api');
  var root = page.getAttribute('data-organization');
  var snapshots = [];
  var subtree = null;
  var drawing = 0;
  var KINDS = { APP_MEMBERS: 'theo từng đảng viên', APP_ORGANIZATIONS: 'theo tổ chức', MEMBER_DATABASE: 'CSDL đảng viên' };
  var CATEGORY_LABELS = {
    'missing-from-app': 'Chưa có trên ứng dụng (không đăng nhập được)',
    'not-in-database': 'Có trên ứng dụng nhưng không có trong CSDL',
    'exempt-not-in-app': 'Miễn sinh hoạt nhưng ứng dụng chưa miễn',
    'organization-mismatch': 'Sai tổ chức đảng'
  };

  var SUPPORT_COUNTS = [
    ['total', 'Cặp hỗ trợ (đảng viên cao tuổi, không có điện thoại thông minh)'],
    ['pending', 'Đang hỗ trợ'],
    ['loggedIn', 'Đã cài đặt và đăng nhập'],
    ['cannot', 'Không thực hiện được']
  ];

  var $ = Dondoc.$;
  var el = Dondoc.el;
  var number = Dondoc.number;
  var moment = Dondoc.moment;

  function svg(tag, attributes, text) {
    var node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    Object.keys(attributes).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function query(parameters) {
    return Object.keys(parameters).filter(function (k) { return parameters[k] !== null && parameters[k] !== ''; })
      .map(function (k) { return k + '=' + encodeURIComponent(parameters[k]); }).join('&');
  }

  function get(path, parameters) {
    return Dondoc.getJson(api + path + '?' + query(parameters));
  }

  function fail(error) {
    $('content').hidden = true;
    Dondoc.showError(Dondoc.problem(error, { notFound: 'Không tìm thấy số liệu', refused: 'Không đọc được số liệu' }));
  }

  function snapshot(id) {
    return snapshots.filter(function (s) { return String(s.id) === String(id); })[0];
  }

  /** Highest rate first, exactly (a/b > c/d when a·d > c·b); no rate last; then by name. */
  function descending(a, b) {
    var x = a.access, y = b.access;
    if ((x.inActivity > 0) !== (y.inActivity > 0)) { return x.inActivity > 0 ? -1 : 1; }
    var difference = y.count * x.inActivity - x.count * y.inActivity;
    return difference !== 0 ? difference : a.name.localeCompare(b.name, 'vi');
  }

  function bandClass(band) { return 'band-' + band.toLowerCase().replace(/_/g, '-'); }

  function drawBars(rates) {
    var rows = rates.organizations;
    var top = rows.filter(function (o) { return o.code === root; })[0];
    $('title').textContent = top ? top.name : root;
    if (top) {
      $('summary').textContent = number(top.access.count) + '/' + number(top.access.inActivity)
        + ' đảng viên đang sinh hoạt đã truy cập' + (top.access.text ? ', đạt tỷ lệ ' + top.access.text : '');
    }
    var below = rows.filter(function (o) { return o.parentCode === root; });
    var shown = (below.length ? below : rows.filter(function (o) { return o.code === root; })).sort(descending);
    var bars = $('bars');
    bars.textContent = '';
    shown.forEach(function (o) {
      var percent = o.access.percent === null ? 0 : Math.min(100, Number(o.access.percent));
      var item = el('li', { 'class': 'bar', 'data-code': o.code, 'data-band': o.band });
      item.appendChild(el('span', { 'class': 'name' }, o.name));
      var track = el('span', { 'class': 'track' });
      var fill = el('span', { 'class': 'fill ' + bandClass(o.band), title: o.bandLabel });
      fill.style.width = (percent * 0.8) + '%';
      track.appendChild(fill);
      track.appendChild(el('span', { 'class': 'value' }, o.access.text || 'Chưa có số liệu'));
      item.appendChild(track);
      bars.appendChild(item);
    });
    $('footnote').textContent = rates.footnote;
    $('limits').textContent = rates.limits;
  }

  function drawTrend(points) {
    var box = $('trend');
    box.textContent = '';
    if (!points.length) {
      box.appendChild(el('p', {}, 'Chưa có số liệu của ứng dụng.'));
      return;
    }
    var width = 320, height = 170, left = 30, right = 20, top = 20, bottom = 140;
    var chart = svg('svg', { 'class': 'trend', viewBox: '0 0 ' + width + ' ' + height, role: 'img',
      'aria-label': 'Diễn biến tỷ lệ truy cập qua ' + points.length + ' lần số liệu' });
    [0, 50, 100].forEach(function (p) {
      var y = bottom - (bottom - top) * p / 100;
      chart.appendChild(svg('line', { x1: left, x2: width - right, y1: y, y2: y, stroke: '#ddd' }));
      chart.appendChild(svg('text', { x: 0, y: y + 4 }, p + '%'));
    });
    var step = points.length > 1 ? (width - left - right) / (points.length - 1) : 0;
    var coordinates = [];
    points.forEach(function (point, i) {
      var x = points.length > 1 ? left + step * i : (left + width - right) / 2;
      var defined = point.access.percent !== null;
      var y = bottom - (bottom - top) * (defined ? Math.min(100, Number(point.access.percent)) : 0) / 100;
      if (defined) { coordinates.push(x.toFixed(1) + ',' + y.toFixed(1)); }
      var dot = svg('circle', { 'class': 'trend-point', cx: x.toFixed(1), cy: y.toFixed(1), r: 4,
        fill: defined ? '#b71c1c' : '#9e9e9e', 'data-snapshot': point.appSnapshotId });
      dot.appendChild(svg('title', {}, point.asOfText + ': ' + (point.access.text || 'chưa có số liệu')));
      chart.appendChild(dot);
      var anchor = i === 0 && points.length > 1 ? 'start' : i === points.length - 1 && points.length > 1 ? 'end' : 'middle';
      chart.appendChild(svg('text', { x: x, y: y - 8, 'text-anchor': anchor, 'class': 'trend-value' },
        point.access.text || '—'));
      var day = /ngày (\d+\/\d+)/.exec(point.asOfText);
      chart.appendChild(svg('text', { x: x, y: bottom + 18, 'text-anchor': anchor }, day ? day[1] : ''));
    });
    chart.insertBefore(svg('polyline', { 'class': 'trend-line', points: coordinates.join(' '), fill: 'none',
      stroke: '#b71c1c', 'stroke-width': 2 }), chart.querySelector('circle'));
    box.appendChild(chart);
  }

  function drawReconciliation(app, members, view) {
    var list = $('categories');
    list.textContent = '';
    if (!view) {
      $('reconciliation-note').textContent = members
        ? 'Chỉ đối chiếu được với số liệu của ứng dụng theo từng đảng viên.'
        : 'Chọn một lần số liệu CSDL đảng viên ở trên để đối chiếu.';
      return;
    }
    $('reconciliation-note').textContent = '';
    view.categories.forEach(function (category) {
      var item = el('li', { 'data-category': category.category });
      item.appendChild(el('span', { 'class': 'count' }, number(category.count)));
      item.appendChild(el('span', { title: category.label }, CATEGORY_LABELS[category.category] || category.label));
      item.appendChild(el('br'));
      ['csv', 'xlsx'].forEach(function (format) {
        item.appendChild(el('a', { 'class': 'download ' + format, href: api + '/reconciliation/members?' + query({
          organization: root, app: app, members: members, category: category.category, format: format
        }) }, 'Tải danh sách (' + format.toUpperCase() + ')'));
      });
      list.appendChild(item);
    });
  }

  /** The support pairs of the whole subtree, whatever snapshots are chosen: counts by outcome and the list's downloads. */
  function drawSupport(list) {
    var counts = $('support-counts');
    counts.textContent = '';
    SUPPORT_COUNTS.forEach(function (entry) {
      var item = el('li', { 'data-outcome': entry[0] });
      item.appendChild(el('span', { 'class': 'count' }, number(list.counts[entry[0]])));
      item.appendChild(el('span', {}, entry[1]));
      counts.appendChild(item);
    });
    $('support-note').textContent = list.counts.total ? ''
      : 'Chưa có cặp hỗ trợ nào: Ban Xây dựng Đảng đề xuất khi giao khắc phục sau lần xem xét số liệu.';
    ['csv', 'xlsx'].forEach(function (format) {
      $('support-' + format).href = api + '/support/pairs/export?' + query({ organization: root, format: format });
    });
  }

  function draw() {
    var turn = ++drawing;
    var app = $('app').value;
    var members = $('members').value;
    var reconcilable = members && snapshot(app) && snapshot(app).kind === 'APP_MEMBERS';
    $('status').textContent = 'Đang tải số liệu…';
    $('status').hidden = false;
    Promise.all([
      get('/rates', { organization: root, app: app, members: members }),
      reconcilable ? get('/reconciliation', { organization: root, app: app, members: members }) : null
    ]).then(function (answers) {
      if (turn !== drawing) { return; }
      drawBars(answers[0]);
      drawReconciliation(app, members, answers[1]);
      $('letter').href = api + '/letter?' + query({ organization: root, app: app, members: members });
      $('appendix').href = api + '/appendix?' + query({ organization: root, app: app, members: members });
      $('status').hidden = true;
      $('content').hidden = false;
    }).catch(fail);
  }

  function start() {
    if (!root) {
      fail({ status: 400, message: 'chưa chọn tổ chức (thêm ?organization=MÃ vào địa chỉ)' });
      return;
    }
    Promise.all([get('/snapshots', { organization: root }), get('/trend', { organization: root }),
      get('/support/pairs', { organization: root, size: 1 })])
      .then(function (answers) {
        snapshots = answers[0];
        var points = answers[1];
        drawTrend(points);
        drawSupport(answers[2]);
        if (!points.length) {
          $('status').textContent = 'Chưa có số liệu sử dụng của tổ chức này.';
          return null;
        }
        var apps = points.slice().reverse();
        apps.forEach(function (point) {
          var kind = snapshot(point.appSnapshotId);
          $('app').appendChild(el('option', { value: point.appSnapshotId },
            moment(point.asOf) + (kind ? ' (' + KINDS[kind.kind] + ')' : '')));
        });
        // The organisations of the subtree tell member database snapshots below it (which do not cover it) from those above.
        return get('/rates', { organization: root, app: apps[0].appSnapshotId }).then(function (rates) {
          subtree = {};
          rates.organizations.forEach(function (o) { subtree[o.code] = true; });
          $('members').appendChild(el('option', { value: '' }, 'Không đối chiếu'));
          snapshots.filter(function (s) {
            return s.kind === 'MEMBER_DATABASE' && (s.organizationCode === root || !subtree[s.organizationCode]);
          }).forEach(function (s, i) {
            var option = el('option', { value: s.id }, moment(s.asOf) + ' (' + s.source + ')');
            if (i === 0) { option.selected = true; }
            $('members').appendChild(option);
          });
          $('app').addEventListener('change', draw);
          $('members').addEventListener('change', draw);
          draw();
        });
      }).catch(fail);
  }

  start();
})();
