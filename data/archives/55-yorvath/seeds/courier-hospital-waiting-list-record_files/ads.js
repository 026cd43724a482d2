/* ads.js - slot loader */
window.adSlots=[{id:'leaderboard',size:[728,90]},{id:'mpu-1',size:[300,250]}];
function loadSlots(){for(var i=0;i<window.adSlots.length;i++){/* served by iframe */}}
document.addEventListener('DOMContentLoaded',loadSlots);
