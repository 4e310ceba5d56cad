/* Preview mode only (site.preview): reloads the page once the site has handled a change to its
   content, published or refused. The page was rendered after change number data-change; the
   server's event stream says the number of the last change handled. */
(function () {
  'use strict';
  var script = document.currentScript;
  var shown = script.getAttribute('data-change');
  var events = new EventSource(new URL('events', script.src).href);
  events.addEventListener('change', function (event) {
    if (event.data !== shown) {
      events.close();
      window.location.reload();
    }
  });
}());
