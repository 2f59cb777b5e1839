/* AllianceCare web UI: a form is sent once. A second press of its button (a double click, an
   impatient tap on a slow village network) is ignored until the next page arrives. */
(function () {
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.getAttribute('data-sent') === 'true') {
      event.preventDefault();
      return;
    }
    form.setAttribute('data-sent', 'true');
  }, true);
  window.addEventListener('pageshow', function () {
    var sent = document.querySelectorAll('form[data-sent]');
    for (var i = 0; i < sent.length; i++) {
      sent[i].removeAttribute('data-sent');
    }
  });
})();
