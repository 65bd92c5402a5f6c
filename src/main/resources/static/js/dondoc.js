/* What every page script of Đôn đốc needs: elements and the JSON API, no library. */
window.Dondoc = (function () {
  'use strict';

  function el(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  /** GET as JSON with the session; a refusal rejects with an Error carrying the status and the API's message. */
  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (response.ok) { return response.json(); }
        return response.json().catch(function () { return {}; }).then(function (body) {
          var error = new Error(body.message || '');
          error.status = response.status;
          throw error;
        });
      });
  }

  return { el: el, getJson: getJson };
}());
