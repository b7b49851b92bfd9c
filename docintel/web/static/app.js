// The upload page: language switch (remembered), drag and drop, upload, progress by polling.
(function () {
  "use strict";
  var KEY = "docintel-lang", body = document.body, langButton = document.getElementById("lang-switch");
  function lang() { return body.classList.contains("en") ? "en" : "zh"; }
  function applyLang(l) {
    body.classList.toggle("en", l === "en");
    document.documentElement.lang = l;
    if (langButton) langButton.textContent = l === "en" ? "中文" : "English";
  }
  var uploadPage = !!document.getElementById("upload-form");  // the report page switches its own language
  var saved = null;
  try { saved = localStorage.getItem(KEY); } catch (e) {}
  if (uploadPage) applyLang(saved === "en" ? "en" : "zh");
  if (langButton && uploadPage) langButton.addEventListener("click", function () {
    var next = lang() === "en" ? "zh" : "en";
    try { localStorage.setItem(KEY, next); } catch (e) {}
    applyLang(next);
  });

  function csrf() {
    var m = document.cookie.match(/(?:^|; )docintel_csrf=([^;]+)/);
    return m ? decodeURIComponent(m[1]) : "";
  }
  function say(msg) {
    var box = document.getElementById("message");
    if (box) box.textContent = msg ? (msg[lang()] || msg.en || "") : "";
  }

  // the results page: delete now
  var del = document.getElementById("delete");
  if (del) del.addEventListener("click", function () {
    fetch(del.getAttribute("data-url"), {method: "DELETE", headers: {"X-CSRF-Token": csrf()}})
      .then(function (r) { if (r.ok) window.location.href = "/"; });
  });

  var form = document.getElementById("upload-form");
  if (!form) return;
  var input = document.getElementById("files"), drop = document.getElementById("drop");
  var list = document.getElementById("progress"), send = document.getElementById("send");
  ["dragenter", "dragover"].forEach(function (ev) {
    drop.addEventListener(ev, function (e) { e.preventDefault(); drop.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (ev) {
    drop.addEventListener(ev, function (e) { e.preventDefault(); drop.classList.remove("over"); });
  });
  drop.addEventListener("drop", function (e) { if (e.dataTransfer) input.files = e.dataTransfer.files; });

  function show(status) {
    list.innerHTML = "";
    status.files.forEach(function (f) {
      var li = document.createElement("li"), bar = document.createElement("progress");
      li.textContent = f.name + " ";
      bar.max = Math.max(1, f.pages); bar.value = f.pages_done;
      li.appendChild(document.createTextNode(f.pages ? f.pages_done + "/" + f.pages : ""));
      li.appendChild(bar);
      list.appendChild(li);
    });
  }
  function poll(id) {
    fetch("/api/uploads/" + id).then(function (r) { return r.json(); }).then(function (s) {
      if (s.error && !s.state) { say(s.error); return; }
      show(s);
      if (s.state === "done") { window.location.href = s.results; return; }
      if (s.state === "failed") { say({zh: "分析失败：" + s.error, en: "The analysis failed: " + s.error}); return; }
      setTimeout(function () { poll(id); }, 1000);
    });
  }
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    if (!input.files.length) { say({zh: "请先选择文件", en: "Choose the files first"}); return; }
    var data = new FormData();
    for (var i = 0; i < input.files.length; i++) data.append("files", input.files[i]);
    send.disabled = true; say(null);
    fetch("/api/uploads", {method: "POST", body: data, headers: {"X-CSRF-Token": csrf()}})
      .then(function (r) { return r.json().then(function (j) { return {ok: r.ok, body: j}; }); })
      .then(function (res) {
        send.disabled = false;
        if (!res.ok) { say(res.body.error); return; }
        history.replaceState(null, "", res.body.results);
        poll(res.body.id);
      });
  });
  if (body.getAttribute("data-upload")) poll(body.getAttribute("data-upload"));
})();
