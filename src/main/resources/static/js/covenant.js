// Covenant form: add a NACE code found by the search to the list of codes; Enter in the search
// field searches instead of submitting the form.
(function () {
  document.addEventListener('click', function (event) {
    var button = event.target.closest('.nace-add');
    if (!button) {
      return;
    }
    var field = document.getElementById('naceCodes');
    if (!field) {
      return;
    }
    var code = button.getAttribute('data-code');
    var codes = field.value.split(/[\s,;]+/).filter(function (c) { return c.length > 0; });
    if (codes.indexOf(code) < 0) {
      codes.push(code);
    }
    field.value = codes.join(', ');
    button.disabled = true;
    button.textContent = '\u2713';
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && event.target.id === 'naceSearch') {
      event.preventDefault();
    }
  });
})();
