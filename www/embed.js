/*! Calf Pump Explorer embed loader: sizes each Calf Pump Explorer iframe on
 * the page to its content. The widget posts {type: 'calf-pump:resize', height}
 * to its parent; this script accepts a message only from one of those iframes
 * (its contentWindow is the message's source) and only from the widget's own
 * origin, or from an opaque origin when the host sandboxes the iframe. */
(function () {
  'use strict';
  var MIN_HEIGHT = 300;
  var MAX_HEIGHT = 5000;
  var script = document.currentScript;
  var widgetOrigin = new URL(script ? script.src : window.location.href).origin;

  function widgetFrames() {
    var frames = document.getElementsByTagName('iframe');
    var mine = [];
    for (var i = 0; i < frames.length; i++) {
      try {
        if (new URL(frames[i].src, window.location.href).origin === widgetOrigin) mine.push(frames[i]);
      } catch (e) { /* an iframe without a usable src is not ours */ }
    }
    return mine;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'calf-pump:resize') return;
    var height = Number(data.height);
    if (!isFinite(height)) return;
    var frames = widgetFrames();
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var sandboxed = frame.hasAttribute('sandbox') && !/allow-same-origin/.test(frame.getAttribute('sandbox'));
      if (event.origin !== widgetOrigin && !(sandboxed && event.origin === 'null')) return;
      frame.style.height = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height))) + 'px';
      return;
    }
  });
})();
