(function(){document.querySelectorAll('.cookie-banner button').forEach(function(b){b.onclick=function(){b.parentNode.remove()}})})();
