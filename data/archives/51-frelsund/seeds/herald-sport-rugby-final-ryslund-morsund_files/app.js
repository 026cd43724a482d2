(function(){var b=document.querySelector('.cookie-banner');
if(b&&localStorage.getItem('consent')){b.style.display='none';}
window.dataLayer=window.dataLayer||[];dataLayer.push({event:'pageview'});})();
