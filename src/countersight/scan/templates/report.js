(function () {
  "use strict";
  // Progressive enhancement only: the report reads the same without this script.
  var filters = document.getElementById("filters");
  if (filters) {
    filters.hidden = false;
    var boxes = filters.querySelectorAll("input[data-band]");
    var apply = function () {
      var show = {};
      boxes.forEach(function (box) { show[box.getAttribute("data-band")] = box.checked; });
      document.querySelectorAll("[data-band-item]").forEach(function (el) {
        el.hidden = !show[el.getAttribute("data-band-item")];
      });
    };
    boxes.forEach(function (box) { box.addEventListener("change", apply); });
    var expand = document.getElementById("expand-all");
    if (expand) {
      expand.addEventListener("click", function () {
        var open = expand.getAttribute("data-open") !== "1";
        document.querySelectorAll("details.conversation").forEach(function (d) { d.open = open; });
        expand.setAttribute("data-open", open ? "1" : "0");
        expand.textContent = open ? "Close all conversations" : "Open all conversations";
      });
    }
  }
  // Print every conversation, then restore what was closed.
  var opened = [];
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details:not([open])").forEach(function (d) {
      d.open = true;
      opened.push(d);
    });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
})();
