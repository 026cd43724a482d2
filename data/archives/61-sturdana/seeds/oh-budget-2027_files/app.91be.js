/*! herald app bundle 91be */
(function(){"use strict";var d=document;function onReady(f){d.readyState!=="loading"?f():d.addEventListener("DOMContentLoaded",f)}
onReady(function(){var b=d.getElementById("cookie-consent");if(b&&localStorage.getItem("oh_consent")){b.style.display="none"}
d.querySelectorAll(".share-tools a").forEach(function(a){a.addEventListener("click",function(e){e.preventDefault();window.open(a.dataset.href,"share","width=600,height=400")})});});})();
