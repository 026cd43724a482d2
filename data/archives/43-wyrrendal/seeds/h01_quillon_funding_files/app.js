(function(){"use strict";var b=document.getElementById("cookie-banner");
if(b&&!document.cookie.match(/cmp=1/)){b.style.display="block";}
document.addEventListener("click",function(e){if(e.target.classList.contains("accept")){document.cookie="cmp=1;path=/;max-age=31536000";b.style.display="none";}});
window.kcTrack=function(ev){(window.kcq=window.kcq||[]).push(ev);};kcTrack({page:"article",section:"business"});})();
