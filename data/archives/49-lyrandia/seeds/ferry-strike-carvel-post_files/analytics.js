(function(){var d=document;window._paq=window._paq||[];_paq.push(['setSiteId','7']);})();
