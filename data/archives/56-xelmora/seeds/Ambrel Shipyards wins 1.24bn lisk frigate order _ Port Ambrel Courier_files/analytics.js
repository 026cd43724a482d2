!function(w){w.dataLayer=w.dataLayer||[];w.dataLayer.push({event:"pageview",site:"ambrelcourier"})}(window);
