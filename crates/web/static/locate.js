// "Use my current position": fills the latitude and longitude fields of a form that
// has a [data-locate] block. Progressive enhancement only: the form works without it.
(function () {
  "use strict";
  if (!("geolocation" in navigator)) return;
  document.querySelectorAll("[data-locate]").forEach(function (block) {
    var lat = block.querySelector("input[name='location.lat']");
    var lon = block.querySelector("input[name='location.lon']");
    if (!lat || !lon) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button";
    button.textContent = block.getAttribute("data-label");
    var status = document.createElement("p");
    status.className = "hint";
    status.setAttribute("role", "status");
    button.addEventListener("click", function () {
      button.disabled = true;
      navigator.geolocation.getCurrentPosition(function (position) {
        lat.value = position.coords.latitude.toFixed(5);
        lon.value = position.coords.longitude.toFixed(5);
        button.disabled = false;
        status.textContent = "";
      }, function () {
        button.disabled = false;
        status.textContent = block.getAttribute("data-failed");
      }, { enableHighAccuracy: false, timeout: 15000, maximumAge: 60000 });
    });
    block.insertBefore(status, block.firstChild);
    block.insertBefore(button, block.firstChild);
  });
})();
