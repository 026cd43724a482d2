/*! UBC article bundle 8e21 */
(function(){"use strict";var d=document;function ready(f){d.readyState!=="loading"?f():d.addEventListener("DOMContentLoaded",f)}
ready(function(){var b=d.querySelectorAll("[data-share]");for(var i=0;i<b.length;i++){b[i].addEventListener("click",function(e){e.preventDefault();window.open(this.href,"share","width=600,height=400")})}
var t=d.querySelector(".menu-toggle");if(t){t.addEventListener("click",function(){var n=d.querySelector(".ubc-nav");n.classList.toggle("open");t.setAttribute("aria-expanded",n.classList.contains("open"))})}});})();
