/* paywall.js v4.2 */
(function(){var m=document.cookie.match(/lg_meter=(\d+)/);var n=m?parseInt(m[1],10):0;
if(n>=3){document.documentElement.classList.add('paywalled');}
document.cookie='lg_meter='+(n+1)+';path=/;max-age=2592000';})();
