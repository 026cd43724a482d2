(function(){var d=document;d.documentElement.classList.add("js");})();
