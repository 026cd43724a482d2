/* Herald front-end bundle v4.12.0 (minified build excerpt) */
(function(){var d=document;function ready(f){d.readyState!="loading"?f():d.addEventListener("DOMContentLoaded",f)}
ready(function(){var b=d.getElementById("cookie-banner");if(b&&localStorage.getItem("hcc")==="1"){b.style.display="none"}
var btn=b&&b.querySelector("button");if(btn){btn.onclick=function(){localStorage.setItem("hcc","1");b.style.display="none"}}
window.heraldAnalytics={page:"politics/budget-2027",section:"politics"};});})();
