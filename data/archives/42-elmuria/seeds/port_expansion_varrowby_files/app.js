function initTracking(o){window._vep=o;var s=document.createElement("script");s.src="https://stats.varrowbypost.el/t.js";document.head.appendChild(s);}
document.addEventListener("DOMContentLoaded",function(){var c=document.getElementById("consent-overlay");if(c){c.querySelectorAll("button").forEach(function(b){b.onclick=function(){c.style.display="none";};});}});
