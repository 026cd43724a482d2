/* analytics.js - Courier audience measurement */
(function(w,d){var q=w.cq=w.cq||[];q.push(['pageview',{section:'health',id:'a-20250312-0931'}]);
var s=d.createElement('img');s.src='https://metrics.kaldmerecourier.yv/p?u='+encodeURIComponent(d.location.href)+'&t='+Date.now();})(window,document);
