(function(){var c=document.getElementById("cookie-banner");if(c){c.style.display="none";}})();
