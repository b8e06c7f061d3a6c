(function () {
  "use strict";
  var form = document.getElementById("controls");
  var main = document.getElementById("posts");
  var nothing = document.getElementById("nothing");
  if (!form || !main) { return; }
  form.hidden = false;
  var posts = Array.prototype.slice.call(main.querySelectorAll("article.post"));
  var total = main.querySelectorAll("li.finding").length;
  function apply() {
    var severities = Array.prototype.slice.call(form.querySelectorAll("input[name=severity]:checked"))
      .map(function (box) { return box.value; });
    var rule = form.elements.rule.value;
    var words = form.elements.text.value.trim().toLowerCase();
    var shown = 0;
    posts.forEach(function (post) {
      var visible = 0;
      var path = (post.getAttribute("data-file") || "").toLowerCase();
      var title = post.querySelector("h2").textContent.toLowerCase();
      post.querySelectorAll("li.finding").forEach(function (item) {
        var ok = severities.indexOf(item.getAttribute("data-severity")) >= 0
          && (!rule || item.getAttribute("data-rule") === rule)
          && (!words || item.textContent.toLowerCase().indexOf(words) >= 0
              || path.indexOf(words) >= 0 || title.indexOf(words) >= 0);
        item.hidden = !ok;
        if (ok) { visible++; }
      });
      post.hidden = visible === 0;
      shown += visible;
    });
    form.elements.shown.value = "Showing " + shown + " of " + total + " findings";
    nothing.hidden = shown > 0;
  }
  function sort() {
    var byCount = form.elements.sort.value === "count";
    posts.slice().sort(function (a, b) {
      if (byCount) {
        var diff = Number(b.getAttribute("data-count")) - Number(a.getAttribute("data-count"));
        if (diff !== 0) { return diff; }
      }
      return a.getAttribute("data-file") < b.getAttribute("data-file") ? -1 : 1;
    }).forEach(function (post) { main.appendChild(post); });
  }
  form.addEventListener("input", apply);
  form.addEventListener("change", function (e) { if (e.target.name === "sort") { sort(); } apply(); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  apply();
}());
