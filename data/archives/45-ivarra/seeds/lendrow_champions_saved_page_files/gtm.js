(function(w){w.itq=w.itq||[];w.itq.loaded=true;})(window);
