// The reviewer's login form carries the page's CSRF token from its cookie.
(function () {
  var m = document.cookie.match(/(?:^|; )docintel_csrf=([^;]+)/), field = document.getElementById("csrf");
  if (m && field) field.value = decodeURIComponent(m[1]);
})();
