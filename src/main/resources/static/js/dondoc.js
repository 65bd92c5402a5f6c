/* What every page script of Đôn đốc needs: elements, the JSON API and Vietnamese formats, no library. */
window.Dondoc = (function () {
  'use strict';

  var SESSION_EXPIRED = 'Phiên đăng nhập đã hết. Hãy tải lại trang và đăng nhập lại.';
  var OFFLINE = 'Không kết nối được với máy chủ. Hãy kiểm tra mạng và tải lại trang.';
  var HIDDEN = 'Tổ chức không tồn tại hoặc bạn không có quyền xem tổ chức này.';

  function $(id) { return document.getElementById(id); }

  /** An element with attributes and, unless {@code text} is undefined or null, its text. */
  function el(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  /** The answer's JSON; a refusal rejects with an Error carrying the status, the API's message and its field errors. */
  function answer(response) {
    if (response.ok) { return response.json(); }
    return response.json().catch(function () { return {}; }).then(function (body) {
      var error = new Error(body.message || '');
      error.status = response.status;
      error.errors = body.errors || [];
      throw error;
    });
  }

  /** GET as JSON with the session. */
  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }).then(answer);
  }

  /**
   * A call that changes something, with the session and the CSRF token of the page's meta tags
   * {@code _csrf_header} and {@code _csrf}; {@code body} a FormData (files) or an object sent as JSON.
   */
  function send(method, url, body) {
    var headers = { Accept: 'application/json' };
    headers[document.querySelector('meta[name="_csrf_header"]').content] = document.querySelector('meta[name="_csrf"]').content;
    var form = body instanceof FormData;
    if (!form) { headers['Content-Type'] = 'application/json'; }
    return fetch(url, { method: method, headers: headers, credentials: 'same-origin',
      body: form ? body : JSON.stringify(body) }).then(answer);
  }

  /**
   * What a failed call means to the user, in Vietnamese.
   *
   * @param words notFound: how a 404 starts ("Không tìm thấy số liệu"); hidden: what follows it (the
   *     default says the organisation is missing or not visible, '' for nothing); refused: how other
   *     refusals start ("Không đọc được số liệu"), absent to show the API's message alone
   */
  function problem(error, words) {
    if (error.status === 404) {
      var hidden = words.hidden === undefined ? HIDDEN : words.hidden;
      return words.notFound + ': ' + (error.message || 'không có tổ chức này') + (hidden ? '. ' + hidden : '');
    }
    if (error.status === 401) { return SESSION_EXPIRED; }
    if (error.status) {
      return words.refused ? words.refused + ': ' + (error.message || 'lỗi ' + error.status) + '.'
        : error.message || 'Lỗi ' + error.status + '.';
    }
    return OFFLINE;
  }

  /** Shows the message in the page's #error, instead of its #status. */
  function showError(message) {
    $('status').hidden = true;
    $('error').textContent = message;
    $('error').hidden = false;
  }

  /** 93911 as 93.911, the way the letters write counts. */
  function number(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.'); }

  /** 2026-03-31 as 31/03/2026; '' for nothing. */
  function date(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
    return m ? m[3] + '/' + m[2] + '/' + m[1] : '';
  }

  /** 2026-03-10T16:00:00 as 16:00 ngày 10/03/2026. */
  function moment(iso) {
    var m = /^\d{4}-\d{2}-\d{2}T(\d{2}):(\d{2})/.exec(iso || '');
    return m ? m[1] + ':' + m[2] + ' ngày ' + date(iso) : String(iso);
  }

  return { $: $, el: el, getJson: getJson, send: send, problem: problem, showError: showError, number: number,
    date: date, moment: moment };
}());
